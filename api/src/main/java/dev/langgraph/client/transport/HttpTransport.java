package dev.langgraph.client.transport;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

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
     * Sends a request for a caller that blocks until the response head has arrived anyway: the SDK's blocking
     * API, for calls that read a whole body. A transport may do this exchange on the calling thread, which saves
     * the hand-offs to an I/O thread and back that an asynchronous exchange costs; its body publisher may then
     * deliver the body synchronously, inside {@link java.util.concurrent.Flow.Subscription#request}.
     *
     * <p>Completing {@code abort} (normally or exceptionally, from any thread) before this method returns aborts
     * the exchange, and the method then throws. Once the head has been returned, the caller aborts by closing
     * the response.
     *
     * <p>The default sends through {@link #send} and waits.
     *
     * @param request the request to send
     * @param abort completes when the caller gives up, for example when its overall timeout expires
     * @return the response head; the caller reads and closes the body
     * @throws TransportException for connection refused, reset, connect or read timeout, or an abort
     * @throws IllegalArgumentException if the request cannot be sent (not http or https, no host)
     * @throws IllegalStateException if the transport is closed
     */
    default TransportResponse sendAndWait(TransportRequest request, CompletionStage<?> abort) {
        return awaitHead(send(request), request, abort);
    }

    /**
     * Whether {@link #sendAndWait} does its exchange on the calling thread. When it does not (the default), the
     * SDK's blocking API waits once for the whole asynchronous exchange instead of calling {@link #sendAndWait}:
     * one thread hand-off fewer than waiting for the head and then again for the body.
     *
     * @return true if this transport overrides {@link #sendAndWait} to work on the calling thread
     */
    default boolean sendsOnCallingThread() {
        return false;
    }

    private static TransportResponse awaitHead(CompletableFuture<TransportResponse> head, TransportRequest request,
            CompletionStage<?> abort) {
        abort.whenComplete((v, e) -> {
            if (!head.cancel(true)) {
                head.thenAccept(TransportResponse::close);
            }
        });
        try {
            return head.get();
        } catch (InterruptedException e) {
            head.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException(TransportException.Kind.IO, "Interrupted while waiting for " + request, e);
        } catch (CancellationException e) {
            throw new TransportException(TransportException.Kind.IO, "Aborted: " + request, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TransportException(TransportException.Kind.IO, String.valueOf(cause), cause);
        }
    }

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
