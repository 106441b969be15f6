package dev.langgraph.client.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP request as the SDK hands it to a transport.
 *
 * @param method the HTTP method in upper case, such as {@code GET}
 * @param uri the absolute request URI, query included and already encoded
 * @param headers the request headers
 * @param body the request body, or {@code null} for none; transports must not modify it
 * @param connectTimeout the limit for establishing a connection
 * @param readTimeout the longest silence allowed between two reads of the response (the idle gap that matters
 *     on a quiet SSE stream); {@link Duration#ZERO} means no limit
 * @param writeTimeout the longest time a single write of the request may block; {@link Duration#ZERO} means
 *     no limit
 */
public record TransportRequest(
        String method,
        URI uri,
        TransportHeaders headers,
        byte[] body,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout) {

    /**
     * Checks the arguments.
     *
     * @param method the HTTP method in upper case, such as {@code GET}
     * @param uri the absolute request URI, query included and already encoded
     * @param headers the request headers
     * @param body the request body, or {@code null} for none; transports must not modify it
     * @param connectTimeout the limit for establishing a connection
     * @param readTimeout the longest silence allowed between two reads of the response (the idle gap that matters on a quiet SSE stream); {@link Duration#ZERO} means no limit
     * @param writeTimeout the longest time a single write of the request may block; {@link Duration#ZERO} means no limit
     * @throws NullPointerException if any argument other than {@code body} is null
     */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
