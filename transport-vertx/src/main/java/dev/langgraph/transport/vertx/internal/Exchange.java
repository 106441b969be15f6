package dev.langgraph.transport.vertx.internal;

import dev.langgraph.client.transport.PublishedResponse;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request and its response, from {@code send} until the body ends, fails or is aborted.
 *
 * <p>Every way of giving up on the exchange (cancelling the head future, cancelling the body subscription,
 * closing the response, a read timeout, closing the transport) comes down to {@link #abort()}: a reset of the
 * Vert.x request. On HTTP/1.1, Vert.x closes the connection of a reset request whose response has not fully
 * arrived, so a half-read connection is never reused, and hands a connection back to the pool untouched when
 * the request was never written. A response that arrived whole is left alone: its connection is back in the
 * pool already.
 *
 * <p>Vert.x callbacks run on the event loop of the request's context; user calls come from any thread. Shared
 * state is therefore volatile, and each step that both sides take (reset, complete) is idempotent.
 */
final class Exchange {

    private static final Logger LOG = LoggerFactory.getLogger(Exchange.class);

    private final TransportRequest request;
    private final Vertx vertx;
    private final Consumer<Exchange> onFinished;
    private final CompletableFuture<TransportResponse> head = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();

    private volatile HttpClientRequest httpRequest;
    private volatile boolean abortRequested;
    /** Vert.x delivered the end of the response; the subscriber may not have heard of it yet. */
    private volatile boolean responseEnded;
    private volatile ResponseBodyPublisher body;
    private volatile IdleTimer idleTimer;

    /**
     * Creates an exchange.
     *
     * @param request the request
     * @param vertx the Vert.x instance, for the body's read timer
     * @param onFinished called once when the exchange no longer holds or waits for a connection
     */
    Exchange(TransportRequest request, Vertx vertx, Consumer<Exchange> onFinished) {
        this.request = request;
        this.vertx = vertx;
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

    /**
     * Asks the client for a connection and sends the request on it. Never throws: a failure completes the head.
     *
     * @param client the client
     */
    void start(HttpClient client) {
        try {
            client.request(RequestMapper.options(request)).onComplete(ar -> {
                if (ar.succeeded()) {
                    send(ar.result());
                } else {
                    finish();
                    head.completeExceptionally(FailureMapper.connectFailure(ar.cause(), request));
                }
            });
        } catch (IllegalArgumentException e) {
            // A header value Vert.x refuses: the request is invalid, as validation would have said.
            finish();
            head.completeExceptionally(e);
        } catch (RuntimeException e) {
            // Vert.x throws, rather than fails the future, when the client or the Vert.x instance is closed.
            finish();
            head.completeExceptionally(FailureMapper.connectFailure(e, request));
        }
    }

    /**
     * Whether the whole response has arrived, and its connection is back in the pool. The body's subscriber may
     * still be reading what was buffered.
     *
     * @return true once Vert.x delivered the end of the response
     */
    boolean isResponseEnded() {
        return responseEnded;
    }

    /**
     * Aborts the exchange if it is still running; its connection is closed, unless the request was never
     * written. Harmless when repeated or when the exchange is over.
     */
    void abort() {
        if (responseEnded) {
            return; // The whole response arrived: its connection is back in the pool, clean.
        }
        abortRequested = true;
        IdleTimer timer = idleTimer;
        if (timer != null) {
            timer.stop();
        }
        HttpClientRequest bound = httpRequest;
        if (bound != null) {
            bound.reset();
            finish();
        }
        // Otherwise send() sees the flag once the connection is there and resets the request instead.
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

    // ---- Vert.x callbacks, on the request's event loop ----

    private void send(HttpClientRequest req) {
        // Set first: Vert.x logs a failure of a request without one as an error, even that of our own reset.
        req.exceptionHandler(this::onFailure);
        this.httpRequest = req;
        // Written before reading the flag, as abort() does the reverse: one of the two sees the other.
        if (abortRequested) {
            req.reset();
            finish();
            return;
        }
        // Registered before the request is written, so that it runs as the head arrives, before any chunk.
        req.response().onComplete(ar -> {
            if (ar.succeeded()) {
                onHead(ar.result());
            } else {
                onFailure(ar.cause());
            }
        });
        byte[] content = request.body();
        // Vert.x sets the Content-Length from the buffer; the array is wrapped, not copied, and only read.
        Future<Void> written = content == null ? req.end() : req.end(Buffer.buffer(content));
        written.onFailure(this::onFailure);
    }

    private void onHead(HttpClientResponse response) {
        // Paused before this handler returns, so that no chunk is delivered until the publisher wants it.
        response.pause();
        ResponseBodyPublisher publisher = new ResponseBodyPublisher(new Network(response));
        this.body = publisher;
        response.handler(chunk -> onChunk(publisher, chunk));
        response.exceptionHandler(this::onFailure);
        response.endHandler(v -> onEnd(publisher));
        startIdleTimer(publisher);
        PublishedResponse transportResponse = new PublishedResponse(response.statusCode(), headersOf(response),
                publisher, this::isResponseEnded, this::abort, "Vert.x " + this);
        if (!head.complete(transportResponse)) {
            // Cancelled or failed meanwhile: nobody will read or close this response.
            transportResponse.close();
            return;
        }
        publisher.start();
    }

    private void onEnd(ResponseBodyPublisher publisher) {
        responseEnded = true;
        stopIdleTimer();
        finish();
        // Vert.x returns the connection to the pool just after this handler. The subscriber hears of the end one
        // event-loop turn later, so that a request it sends at once finds the connection back in the pool instead
        // of opening another.
        Context context = Vertx.currentContext();
        if (context != null) {
            context.runOnContext(v -> publisher.onEnd());
        } else {
            publisher.onEnd();
        }
    }

    private void onChunk(ResponseBodyPublisher publisher, Buffer chunk) {
        IdleTimer timer = idleTimer;
        if (timer != null) {
            timer.progress();
        }
        // A copy: the subscriber owns what it receives, writable and independent of Vert.x's pooled buffers.
        publisher.onData(ByteBuffer.wrap(chunk.getBytes()));
    }

    private void onFailure(Throwable cause) {
        if (responseEnded) {
            return; // Nothing can spoil a response that arrived whole.
        }
        stopIdleTimer();
        // Finished before the caller hears of it, so that it never sees the exchange still open.
        finish();
        TransportException failure = FailureMapper.exchangeFailure(cause, request);
        if (!head.completeExceptionally(failure)) {
            // The head was delivered, so the failure belongs to the body.
            ResponseBodyPublisher publisher = body;
            if (publisher != null) {
                publisher.onFailure(failure);
            }
        }
    }

    private void startIdleTimer(ResponseBodyPublisher publisher) {
        if (request.readTimeout().isZero()) {
            return;
        }
        IdleTimer timer = new IdleTimer(vertx, request.readTimeout(), publisher::isWaitingForData,
                () -> abortWith(new TransportException(TransportException.Kind.READ_TIMEOUT,
                        "No data for " + request.readTimeout().toMillis() + " ms (" + request + ")", null)));
        this.idleTimer = timer;
        timer.start();
        if (abortRequested) {
            timer.stop();
        }
    }

    private void stopIdleTimer() {
        IdleTimer timer = idleTimer;
        if (timer != null) {
            timer.stop();
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            onFinished.accept(this);
        }
    }

    private static TransportHeaders headersOf(HttpClientResponse response) {
        TransportHeaders.Builder headers = TransportHeaders.builder();
        for (Map.Entry<String, String> header : response.headers()) {
            try {
                headers.add(header.getKey(), header.getValue() == null ? "" : header.getValue());
            } catch (IllegalArgumentException e) {
                // One malformed header from a server should not fail a response the SDK may still use.
                LOG.debug("Ignoring invalid response header {}", header.getKey(), e);
            }
        }
        return headers.build();
    }

    @Override
    public String toString() {
        return request.toString();
    }

    /**
     * The Vert.x response, as the body publisher steers it. It is paused from its head on; the publisher lets it
     * flow (a Vert.x {@code fetch}) while its buffer has room and pauses it at its budget. A paused Vert.x stream
     * stops reading its socket after a few chunks, so the rest of the body stays in the socket.
     */
    private final class Network implements ResponseBodyPublisher.Source {
        private final HttpClientResponse response;

        Network(HttpClientResponse response) {
            this.response = response;
        }

        @Override
        public void pause() {
            response.pause();
        }

        @Override
        public void resume(int room) {
            // Waiting starts now: the time spent paused was the subscriber's, not the server's.
            IdleTimer timer = idleTimer;
            if (timer != null) {
                timer.progress();
            }
            // Vert.x's pause and fetch may be called from any thread; fetch(MAX) lets the stream flow.
            response.fetch(Long.MAX_VALUE);
        }

        @Override
        public void abort() {
            Exchange.this.abort();
        }
    }
}
