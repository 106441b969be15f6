package dev.langgraph.testkit;

import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthEngine;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.ReferenceGraphs;
import dev.langgraph.testkit.internal.RuntimeSettings;
import dev.langgraph.testkit.internal.ServerRuntime;
import dev.langgraph.testkit.internal.clock.SystemTimeline;
import dev.langgraph.testkit.internal.control.CapturedRequest;
import dev.langgraph.testkit.internal.engine.RunDrain;
import dev.langgraph.testkit.internal.service.AssistantService;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An in-process fake of the LangGraph Server API, stateful in memory, running scripted {@link Graph}s, for tests
 * and demos without a real server. It follows the Python server (what LangGraph Platform runs): statuses,
 * {@code {"detail": ...}} error bodies, SSE format, run and thread status machines, multitask strategies.
 *
 * <pre>{@code
 * try (FakeLangGraphServer server = FakeLangGraphServer.create().start()) {
 *     LangGraphClient client = server.client();
 *     // ... or plain HTTP against server.baseUrl()
 * }
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 (a free port unless one is given; another address with {@link Builder#host(String)})
 * on the JDK's built-in HTTP server, so it adds no HTTP library to the class path. Tests can read the requests it
 * received ({@link #takeRequest()}, {@link #recordedRequests()}), make requests fail
 * ({@link #enqueueFault(String, Fault)}), drive time with a {@link TestClock}, and start background runs when they
 * choose ({@link BackgroundRuns#MANUAL}, {@link #runPendingRuns()}, {@link #awaitIdle(Duration)}). Thread-safe.
 */
public final class FakeLangGraphServer implements AutoCloseable {

    private final int requestedPort;
    private final Map<String, Graph> graphs;
    private final String defaultMultitaskStrategy;
    private final Duration heartbeat;
    private final TestClock clock;
    private final int requestHistory;
    private final Auth auth;
    private final boolean authenticationErrorsAs403;
    private final String host;
    private final BackgroundRuns backgroundRuns;
    private ServerRuntime runtime;
    private boolean closed;

    private FakeLangGraphServer(Builder b) {
        this.requestedPort = b.port;
        this.graphs = b.graphs.isEmpty() ? ReferenceGraphs.all()
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.graphs));
        this.defaultMultitaskStrategy = b.defaultMultitaskStrategy;
        this.heartbeat = b.heartbeat;
        this.clock = b.clock;
        this.requestHistory = b.requestHistory;
        this.auth = b.auth;
        this.authenticationErrorsAs403 = b.authenticationErrorsAs403;
        this.host = b.host;
        this.backgroundRuns = b.backgroundRuns;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a server with the {@link ReferenceGraphs reference graphs} on a free port, not started yet.
     *
     * @return the server; call {@link #start()}
     */
    public static FakeLangGraphServer create() {
        return builder().create();
    }

    /**
     * Binds and starts serving.
     *
     * @return this server
     * @throws IllegalStateException if already started or closed
     * @throws UncheckedIOException if the port cannot be bound
     */
    public synchronized FakeLangGraphServer start() {
        if (closed) {
            throw new IllegalStateException("The server is closed");
        }
        if (runtime != null) {
            throw new IllegalStateException("The server is already started");
        }
        runtime = new ServerRuntime(new RuntimeSettings(host, requestedPort, graphs, defaultMultitaskStrategy,
                heartbeat.toMillis(), clock == null ? new SystemTimeline() : clock.timeline(), requestHistory,
                authEngine(), backgroundRuns == BackgroundRuns.MANUAL));
        return this;
    }

    /** The engine that applies the auth, one per start; null without auth. */
    private AuthEngine authEngine() {
        return auth == null ? null
                : AuthEngine.builder(auth).authenticationErrorsAs403(authenticationErrorsAs403).build();
    }

    /**
     * Tells whether the server is serving.
     *
     * @return {@code true} between {@link #start()} and {@link #close()}
     */
    public synchronized boolean isRunning() {
        return runtime != null && !closed;
    }

    /**
     * Returns the base URL to give clients.
     *
     * @return {@code http://127.0.0.1:<port>}, or the address given to {@link Builder#host(String)}
     * @throws IllegalStateException if not started
     */
    public String baseUrl() {
        return running().baseUrl();
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     * @throws IllegalStateException if not started
     */
    public int port() {
        return running().port();
    }

    /**
     * Returns the registered graph ids.
     *
     * @return the ids, in registration order
     */
    public Set<String> graphIds() {
        return graphs.keySet();
    }

    /**
     * Returns the id of a graph's system assistant: {@code uuid5(6ba7b821-9dad-11d1-80b4-00c04fd430c8, graphId)},
     * as the real servers compute it.
     *
     * @param graphId a graph id
     * @return the assistant id
     * @throws IllegalArgumentException if no such graph is registered
     */
    public String assistantId(String graphId) {
        if (!graphs.containsKey(graphId)) {
            throw new IllegalArgumentException("No graph '" + graphId + "'; registered: " + graphs.keySet());
        }
        return AssistantService.systemId(graphId);
    }

    /**
     * Forgets everything but the graphs: cancels runs, deletes threads, runs, checkpoints, crons, store items and
     * user-created assistants, recreates the system assistants, and forgets recorded requests and pending faults.
     *
     * @throws IllegalStateException if not started
     */
    public void reset() {
        running().reset();
    }

    /**
     * Runs every pending run to completion, one at a time in creation order, and returns when none is left (runs
     * that become pending meanwhile, e.g. enqueued by a finishing run's webhook, are run too). Meant for
     * {@link BackgroundRuns#MANUAL}, where background runs wait for it; in {@link BackgroundRuns#AUTOMATIC} mode it
     * waits for the pending runs to end. A run whose {@code after_seconds} have not passed yet stays pending, with
     * the runs queued behind it on its thread. Waits at most 30 seconds.
     *
     * @return how many runs ended
     * @throws IdleTimeoutException if runs are still in flight after 30 seconds
     * @throws IllegalStateException if not started, or if the calling thread is interrupted
     */
    public int runPendingRuns() {
        return runPendingRuns(Duration.ofSeconds(30));
    }

    /**
     * Runs every pending run to completion, as {@link #runPendingRuns()} does, within {@code timeout}.
     *
     * @param timeout the longest time for all runs together
     * @return how many runs ended
     * @throws IdleTimeoutException if runs are still in flight when the time is up
     * @throws IllegalStateException if not started, or if the calling thread is interrupted
     * @throws NullPointerException if timeout is null
     */
    public int runPendingRuns(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        RunDrain.Outcome outcome = running().runs().runPending(timeout);
        if (!outcome.stillActive().isEmpty()) {
            throw new IdleTimeoutException(timeout, outcome.stillActive());
        }
        return outcome.completed();
    }

    /**
     * Waits until no run is pending or running, in either {@link BackgroundRuns} mode. In
     * {@link BackgroundRuns#MANUAL} mode background runs nobody released stay pending, so call
     * {@link #runPendingRuns()} first; a run delayed by {@code after_seconds} on a {@link TestClock} stays pending
     * until the clock gets there.
     *
     * @param timeout the longest wait
     * @throws IdleTimeoutException if runs are still in flight when the time is up (the message lists them)
     * @throws IllegalStateException if not started, or if the calling thread is interrupted
     * @throws NullPointerException if timeout is null
     */
    public void awaitIdle(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        List<String> stillActive = running().runs().awaitIdle(timeout);
        if (!stillActive.isEmpty()) {
            throw new IdleTimeoutException(timeout, stillActive);
        }
    }

    /**
     * Takes the oldest received request not taken yet, waiting for one to arrive (like OkHttp's MockWebServer).
     * Every request is recorded, faulted ones included, before it is handled.
     *
     * @return the request
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalStateException if not started
     */
    public RecordedRequest takeRequest() throws InterruptedException {
        return new RecordedRequest(running().requests().take(null));
    }

    /**
     * Takes the oldest received request not taken yet, waiting at most {@code timeout} for one.
     *
     * @param timeout the longest wait
     * @return the request, or {@code null} if none arrived in time
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalStateException if not started
     */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        CapturedRequest r = running().requests().take(timeout);
        return r == null ? null : new RecordedRequest(r);
    }

    /**
     * Returns the last received requests (at most {@link Builder#requestHistory(int)}), whether taken or not.
     *
     * @return the requests, oldest first
     * @throws IllegalStateException if not started
     */
    public List<RecordedRequest> recordedRequests() {
        return running().requests().recent().stream().map(RecordedRequest::new).collect(Collectors.toList());
    }

    /**
     * Returns how many requests arrived since the start or the last {@link #reset()}.
     *
     * @return the count
     * @throws IllegalStateException if not started
     */
    public long requestCount() {
        return running().requests().count();
    }

    /**
     * Makes the next request to a matching path fail as {@code fault} says (and the next {@code n} ones with
     * {@link Fault#times(int)}). Faults apply in the order enqueued; a request takes the first that matches.
     *
     * @param pathPattern the path, where {@code *} stands for anything within a segment and {@code **} for anything
     *     (e.g. <code>/threads/&#42;/runs/stream</code>)
     * @param fault the fault
     * @throws IllegalStateException if not started
     */
    public void enqueueFault(String pathPattern, Fault fault) {
        Objects.requireNonNull(pathPattern, "pathPattern");
        running().faults().add(pathPattern, Objects.requireNonNull(fault, "fault").spec());
    }

    /**
     * Makes the next request, whatever its path, fail as {@code fault} says.
     *
     * @param fault the fault
     * @throws IllegalStateException if not started
     */
    public void enqueueFault(Fault fault) {
        enqueueFault("**", fault);
    }

    /**
     * Drops the faults not applied yet.
     *
     * @throws IllegalStateException if not started
     */
    public void clearFaults() {
        running().faults().clear();
    }

    /**
     * Builds a client for this server with the transport found on the class path (for example
     * {@code langgraph-transport-httpclient5}) and no API key. The caller closes it.
     *
     * @return a new client
     * @throws IllegalStateException if not started
     * @throws dev.langgraph.client.errors.LangGraphException if no transport is on the class path
     */
    public LangGraphClient client() {
        return LangGraphClient.builder().baseUrl(baseUrl()).noApiKey().build();
    }

    /**
     * Builds a client for this server on the given transport and no API key. The caller closes the client and
     * the transport.
     *
     * @param transport the transport to use
     * @return a new client
     * @throws IllegalStateException if not started
     * @throws NullPointerException if the transport is null
     */
    public LangGraphClient client(HttpTransport transport) {
        Objects.requireNonNull(transport, "transport");
        return LangGraphClient.builder().baseUrl(baseUrl()).noApiKey().transport(transport).build();
    }

    /** Cancels in-flight runs and stops the server. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (runtime != null) {
                runtime.close();
            }
        }
    }

    private synchronized ServerRuntime running() {
        if (runtime == null || closed) {
            throw new IllegalStateException(closed ? "The server is closed" : "The server is not started");
        }
        return runtime;
    }

    /** Configures a {@link FakeLangGraphServer}. Not thread-safe. */
    public static final class Builder {

        private static final List<String> STRATEGIES = Arrays.asList("reject", "interrupt", "rollback", "enqueue");

        private int port;
        private final Map<String, Graph> graphs = new LinkedHashMap<>();
        private String defaultMultitaskStrategy = "enqueue";
        private Duration heartbeat = Duration.ofSeconds(5);
        private TestClock clock;
        private int requestHistory = 1000;
        private Auth auth;
        private boolean authenticationErrorsAs403;
        private String host;
        private BackgroundRuns backgroundRuns = BackgroundRuns.AUTOMATIC;

        private Builder() {
        }

        /**
         * Sets the address to listen on (default {@code 127.0.0.1}, reachable from this machine only). A wildcard
         * address ({@code 0.0.0.0}) listens on every interface; {@link FakeLangGraphServer#baseUrl()} then names
         * 127.0.0.1.
         *
         * @param host a host name or IP literal
         * @return this builder
         * @throws NullPointerException if host is null
         * @throws IllegalArgumentException if host is blank
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host;
            return this;
        }

        /**
         * Chooses when background runs start: {@link BackgroundRuns#AUTOMATIC} (the default) as a real server, or
         * {@link BackgroundRuns#MANUAL} when the test calls {@link FakeLangGraphServer#runPendingRuns()}.
         *
         * @param mode the mode
         * @return this builder
         * @throws NullPointerException if mode is null
         */
        public Builder backgroundRuns(BackgroundRuns mode) {
            this.backgroundRuns = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Protects the server with a custom auth, applied as the Python server applies it: every request is
         * authenticated (the meta routes {@code /ok}, {@code /info}, {@code /docs}, {@code /openapi.json} and
         * {@code /metrics} stay public); a refusal answers its status with {@code {"detail": ...}} and the
         * handler's headers (e.g. 401 with {@code WWW-Authenticate}); an allowed request is served with the body
         * and query as the handlers changed them (e.g. {@code metadata.owner} stamped); a handler's filter hides
         * threads, assistants and crons whose metadata does not match it (a single read, update or delete answers
         * 404, a create on a hidden id or a copy of a hidden thread 409, runs of a hidden thread 404, a join stream
         * a 404 {@code error} event, a cron on a hidden thread 404; searches, counts and an assistant's versions
         * leave them out). As on the Python server, filters are not applied to store items (handlers may refuse or
         * rewrite namespaces), every run's {@code config.configurable} carries its user
         * ({@code langgraph_auth_user}, {@code langgraph_auth_user_id}, {@code langgraph_auth_permissions}), and a
         * cron fires as the user who created it (identity only, no permissions). Without it, everything is
         * allowed.
         *
         * @param auth the handlers
         * @return this builder
         * @throws NullPointerException if auth is null
         */
        public Builder auth(Auth auth) {
            this.auth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /**
         * Answers a refused authentication as the Python server does (opt-in; needs {@link #auth(Auth)}): when the
         * authentication handler throws an {@code HTTPException} with status 401 or 403, the server answers 403
         * {@code {"detail": <its detail>}} without the handler's headers (no {@code WWW-Authenticate}); clients see
         * a {@code PermissionDeniedException}. By default the handler's own status and headers are answered (401
         * with its challenge), as the JS server does. Refusals of authorization handlers are never changed.
         *
         * @param enabled whether to answer authentication refusals with 403
         * @return this builder
         */
        public Builder authenticationErrorsAs403(boolean enabled) {
            this.authenticationErrorsAs403 = enabled;
            return this;
        }

        /**
         * Sets the port.
         *
         * @param port the port, 0 (the default) for a free one
         * @return this builder
         * @throws IllegalArgumentException if outside 0..65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be within 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Registers a graph; it gets a system assistant, and its id is accepted wherever an assistant id is.
         * Without any registered graph the server uses the {@link ReferenceGraphs reference graphs}.
         *
         * @param graphId the graph id, e.g. {@code "agent"}
         * @param graph the graph
         * @return this builder
         * @throws IllegalArgumentException if the id is blank or already registered
         * @throws NullPointerException if an argument is null
         */
        public Builder graph(String graphId, Graph graph) {
            Objects.requireNonNull(graphId, "graphId");
            Objects.requireNonNull(graph, "graph");
            if (graphId.isBlank()) {
                throw new IllegalArgumentException("graphId must not be blank");
            }
            if (graphs.putIfAbsent(graphId, graph) != null) {
                throw new IllegalArgumentException("Graph '" + graphId + "' is already registered");
            }
            return this;
        }

        /**
         * Registers the seven {@link ReferenceGraphs reference graphs} ({@code echo}, {@code counter},
         * {@code interrupt}, {@code slow}, {@code fail}, {@code subgraph}, {@code custom}).
         *
         * @return this builder
         * @throws IllegalArgumentException if one of their ids is already registered
         */
        public Builder referenceGraphs() {
            ReferenceGraphs.all().forEach(this::graph);
            return this;
        }

        /**
         * Sets the {@code multitask_strategy} of runs that do not name one. The default is {@code enqueue}, as on
         * LangGraph Platform; the Python server's open-source code and the JS dev server default to
         * {@code reject}.
         *
         * @param strategy {@code reject}, {@code interrupt}, {@code rollback} or {@code enqueue}
         * @return this builder
         * @throws IllegalArgumentException if the strategy is unknown
         */
        public Builder defaultMultitaskStrategy(String strategy) {
            if (!STRATEGIES.contains(strategy)) {
                throw new IllegalArgumentException("Unknown multitask strategy '" + strategy + "'; use " + STRATEGIES);
            }
            this.defaultMultitaskStrategy = strategy;
            return this;
        }

        /**
         * Sets how often a silent SSE stream gets a {@code : heartbeat} comment and a waiting {@code /wait} a
         * newline (the Python server: 5 s, the default).
         *
         * @param interval the interval, {@link Duration#ZERO} for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder heartbeatInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("heartbeat interval must not be negative");
            }
            this.heartbeat = interval;
            return this;
        }

        /**
         * Runs the server on a manual clock: timestamps come from it, and crons, {@code after_seconds} delays and
         * TTLs happen only when the test advances it. Without it the server uses the wall clock.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(TestClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how many received requests {@link FakeLangGraphServer#recordedRequests()} keeps (1000 by default);
         * {@link FakeLangGraphServer#takeRequest()} keeps at most as many untaken ones.
         *
         * @param capacity the number of requests
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder requestHistory(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("request history must be at least 1: " + capacity);
            }
            this.requestHistory = capacity;
            return this;
        }

        /**
         * Builds the server without starting it.
         *
         * @return the server; call {@link FakeLangGraphServer#start()}
         * @throws IllegalStateException if {@link #authenticationErrorsAs403(boolean)} is on without an auth
         */
        public FakeLangGraphServer create() {
            if (authenticationErrorsAs403 && auth == null) {
                throw new IllegalStateException("authenticationErrorsAs403 needs an auth: call auth(...) too");
            }
            return new FakeLangGraphServer(this);
        }

        /**
         * Builds and starts the server.
         *
         * @return the running server
         * @throws UncheckedIOException if the port cannot be bound
         * @throws IllegalStateException if {@link #authenticationErrorsAs403(boolean)} is on without an auth
         */
        public FakeLangGraphServer start() {
            return create().start();
        }
    }
}
