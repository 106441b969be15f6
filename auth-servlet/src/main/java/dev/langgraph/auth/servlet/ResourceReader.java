package dev.langgraph.auth.servlet;

import dev.langgraph.auth.servlet.internal.HttpResourceReader;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link GatewayMode gateway} reads a resource of the LangGraph server behind it, to check a filtered request
 * before passing it on: {@code GET /threads/{id}} or {@code GET /assistants/{id}}, sent as the gateway itself
 * (the server has no auth of its own). {@link #http(URI)} does it over HTTP; a gateway with its own client can
 * implement it.
 */
@FunctionalInterface
public interface ResourceReader {

    /**
     * Reads one resource.
     *
     * @param path the server path, percent-encoded, e.g. {@code /threads/5f1c...}
     * @return the resource's JSON object; empty when the server answers 404 (or refuses the id as malformed, 400
     *     or 422: the request itself will then be refused alike)
     * @throws RuntimeException if the server cannot be reached, times out or answers anything else: the filter then
     *     refuses the request with 502 (it never lets a request through unchecked)
     */
    Optional<Map<String, Object>> read(String path);

    /**
     * A reader over HTTP with a 10 s timeout and no extra headers.
     *
     * @param baseUrl the server's base URL, e.g. {@code http://127.0.0.1:2024}
     * @return the reader
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     */
    static ResourceReader http(URI baseUrl) {
        return http(baseUrl, Duration.ofSeconds(10), Map.of());
    }

    /**
     * A reader over HTTP (JDK {@code HttpClient}).
     *
     * @param baseUrl the server's base URL
     * @param timeout the timeout of one read (connect and response)
     * @param headers headers to send, e.g. the server's API key
     * @return the reader
     * @throws IllegalArgumentException if the URL is not absolute http(s) or the timeout is not positive
     * @throws NullPointerException if an argument is null
     */
    static ResourceReader http(URI baseUrl, Duration timeout, Map<String, String> headers) {
        return new HttpResourceReader(baseUrl, timeout, headers);
    }
}
