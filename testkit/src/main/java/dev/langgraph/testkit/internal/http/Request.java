package dev.langgraph.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.langgraph.testkit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One HTTP request: method, path parameters, query, headers and the JSON body. */
public final class Request {

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private byte[] body;

    /**
     * Wraps an exchange.
     *
     * @param exchange the JDK exchange
     * @param pathParams the matched path parameters (decoded)
     */
    public Request(HttpExchange exchange, Map<String, String> pathParams) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    /**
     * Wraps an exchange whose body and query were replaced (by the server's auth).
     *
     * @param exchange the JDK exchange
     * @param pathParams the matched path parameters (decoded)
     * @param body the body to read instead of the exchange's
     * @param query the decoded query parameters to read instead of the exchange's, null for those
     */
    public Request(HttpExchange exchange, Map<String, String> pathParams, byte[] body,
            Map<String, List<String>> query) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.query = query == null ? parseQuery(exchange.getRequestURI().getRawQuery()) : new LinkedHashMap<>(query);
        this.body = body;
    }

    /**
     * Returns the exchange, for streaming replies.
     *
     * @return the JDK exchange
     */
    public HttpExchange exchange() {
        return exchange;
    }

    /**
     * Returns the method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return exchange.getRequestMethod();
    }

    /**
     * Returns the decoded path.
     *
     * @return the path
     */
    public String path() {
        return exchange.getRequestURI().getPath();
    }

    /**
     * Returns a path parameter.
     *
     * @param name the parameter name in the route pattern
     * @return the decoded value
     */
    public String param(String name) {
        return pathParams.get(name);
    }

    /**
     * Returns the first value of a query parameter.
     *
     * @param name the name
     * @return the value or {@code null}
     */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Returns every value of a query parameter.
     *
     * @param name the name
     * @return the values, empty if absent
     */
    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    /**
     * Returns a header.
     *
     * @param name the name (any case)
     * @return the first value or {@code null}
     */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /**
     * Returns all headers with lower-case names (first value each).
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> {
            if (!v.isEmpty()) {
                h.put(k.toLowerCase(Locale.ROOT), v.get(0));
            }
        });
        return h;
    }

    /**
     * Reads the whole body (once; later calls return the same bytes).
     *
     * @return the bytes
     * @throws UncheckedIOException if reading fails
     */
    public byte[] body() {
        if (body == null) {
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /**
     * Parses the body as JSON, whatever the content type (as the Python server does).
     *
     * @return the value
     * @throws HttpError 422 {@code Invalid JSON in request body} if empty or malformed
     */
    public Object json() {
        byte[] b = body();
        if (b.length == 0) {
            throw HttpError.unprocessable("Invalid JSON in request body");
        }
        try {
            return Json.parse(b);
        } catch (IllegalArgumentException e) {
            throw HttpError.unprocessable("Invalid JSON in request body");
        }
    }

    /**
     * Parses the body as a JSON object.
     *
     * @return the validated body
     * @throws HttpError 422 if empty, malformed or not an object
     */
    @SuppressWarnings("unchecked")
    public Body jsonObject() {
        Object v = json();
        if (!(v instanceof Map<?, ?>)) {
            throw HttpError.unprocessable("Invalid request body: " + Json.write(v) + " is not of type 'object'");
        }
        return new Body((Map<String, Object>) v);
    }

    /**
     * Parses the body as a JSON object, or returns an empty one when the body is empty.
     *
     * @return the validated body
     * @throws HttpError 422 if malformed or not an object
     */
    public Body jsonObjectOrEmpty() {
        return body().length == 0 ? new Body(new LinkedHashMap<>()) : jsonObject();
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return q;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
