package dev.langgraph.client.internal;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.OpenEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call as resource clients describe it: method, encoded path, query, JSON body and per-call options.
 * Immutable once built.
 *
 * @param method the HTTP method
 * @param path the path, starting with {@code /}, segments already encoded
 * @param query query parameters in order (raw, not yet encoded)
 * @param body the JSON body as plain Java types or a user object, or null for no body
 * @param hasBody whether a body is sent at all (a JSON {@code null} body is possible)
 * @param headers headers specific to this operation, such as {@code Prefer}
 * @param options the caller's per-call options
 */
public record ApiRequest(
        String method,
        String path,
        List<Map.Entry<String, String>> query,
        Object body,
        boolean hasBody,
        Map<String, String> headers,
        RequestOptions options) {

    /**
     * Starts a request.
     *
     * @param method the HTTP method
     * @param path the path, segments already encoded with {@link PathSegments#encode}
     * @return a builder
     */
    public static Builder of(String method, String path) {
        return new Builder(method, path);
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;
        private boolean hasBody;
        private RequestOptions options = RequestOptions.none();

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method);
            this.path = Objects.requireNonNull(path);
        }

        /**
         * Adds a query parameter with Python's encoding: null is skipped, booleans are {@code true}/{@code false},
         * a collection repeats the key, open enums send their value.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder query(String name, Object value) {
            if (value instanceof Collection<?> c) {
                c.forEach(v -> query(name, v));
            } else if (value != null) {
                query.add(Map.entry(name, value instanceof OpenEnum e ? e.value() : String.valueOf(value)));
            }
            return this;
        }

        /**
         * Sets the JSON body.
         *
         * @param body plain Java types, a model or a user object; a JSON null when null
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = body;
            this.hasBody = true;
            return this;
        }

        /**
         * Adds an operation-specific header.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Sets the caller's per-call options.
         *
         * @param options the options, null for none
         * @return this builder
         */
        public Builder options(RequestOptions options) {
            this.options = options == null ? RequestOptions.none() : options;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public ApiRequest build() {
            return new ApiRequest(method, path, List.copyOf(query), body, hasBody, Map.copyOf(headers), options);
        }
    }
}
