package dev.langgraph.client.transport;

import java.util.concurrent.CompletableFuture;

/**
 * The port every HTTP adapter implements: send one request, get its status, headers and a streaming body.
 *
 * <p>Adapters are thin. Retries, redirects, timeouts beyond the socket level, JSON, SSE and error mapping
 * all live in the API module, so that every transport behaves the same. An adapter must not retry or follow
 * redirects itself.
 *
 * <p>Implementations are thread-safe and shared by all clients built on them.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * A short name for logs and transport selection, such as {@code "httpclient5"} or {@code "vertx"}.
     *
     * @return the transport's short name, never null
     */
    String name();

    /**
     * Sends a request. The returned future completes once the status line and headers have arrived; the body
     * is then read through {@link TransportResponse#body()}.
     *
     * <p>Cancelling the future before it completes aborts the exchange. Failures complete the future
     * exceptionally with a {@link TransportException} (connection refused, reset, connect or read timeout).
     * This method must not block and must not throw: even an invalid request is reported through the future.
     *
     * @param request the request to send
     * @return a future of the response head
     */
    CompletableFuture<TransportResponse> send(TransportRequest request);

    /**
     * Called by the SDK before it blocks the calling thread on this transport. Transports bound to event loops
     * throw {@link IllegalStateException} here when called on one, instead of letting the caller deadlock.
     *
     * @throws IllegalStateException if the current thread must not block
     */
    default void checkBlockingAllowed() {
    }

    /** Releases the transport's resources. Clients that do not own the transport never call this. */
    @Override
    void close();
}
