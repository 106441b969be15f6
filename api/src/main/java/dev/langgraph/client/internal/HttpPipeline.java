package dev.langgraph.client.internal;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.Timeouts;
import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.errors.ApiTimeoutException;
import dev.langgraph.client.errors.LangGraphException;
import dev.langgraph.client.internal.errors.ErrorMapper;
import dev.langgraph.client.internal.errors.RetryAfter;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place where requests are sent: URL and header assembly, JSON encoding, retries, the overall timeout
 * and error mapping. Resource clients, streams and the sync/async views all go through it.
 */
public final class HttpPipeline {

    /** Largest non-streaming body the SDK reads into memory. */
    static final long MAX_BODY_BYTES = 256L * 1024 * 1024;
    /** Largest error body read; the rest is dropped. */
    private static final long MAX_ERROR_BODY_BYTES = 1024 * 1024;

    private final ClientConfig config;

    /**
     * Creates the pipeline.
     *
     * @param config the client's configuration
     */
    public HttpPipeline(ClientConfig config) {
        this.config = config;
    }

    /**
     * The configuration this pipeline sends with.
     *
     * @return the configuration
     */
    public ClientConfig config() {
        return config;
    }

    /**
     * Sends a request and reads its whole body. Non-2xx statuses fail with the typed
     * {@link dev.langgraph.client.errors.ApiStatusException}; the overall request timeout applies.
     *
     * @param request the request
     * @return the response with its body
     */
    public CompletableFuture<HttpResult> call(ApiRequest request) {
        CompletableFuture<TransportResponse> opened = open(request, false);
        CompletableFuture<HttpResult> result = opened.thenCompose(HttpPipeline::readWhole);
        // A timed-out or cancelled call must abort its exchange, whether it still waits for the head (cancel the
        // attempts) or is reading the body (close the response); otherwise the connection stays busy.
        result.whenComplete((v, e) -> {
            if (e != null) {
                opened.cancel(true);
                opened.thenAccept(TransportResponse::close);
            }
        });
        Duration total = totalTimeout(request);
        if (!total.isZero()) {
            ScheduledFuture<?> timer = Timers.schedule(total, () -> result.completeExceptionally(
                    timedOut(request, total)));
            result.whenComplete((v, e) -> timer.cancel(false));
        }
        return result;
    }

