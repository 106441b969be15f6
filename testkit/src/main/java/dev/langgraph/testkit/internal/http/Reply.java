package dev.langgraph.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import dev.langgraph.testkit.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status with a JSON body or none, headers, or a streamed body it writes itself. */
public class Reply {

    private final int status;
    private final byte[] body;
    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /**
     * Creates a reply.
     *
     * @param status the status
     * @param body the body, {@code null} for none
     * @param contentType the content type of the body
     */
    protected Reply(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
    }

    /**
     * A JSON reply.
     *
     * @param status the status
     * @param value the JSON-like body
     * @return the reply
     */
    public static Reply json(int status, Object value) {
        return new Reply(status, Json.bytes(value), "application/json");
    }

    /**
     * A 200 JSON reply.
     *
     * @param value the JSON-like body
     * @return the reply
     */
    public static Reply ok(Object value) {
        return json(200, value);
    }

    /**
     * A reply without body (204, 202, ...).
     *
     * @param status the status
     * @return the reply
     */
    public static Reply empty(int status) {
        return new Reply(status, null, null);
    }

    /**
     * The reply for an error.
     *
     * @param e the error
     * @return the reply
     */
    public static Reply error(HttpError e) {
        if (e.plainText()) {
            return new Reply(e.status(), e.getMessage().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
        }
        return json(e.status(), Json.obj(e.field(), e.getMessage()));
    }

    /**
     * Adds a response header.
     *
     * @param name the name
     * @param value the value
     * @return this reply
     */
    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /**
     * Returns the headers added so far.
     *
     * @return the headers (mutable)
     */
    protected Map<String, String> headers() {
        return headers;
    }

    /**
     * Writes the reply and ends the exchange.
     *
     * @param exchange the exchange
     * @throws IOException if the client went away
     */
    public void send(HttpExchange exchange) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
