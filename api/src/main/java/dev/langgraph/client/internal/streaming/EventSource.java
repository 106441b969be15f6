package dev.langgraph.client.internal.streaming;

import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.errors.LangGraphException;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.Futures;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.PathSegments;
import dev.langgraph.client.internal.Timers;
import dev.langgraph.client.internal.errors.ErrorMapper;
import dev.langgraph.client.internal.sse.SseDecoder;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportResponse;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one SSE pipeline behind every run stream, sync or async: opens the request, decodes events into
 * {@link StreamPart}s, and resumes a broken stream with {@code Last-Event-ID}.
 *
 * <p>Transport threads only drop signals into an inbox and call {@code wakeUp}; all decoding and state changes
 * happen in {@link #next(boolean)}, which one consumer at a time calls (the blocking iterator's thread, or the
 * async stream's serial executor). That keeps the state machine lock-free and off the I/O threads. The consumer
 * pulls one network chunk at a time, so a slow consumer slows the network read instead of filling memory.
 */
public final class EventSource {

    private static final Logger LOG = LoggerFactory.getLogger(EventSource.class);
    /** Largest single SSE event accepted; a larger one fails the stream instead of exhausting memory. */
    static final int MAX_EVENT_BYTES = 64 * 1024 * 1024;

    private record Connected(int generation, TransportResponse response) {
    }

    private record ConnectFailed(int generation, Throwable error) {
    }

    private record Subscribed(int generation, Flow.Subscription subscription) {
    }

    private record Chunk(int generation, ByteBuffer bytes) {
    }

    private record Ended(int generation) {
    }

    private record Broken(int generation, Throwable error) {
    }

    private record Reconnect(int generation, ApiRequest request) {
    }

    private static final Object WAKE = new Object();

    private final HttpPipeline pipeline;
    private final StreamSpec spec;
    private final JsonCodec codec;
    private final Runnable wakeUp;
    private final int maxReconnects;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final CompletableFuture<RunCreateMetadata> metadata = new CompletableFuture<>();

    // Confined to the consumer (see class comment).
    private final ArrayDeque<StreamPart> parts = new ArrayDeque<>();
    private SseDecoder decoder;
    private int generation;
    private Flow.Subscription upstream;
    private boolean requested;
    private boolean finished;
    private RuntimeException failure;
    private String lastEventId;
    private String reconnectPath;
    private int reconnects;

    // Touched by cancel() from any thread.
    private volatile boolean cancelled;
    private volatile CompletableFuture<TransportResponse> connecting;
    private volatile TransportResponse response;

    /**
     * Creates a source; nothing is sent until {@link #start()}.
     *
     * @param pipeline the client's pipeline
     * @param spec what to stream
     * @param wakeUp called, from any thread, whenever new input may let {@link #next(boolean)} progress
     */
    public EventSource(HttpPipeline pipeline, StreamSpec spec, Runnable wakeUp) {
        this.pipeline = pipeline;
        this.spec = spec;
        this.codec = pipeline.config().codec();
        this.wakeUp = wakeUp;
        this.maxReconnects = pipeline.config().maxStreamReconnects();
        this.reconnectPath = spec.reconnectPath();
        // A join stream opened with Last-Event-ID resumes from there if it breaks before its first event.
        spec.request().headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Last-Event-ID")) {
                lastEventId = value;
            }
        });
    }

    /** Sends the request. */
    public void start() {
        connect(spec.request());
    }

    /**
     * The run's ids from {@code Content-Location}, once the response head has arrived.
     *
     * @return a future of the ids (null when the server sent none)
     */
    public CompletableFuture<RunCreateMetadata> metadata() {
        return metadata;
    }

    /**
     * The id of the last event received.
     *
     * @return the id or null
     */
    public String lastEventId() {
        return lastEventId;
    }

    /**
     * Whether the stream has ended normally and every part has been taken.
     *
     * @return true at the end
     */
    public boolean isFinished() {
        return finished && parts.isEmpty() && failure == null;
    }

    /**
     * Waits until the response head has arrived (or the request failed). Consumer-only; used by the blocking API
     * so that HTTP errors are thrown by the call that opens the stream.
     *
     * @throws RuntimeException the request's failure, such as a typed status exception
     */
    public void awaitResponseHead() {
        while (!metadata.isDone() && failure == null && !finished) {
            Object input = inbox.poll();
            handle(input != null ? input : take());
        }
        if (failure != null && parts.isEmpty()) {
            throw failure;
        }
    }

    /**
     * The next part. Consumer-only.
     *
     * @param block whether to wait for input when none is ready
     * @return the next part, or null when none is ready yet (non-blocking) or the stream has ended
     *     ({@link #isFinished()})
     * @throws RuntimeException the stream's failure, once every part before it has been taken
     */
    public StreamPart next(boolean block) {
        while (true) {
            StreamPart part = parts.poll();
            if (part != null) {
                return part;
            }
            if (failure != null) {
                throw failure;
            }
            if (finished) {
                return null;
            }
            if (cancelled) {
                fail(new LangGraphException("The stream was closed"));
                continue;
            }
            Object input = inbox.poll();
            if (input == null) {
                requestMore();
                if (!block) {
                    return null;
                }
                input = take();
            }
            handle(input);
        }
    }

    /** Aborts the stream. Safe from any thread; wakes a blocked consumer. */
    public void cancel() {
        cancelled = true;
        CompletableFuture<TransportResponse> c = connecting;
        if (c != null) {
            c.cancel(true);
        }
        TransportResponse r = response;
        if (r != null) {
            r.close();
        }
        inbox.add(WAKE);
        wakeUp.run();
    }

    private Object take() {
        try {
            return inbox.take();
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            cancel();
            return WAKE;
        }
    }

    private void requestMore() {
        if (upstream != null && !requested) {
            requested = true;
            upstream.request(1);
        }
    }

    private void handle(Object input) {
        if (input instanceof Chunk c && c.generation == generation) {
            requested = false;
            decoder.feed(c.bytes, this::onEvent);
        } else if (input instanceof Subscribed s && s.generation == generation) {
            upstream = s.subscription;
        } else if (input instanceof Connected c) {
            onConnected(c);
        } else if (input instanceof ConnectFailed f && f.generation == generation) {
            onBreak(f.error, true);
        } else if (input instanceof Ended e && e.generation == generation) {
            decoder.finish(this::onEvent);
            closeResponse();
            finished = true;
        } else if (input instanceof Broken b && b.generation == generation) {
            onBreak(b.error, false);
        } else if (input instanceof Reconnect r && r.generation == generation && !cancelled) {
            connect(r.request);
        }
    }

    private void connect(ApiRequest request) {
        int gen = ++generation;
        upstream = null;
        requested = false;
        CompletableFuture<TransportResponse> f = pipeline.open(request, true);
        connecting = f;
        f.whenComplete((r, e) -> {
            inbox.add(e != null ? new ConnectFailed(gen, Futures.unwrap(e)) : new Connected(gen, r));
            wakeUp.run();
        });
        if (cancelled) {
            f.cancel(true);
        }
    }

    private void onConnected(Connected c) {
        TransportResponse r = c.response;
        if (c.generation != generation || cancelled) {
            r.close();
            return;
        }
        response = r;
        String contentType = r.headers().first("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("text/event-stream")) {
            closeResponse();
            fail(new ApiResponseValidationException("Expected a text/event-stream response but got '"
                    + contentType + "' (status " + r.status() + ")", null));
            return;
        }
        if (!metadata.isDone()) {
            onFirstResponse(r);
        }
        decoder = new SseDecoder(MAX_EVENT_BYTES);
        int gen = c.generation;
        r.body().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                signal(new Subscribed(gen, subscription));
            }

            @Override
            public void onNext(ByteBuffer item) {
                signal(new Chunk(gen, item));
            }

            @Override
            public void onError(Throwable throwable) {
                signal(new Broken(gen, throwable));
            }

            @Override
            public void onComplete() {
                signal(new Ended(gen));
            }
        });
    }

    private void signal(Object input) {
        inbox.add(input);
        wakeUp.run();
    }

    private void onFirstResponse(TransportResponse r) {
        RunCreateMetadata ids = RunCreateMetadata.parse(r.headers().first("Content-Location"));
        String location = trustedLocation(r.headers().first("Location"));
        if (location != null) {
            reconnectPath = location;
        } else if (reconnectPath == null && spec.resumable() && ids != null) {
            reconnectPath = joinStreamPath(ids);
        }
        metadata.complete(ids);
        if (ids != null && spec.onRunCreated() != null) {
            spec.onRunCreated().accept(ids);
        }
    }

    private void onEvent(String event, byte[] bytes, int offset, int length, String id, Integer retry) {
        if (failure != null) {
            return;
        }
        lastEventId = id != null ? id : lastEventId;
        if (event == null && bytes == null) {
            return; // Python yields only parts with an event name or data
        }
        String name = event == null ? "" : event;
        Object data;
        try {
            // Parsed in place: the decoder's slice is valid only during this call.
            data = bytes == null ? null : codec.read(bytes, offset, length);
        } catch (RuntimeException e) {
            closeResponse();
            fail(new ApiResponseValidationException("Invalid JSON in the data of event '" + name + "': "
                    + e.getMessage(), e));
            return;
        }
        if (name.equals("error")) {
            closeResponse();
            fail(ErrorMapper.fromStreamError(data, codec));
            return;
        }
        parts.add(new StreamPart(name, data, id, codec));
    }

    private void onBreak(Throwable error, boolean whileConnecting) {
        closeResponse();
        boolean connectionProblem = error instanceof TransportException || error instanceof ApiConnectionException;
        if (!cancelled && connectionProblem && reconnectPath != null && reconnects < maxReconnects
                && (!whileConnecting || reconnects > 0)) {
            reconnects++;
            String resumeFrom = lastEventId != null ? lastEventId : "-1";
            LOG.debug("Stream broke ({}); resuming from event {} (attempt {}/{})", error.toString(), resumeFrom,
                    reconnects, maxReconnects);
            ApiRequest resume = resumeRequest(resumeFrom);
            int expected = ++generation;
            Timers.schedule(pipeline.config().retryPolicy().delayBefore(reconnects, null), () -> {
                inbox.add(new Reconnect(expected, resume));
                wakeUp.run();
            });
            return;
        }
        if (error instanceof TransportException te) {
            fail(ErrorMapper.fromTransport(te));
        } else {
            fail(error instanceof RuntimeException re ? re : new LangGraphException(error.getMessage(), error));
        }
    }

    /**
     * The request that resumes the stream. Re-joining the same route keeps its query and headers (stream modes,
     * cancel-on-disconnect); a {@code Location} or join URL is fetched bare, as the Python SDK does.
     */
    private ApiRequest resumeRequest(String resumeFrom) {
        ApiRequest original = spec.request();
        ApiRequest.Builder b = ApiRequest.of("GET", reconnectPath).options(original.options());
        if (original.method().equals("GET") && original.path().equals(reconnectPath)) {
            original.query().forEach(e -> b.query(e.getKey(), e.getValue()));
            original.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Last-Event-ID")) {
                    b.header(name, value);
                }
            });
        }
        return b.header("Last-Event-ID", resumeFrom).build();
    }

    private void fail(RuntimeException error) {
        if (failure == null) {
            failure = error;
        }
        metadata.complete(null);
    }

    private void closeResponse() {
        TransportResponse r = response;
        if (r != null) {
            r.close();
        }
    }

    private String trustedLocation(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(location.trim());
            URI base = pipeline.config().baseUri();
            if (!uri.isAbsolute()) {
                return uri.getRawPath() != null && uri.getRawPath().startsWith("/") ? uri.getRawPath() : null;
            }
            // Only follow a Location on the same origin: elsewhere our API key would leak.
            if (uri.getScheme().equalsIgnoreCase(base.getScheme())
                    && uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost())
                    && port(uri) == port(base)) {
                String basePath = base.getRawPath() == null ? "" : base.getRawPath();
                String path = uri.getRawPath();
                return path.startsWith(basePath) ? path.substring(basePath.length()) : null;
            }
            LOG.warn("Ignoring a Location header on another origin: {}", location);
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String joinStreamPath(RunCreateMetadata ids) {
        String run = PathSegments.encode("run_id", ids.runId());
        return ids.threadId() == null
                ? "/runs/" + run + "/stream"
                : "/threads/" + PathSegments.encode("thread_id", ids.threadId()) + "/runs/" + run + "/stream";
    }
}