    /**
     * Sends a request and reads its whole body for a caller that blocks meanwhile, as {@link #call} does. When the
     * transport {@linkplain dev.langgraph.client.transport.HttpTransport#sendsOnCallingThread() works on the
     * calling thread}, through its {@code sendAndWait}, with retries waiting on the calling thread too: that saves
     * every hand-off between threads. Otherwise it waits once for {@link #call}.
     *
     * @param request the request
     * @return the response with its body
     * @throws RuntimeException the SDK's typed exception for the failure
     */
    public HttpResult callBlocking(ApiRequest request) {
        if (!config.transport().sendsOnCallingThread()) {
            return Futures.await(call(request)); // one wait for head and body: one hand-off fewer
        }
        CompletableFuture<Void> abort = new CompletableFuture<>();
        Duration total = totalTimeout(request);
        ScheduledFuture<?> timer = total.isZero() ? null
                : Timers.schedule(total, () -> abort.completeExceptionally(timedOut(request, total)));
        try {
            TransportResponse response = Futures.await(open(request, false, abort));
            try (response) {
                // From here a timeout ends the exchange by closing the response, and ends the wait itself even if
                // the transport never tells the reader. Set up before reading: the read may run right here.
                CompletableFuture<HttpResult> whole = new CompletableFuture<>();
                abort.whenComplete((v, e) -> {
                    response.close();
                    whole.completeExceptionally(e != null ? e : new LangGraphException("The request was aborted"));
                });
                readWhole(response).whenComplete((result, e) -> {
                    if (e != null) {
                        whole.completeExceptionally(Futures.unwrap(e));
                    } else {
                        whole.complete(result);
                    }
                });
                return Futures.await(whole);
            }
        } catch (RuntimeException e) {
            if (abort.isCompletedExceptionally()) {
                throw abortReason(abort);
            }
            throw e;
        } finally {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    private static CompletableFuture<HttpResult> readWhole(TransportResponse response) {
        return BodyCollector.collect(response.body(), MAX_BODY_BYTES).handle((bytes, error) -> {
            if (error != null) {
                throw bodyFailure(Futures.unwrap(error));
            }
            return new HttpResult(response.status(), response.headers(), bytes);
        });
    }

    private Duration totalTimeout(ApiRequest request) {
        return firstNonNull(request.options().requestTimeout(), config.timeouts().request());
    }

    private static ApiTimeoutException timedOut(ApiRequest request, Duration total) {
        return new ApiTimeoutException("Request timed out after " + total + ": " + request.method() + " "
                + request.path());
    }

    /** Why a blocking call was aborted: the timeout exception the timer completed {@code abort} with. */
    private static RuntimeException abortReason(CompletableFuture<?> abort) {
        Throwable reason = abort.handle((v, e) -> Futures.unwrap(e)).join();
        return reason instanceof RuntimeException r ? r : new LangGraphException("The request was aborted", reason);
    }

    /**
     * Sends a request and returns the response head once a 2xx status arrives, retrying per the policy. A non-2xx
     * status fails with the mapped exception after reading the error body. Cancelling the future aborts the
     * exchange in flight.
     *
     * @param request the request
     * @param streaming whether this is an SSE request (sets {@code Accept: text/event-stream})
     * @return the response head; the caller reads and closes the body
     */
    public CompletableFuture<TransportResponse> open(ApiRequest request, boolean streaming) {
        return open(request, streaming, null);
    }

    /** As {@link #open(ApiRequest, boolean)}; with an {@code abort} signal, attempts run on the calling thread. */
    private CompletableFuture<TransportResponse> open(ApiRequest request, boolean streaming,
            CompletableFuture<Void> abort) {
        TransportRequest transportRequest;
        try {
            transportRequest = toTransportRequest(request, streaming);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        RetryPolicy policy = config.retryPolicy();
        int maxRetries = request.options().maxRetries() != null ? request.options().maxRetries() : policy.maxRetries();
        Attempts attempts = new Attempts(transportRequest, policy, maxRetries, abort);
        attempts.send(0);
        return attempts.result;
    }

    /**
     * Sends attempt after attempt until one succeeds, fails for good, or the caller cancels. With an abort signal
     * (blocking callers) every attempt and every wait between attempts runs on the calling thread, and the signal
     * ends them; without one, attempts are asynchronous and retries are scheduled on the timer.
     */
    private final class Attempts {
        private final TransportRequest request;
        private final RetryPolicy policy;
        private final int maxRetries;
        private final CompletableFuture<Void> abort;
        private final CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        private final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();

        Attempts(TransportRequest request, RetryPolicy policy, int maxRetries, CompletableFuture<Void> abort) {
            this.request = request;
            this.policy = policy;
            this.maxRetries = maxRetries;
            this.abort = abort;
            result.whenComplete((v, e) -> {
                if (result.isCancelled()) {
                    CompletableFuture<?> f = inFlight.get();
                    if (f != null) {
                        f.cancel(true);
                    }
                }
            });
        }

        void send(int attempt) {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<TransportResponse> sent;
            try {
                sent = abort == null ? config.transport().send(request)
                        : CompletableFuture.completedFuture(config.transport().sendAndWait(request, abort));
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            inFlight.set(sent);
            sent.whenComplete((response, error) -> {
                if (error != null) {
                    onFailure(attempt, Futures.unwrap(error));
                } else if (result.isDone()) {
                    response.close();
                } else if (response.status() >= 200 && response.status() < 300) {
                    if (!result.complete(response)) {
                        response.close();
                    }
                } else {
                    onErrorStatus(attempt, response);
                }
            });
        }

        private void onFailure(int attempt, Throwable error) {
            if (abort != null && abort.isDone()) {
                result.completeExceptionally(abortReason(abort));
                return;
            }
            if (error instanceof TransportException te) {
                boolean maybeSent = te.kind() == TransportException.Kind.IO
                        || te.kind() == TransportException.Kind.READ_TIMEOUT;
                if (attempt < maxRetries && policy.retriesConnectionFailure(request.method(), maybeSent)) {
                    retryLater(attempt, null);
                    return;
                }
                result.completeExceptionally(ErrorMapper.fromTransport(te));
            } else {
                result.completeExceptionally(error);
            }
        }

        private void onErrorStatus(int attempt, TransportResponse response) {
            int status = response.status();
            if (attempt < maxRetries && policy.retriesStatus(request.method(), status)) {
                response.close();
                retryLater(attempt, RetryAfter.parse(response.headers().first("Retry-After"), Instant.now()));
                return;
            }
            CompletableFuture<byte[]> body = BodyCollector.collect(response.body(), MAX_ERROR_BODY_BYTES);
            inFlight.set(body);
            body.whenComplete((bytes, bodyError) -> {
                response.close();
                // A truncated or unreadable error body still yields the status error; the status is what matters.
                result.completeExceptionally(
                        ErrorMapper.fromResponse(status, response.headers(), bytes, config.codec()));
            });
        }

        private void retryLater(int attempt, Duration retryAfter) {
            Duration delay = policy.delayBefore(attempt + 1, retryAfter);
            if (abort != null) {
                waitOnCallingThread(delay, attempt);
                return;
            }
            ScheduledFuture<?> timer = Timers.schedule(delay, () -> send(attempt + 1));
            result.whenComplete((v, e) -> timer.cancel(false));
        }

        private void waitOnCallingThread(Duration delay, int attempt) {
            try {
                abort.get(delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                send(attempt + 1); // waited the whole delay without an abort
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(new LangGraphException("Interrupted while waiting to retry", e));
                return;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // aborted: fall through
            }
            result.completeExceptionally(abortReason(abort));
        }
    }

    private TransportRequest toTransportRequest(ApiRequest request, boolean streaming) {
        RequestOptions options = request.options();
        StringBuilder url = new StringBuilder(config.baseUri().toString()).append(request.path());
        char sep = '?';
        for (Map.Entry<String, String> e : request.query()) {
            url.append(sep).append(PathSegments.encodeQuery(e.getKey())).append('=')
                    .append(PathSegments.encodeQuery(e.getValue()));
            sep = '&';
        }
        for (Map.Entry<String, String> e : options.queryParams()) {
            url.append(sep).append(PathSegments.encodeQuery(e.getKey())).append('=')
                    .append(PathSegments.encodeQuery(e.getValue()));
            sep = '&';
        }
        TransportHeaders.Builder headers = config.defaultHeaders().toBuilder();
        byte[] body = null;
        if (request.hasBody()) {
            body = config.codec().write(request.body());
            headers.set("Content-Type", "application/json");
        }
        if (streaming) {
            headers.set("Accept", "text/event-stream");
            headers.set("Cache-Control", "no-store");
        } else {
            headers.set("Accept", "application/json");
        }
        request.headers().forEach(headers::set);
        options.headers().forEach(headers::set);
        Timeouts t = config.timeouts();
        return new TransportRequest(
                request.method(),
                URI.create(url.toString()),
                headers.build(),
                body,
                firstNonNull(options.connectTimeout(), t.connect()),
                firstNonNull(options.readTimeout(), t.read()),
                t.write());
    }

    private static Duration firstNonNull(Duration a, Duration b) {
        return a != null ? a : b;
    }

    /**
     * Maps a failure while reading a body to the SDK's exceptions.
     *
     * @param error the failure
     * @return an unchecked exception to complete the call with
     */
    static RuntimeException bodyFailure(Throwable error) {
        if (error instanceof TransportException te) {
            return ErrorMapper.fromTransport(te);
        }
        if (error instanceof BodyCollector.TooLargeException tooLarge) {
            return new ApiResponseValidationException(tooLarge.getMessage(), tooLarge);
        }
        return error instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(error);
    }
}
