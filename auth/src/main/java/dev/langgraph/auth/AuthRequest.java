package dev.langgraph.auth;

import dev.langgraph.auth.internal.JsonValues;
import dev.langgraph.auth.internal.QueryStrings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as the auth engine sees it, built by an adapter (servlet filter, gateway, testkit) and given
 * to the authentication handler: method, raw path, headers, query parameters, path parameters (resolved by
 * the engine) and the parsed JSON body. Immutable; the body is a read-only copy.
 *
 * <p>The adapter passes what it received without cleaning it: the engine itself rejects hostile paths and
 * queries, so every adapter gets the same decisions.
 */
public final class AuthRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final Map<String, List<String>> queryParams;
    private final boolean malformedQuery;
    private final Map<String, String> pathParams;
    private final Object body;
    private final boolean invalidBody;

    private AuthRequest(Builder b, Map<String, String> pathParams) {
        this.method = b.method;
        this.path = b.path;
        this.headers = frozen(b.headers, new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
        this.queryParams = frozen(b.queryParams, new LinkedHashMap<>());
        this.malformedQuery = b.malformedQuery;
        this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
        this.body = b.body;
        this.invalidBody = b.invalidBody;
    }

    private AuthRequest(AuthRequest r, Map<String, String> pathParams) {
        this.method = r.method;
        this.path = r.path;
        this.headers = r.headers;
        this.queryParams = r.queryParams;
        this.malformedQuery = r.malformedQuery;
        this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
        this.body = r.body;
        this.invalidBody = r.invalidBody;
    }

    private static Map<String, List<String>> frozen(Map<String, List<String>> source,
            Map<String, List<String>> target) {
        source.forEach((k, v) -> target.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        target.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(target);
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method exactly as received (not upper-cased, not overridden by any header)
     * @param path the raw path as received, still percent-encoded, without query string and without the
     *     application's context path (e.g. {@code /threads/5f1c.../state})
     * @return the builder
     * @throws NullPointerException if the method or path is null
     */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /**
     * The HTTP method as received.
     *
     * @return e.g. {@code "POST"}
     */
    public String method() {
        return method;
    }

    /**
     * The raw path as received.
     *
     * @return the path, percent-encoded
     */
    public String path() {
        return path;
    }

    /**
     * All headers; lookups by name ignore case.
     *
     * @return an unmodifiable map from name to values in order
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name the name, any case
     * @return the value, empty when absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /**
     * The {@code Authorization} header (Python's {@code authorization} argument). The engine refuses requests
     * with more than one before any handler runs.
     *
     * @return the value, empty when absent
     */
    public Optional<String> authorization() {
        return header("Authorization");
    }

    /**
     * The decoded query parameters.
     *
     * @return an unmodifiable map from name to values in order
     */
    public Map<String, List<String>> queryParams() {
        return queryParams;
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the decoded name
     * @return the decoded value, empty when absent
     */
    public Optional<String> queryParam(String name) {
        List<String> values = queryParams.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The path parameters of the matched route (e.g. {@code thread_id}), decoded. Empty until the engine has
     * matched the route: the authentication handler always sees them filled.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /**
     * One path parameter.
     *
     * @param name e.g. {@code "thread_id"}
     * @return the decoded value, empty when the route has no such parameter
     */
    public Optional<String> pathParam(String name) {
        return Optional.ofNullable(pathParams.get(name));
    }

    /**
     * The parsed JSON body (Python's {@code body}).
     *
     * @return a read-only JSON-like value (Map, List, String, Number, Boolean), null when there is none
     */
    public Object body() {
        return body;
    }

    boolean malformedQuery() {
        return malformedQuery;
    }

    boolean invalidBody() {
        return invalidBody;
    }

    AuthRequest withPathParams(Map<String, String> params) {
        return new AuthRequest(this, params);
    }

    @Override
    public String toString() {
        return "AuthRequest[" + method + " " + path + "]"; // never headers: they hold credentials
    }

    /** Builds an {@link AuthRequest}. */
    public static final class Builder {

        private final String method;
        private final String path;
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
        private boolean malformedQuery;
        private Object body;
        private boolean invalidBody;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(path, "path");
        }

        /**
         * Adds a header value (repeat the call for repeated headers).
         *
         * @param name the name, any case
         * @param value the value
         * @return this builder
         * @throws NullPointerException if the name or value is null
         */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds headers.
         *
         * @param headers names to values
         * @return this builder
         * @throws NullPointerException if a name or value is null
         */
        public Builder headers(Map<String, ? extends Collection<String>> headers) {
            headers.forEach((name, values) -> values.forEach(v -> header(name, v)));
            return this;
        }

        /**
         * Adds a decoded query parameter value.
         *
         * @param name the decoded name
         * @param value the decoded value
         * @return this builder
         * @throws NullPointerException if the name or value is null
         */
        public Builder queryParam(String name, String value) {
            queryParams.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds the parameters of a raw query string, decoded as the Python server does. Prefer this to a
         * framework's parameter map, which may mix in form fields of the body. A malformed query string does not
         * fail here: the engine answers it with 400.
         *
         * @param rawQuery the query string without {@code ?}, may be null
         * @return this builder
         */
        public Builder rawQuery(String rawQuery) {
            QueryStrings.parse(rawQuery).ifPresentOrElse(
                    parsed -> parsed.forEach((k, vs) -> vs.forEach(v -> queryParam(k, v))),
                    () -> malformedQuery = true);
            return this;
        }

        /**
         * Sets the parsed JSON body.
         *
         * @param json a JSON-like value (Map with string keys, List, String, Number, Boolean, null); copied
         * @return this builder
         * @throws IllegalArgumentException if the value holds anything else
         */
        public Builder body(Object json) {
            this.body = JsonValues.immutableCopy(json);
            this.invalidBody = false;
            return this;
        }

        /**
         * Marks the body as present but not parseable JSON. Routes that read a body then answer 422
         * {@code "Invalid JSON in request body"}, as the Python server does; others ignore it.
         *
         * @return this builder
         */
        public Builder invalidJsonBody() {
            this.body = null;
            this.invalidBody = true;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public AuthRequest build() {
            return new AuthRequest(this, Map.of());
        }
    }
}
