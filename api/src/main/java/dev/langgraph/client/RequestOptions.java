package dev.langgraph.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-call settings: extra headers and query parameters, and timeouts that replace the client's for this call.
 * Every resource method has an overload that takes one.
 */
public final class RequestOptions {

    private static final RequestOptions NONE = new Builder().build();

    private final Map<String, String> headers;
    private final List<Map.Entry<String, String>> queryParams;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration requestTimeout;
    private final Integer maxRetries;

    private RequestOptions(Builder b) {
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.queryParams = List.copyOf(b.queryParams);
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.requestTimeout = b.requestTimeout;
        this.maxRetries = b.maxRetries;
    }

    /**
     * No per-call setting.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * A new builder.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extra headers; they win over the client's default headers.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Extra query parameters, appended after the method's own.
     *
     * @return the parameters in order
     */
    public List<Map.Entry<String, String>> queryParams() {
        return queryParams;
    }

    /**
     * The connect timeout for this call.
     *
     * @return the timeout, or null to use the client's
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The read (idle) timeout for this call.
     *
     * @return the timeout, or null to use the client's
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The overall timeout for this call (ignored by streams).
     *
     * @return the timeout, or null to use the client's
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * The number of retries for this call.
     *
     * @return the count, or null to use the client's retry policy
     */
    public Integer maxRetries() {
        return maxRetries;
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> queryParams = new ArrayList<>();
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration requestTimeout;
        private Integer maxRetries;

        private Builder() {
        }

        /**
         * Adds a header for this call.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name is {@code x-api-key} (set the key on the client) or blank
         * @throws NullPointerException if an argument is null
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Header name must not be blank");
            }
            if (name.equalsIgnoreCase("x-api-key")) {
                throw new IllegalArgumentException("Cannot set reserved header 'x-api-key'");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * Adds a query parameter for this call; adding a name twice sends it twice.
         *
         * @param name the parameter name
         * @param value the value
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder queryParam(String name, String value) {
            queryParams.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets the connect timeout for this call.
         *
         * @param timeout the timeout, {@link Duration#ZERO} for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = nonNegative(timeout);
            return this;
        }

        /**
         * Sets the read (idle) timeout for this call.
         *
         * @param timeout the timeout, {@link Duration#ZERO} for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = nonNegative(timeout);
            return this;
        }

        /**
         * Sets the overall timeout for this call, retries included; streams ignore it.
         *
         * @param timeout the timeout, {@link Duration#ZERO} for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = nonNegative(timeout);
            return this;
        }

        /**
         * Sets the number of retries for this call.
         *
         * @param maxRetries retries after the first attempt, 0 for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static Duration nonNegative(Duration d) {
            Objects.requireNonNull(d, "timeout");
            if (d.isNegative()) {
                throw new IllegalArgumentException("Timeout must not be negative: " + d);
            }
            return d;
        }
    }
}
