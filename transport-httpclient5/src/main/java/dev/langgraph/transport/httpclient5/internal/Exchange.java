package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.PublishedResponse;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.hc.client5.http.async.AsyncExecRuntime;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One request and its response, from {@code send} until the body ends, fails or is aborted.
 *
 * <p>It is also HttpClient's callback for the execution, which completes only at the end of the body. Every way
 * of giving up on the exchange (cancelling the head future, cancelling the body subscription, closing the
 * response, closing the transport) comes down to {@link #abort()}: cancelling HttpClient's execution future,
 * which with hard cancellation closes the connection and discards it from the pool, and, once the exchange
 * reached {@link AbortBinding}, discarding the connection through the execution runtime as well.
 */
final class Exchange implements FutureCallback<Void> {

    private final TransportRequest request;
    private final Consumer<Exchange> onFinished;
    private final CompletableFuture<TransportResponse> head = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();

    private volatile Future<?> execution;
    private volatile AsyncExecRuntime runtime;
    private volatile ScheduledFuture<?> connectDeadline;
    private volatile boolean abortRequested;
    private volatile ResponseBodyPublisher body;

    /**
     * Creates an exchange.
     *
     * @param request the request
     * @param onFinished called once when HttpClient is done with the exchange
     */
    Exchange(TransportRequest request, Consumer<Exchange> onFinished) {
        this.request = request;
        this.onFinished = onFinished;
        // Completed by anyone but us (cancel, orTimeout, ...): the caller no longer wants the response.
        head.whenComplete((response, failure) -> {
            if (failure != null) {
                abort();
            }
        });
    }

    CompletableFuture<TransportResponse> head() {
        return head;
    }

    ResponseConsumer newConsumer() {
        return new ResponseConsumer(this);
    }

    /** Called by HttpClient's caller once {@code execute} returned its future. */
    void started(Future<?> execution) {
        this.execution = execution;
        // An abort that came before the future existed is applied now.
        if (abortRequested) {
            execution.cancel(true);
        }
    }

    /**
     * Called by {@link AbortBinding} when the connection is ready and the request about to be sent.
     *
     * @param execRuntime the runtime holding the exchange's connection
     * @return false if the exchange was aborted already and must not start
     */
    boolean bind(AsyncExecRuntime execRuntime) {
        this.runtime = execRuntime;
        cancelConnectDeadline();
        // Written before reading the flag, as abort() does the reverse: one of the two sees the other.
        return !abortRequested;
    }

    /**
     * Fails the exchange with {@link TransportException.Kind#CONNECT_TIMEOUT} unless its connection is ready
     * (bound) within {@code limit}, counting the wait for a free pooled connection.
     *
     * @param timer the timer to run the deadline on
     * @param limit the connect timeout
     * @throws java.util.concurrent.RejectedExecutionException if the timer is shut down
     */
    void startConnectDeadline(ScheduledExecutorService timer, Duration limit) {
        connectDeadline = timer.schedule(() -> {
            if (runtime == null && !finished.get()) {
                abortWith(new TransportException(TransportException.Kind.CONNECT_TIMEOUT,
                        "Timed out connecting (" + request + "): no connection within " + limit, null));
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        if (runtime != null || finished.get()) {
            cancelConnectDeadline(); // Bound or done before the deadline was stored.
        }
    }

    private void cancelConnectDeadline() {
        ScheduledFuture<?> deadline = connectDeadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    /**
     * Aborts the exchange if it is still running; its connection is closed, not returned to the pool. Calling
     * it again is harmless, and catches a step of HttpClient's execution that started after an earlier call.
     */
    void abort() {
        abortRequested = true;
        Future<?> running = execution;
        if (running != null) {
            running.cancel(true);
        }
        AsyncExecRuntime bound = runtime;
        if (bound != null) {
            // Closes the connection and releases it as not reusable; a no-op once it was released.
            bound.discardEndpoint();
        }
    }

    /**
     * Fails whatever the caller is waiting for (head or body) with {@code reason}, then aborts.
     *
     * @param reason the failure the caller receives
     */
    void abortWith(TransportException reason) {
        if (!head.completeExceptionally(reason)) {
            ResponseBodyPublisher publisher = body;
            if (publisher != null) {
                publisher.failNow(reason);
            }
        }
        abort();
    }

    // ---- From the response consumer, on the I/O thread ----

    ResponseBodyPublisher newBody(ResponseBodyPublisher.Source source) {
        ResponseBodyPublisher publisher = new ResponseBodyPublisher(source);
        this.body = publisher;
        return publisher;
    }

    void onHead(int status, TransportHeaders headers, ResponseBodyPublisher publisher) {
        PublishedResponse response = new PublishedResponse(status, headers, publisher, publisher::isNetworkEnded,
                this::abort, "HttpClient 5 " + this);
        if (!head.complete(response)) {
            // Cancelled or failed meanwhile: nobody will read or close this response.
            response.close();
        }
    }

    void onFailure(Throwable cause) {
        TransportException failure = FailureMapper.map(cause, request);
        if (!head.completeExceptionally(failure)) {
            // The head was delivered, so the failure belongs to the body.
            ResponseBodyPublisher publisher = body;
            if (publisher != null) {
                publisher.onFailure(failure);
            }
        }
    }

    // ---- HttpClient's execution callback ----

    @Override
    public void completed(Void result) {
        finish();
    }

    @Override
    public void failed(Exception cause) {
        onFailure(cause);
        finish();
    }

    @Override
    public void cancelled() {
        onFailure(new CancellationException("The exchange was aborted"));
        finish();
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            cancelConnectDeadline();
            onFinished.accept(this);
        }
    }

    @Override
    public String toString() {
        return request.toString();
    }
}
