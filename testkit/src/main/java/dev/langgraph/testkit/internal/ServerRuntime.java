package dev.langgraph.testkit.internal;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.langgraph.auth.AuthEngine;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.clock.Timeline;
import dev.langgraph.testkit.internal.control.ControlFilter;
import dev.langgraph.testkit.internal.control.FaultQueue;
import dev.langgraph.testkit.internal.control.RequestLog;
import dev.langgraph.testkit.internal.engine.RunDrain;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.routes.Routes;
import dev.langgraph.testkit.internal.service.AssistantService;
import dev.langgraph.testkit.internal.service.ServerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The running parts behind {@code FakeLangGraphServer}: state, services, router, the test controls in front of it
 * (request capture, faults) and the JDK HTTP server.
 */
public final class ServerRuntime implements AutoCloseable {

    static {
        // The JDK server leaves Nagle's algorithm on, which costs ~40 ms per small response (delayed ACKs).
        // The property is read once, when the JVM's first HttpServer is created; an explicit setting wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ServerContext ctx;
    private final AssistantService assistants;
    private final RequestLog requests;
    private final FaultQueue faults = new FaultQueue();
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final RunDrain drain;
    private final String urlHost;

    /**
     * Binds the server on 127.0.0.1 and starts serving.
     *
     * @param port the port, 0 for a free one
     * @param graphs the graphs by id
     * @param defaultMultitaskStrategy the default strategy
     * @param heartbeatMillis the heartbeat interval, 0 for none
     * @param timeline the clock (the wall clock, or a test's manual clock); closed with the server
     * @param requestHistory how many requests to keep for inspection
     * @throws UncheckedIOException if the port cannot be bound
     */
    public ServerRuntime(int port, Map<String, Graph> graphs, String defaultMultitaskStrategy, long heartbeatMillis,
            Timeline timeline, int requestHistory) {
        this(port, graphs, defaultMultitaskStrategy, heartbeatMillis, timeline, requestHistory, null);
    }

    /**
     * Binds the server on 127.0.0.1 and starts serving, behind an auth.
     *
     * @param port the port, 0 for a free one
     * @param graphs the graphs by id
     * @param defaultMultitaskStrategy the default strategy
     * @param heartbeatMillis the heartbeat interval, 0 for none
     * @param timeline the clock (the wall clock, or a test's manual clock); closed with the server
     * @param requestHistory how many requests to keep for inspection
     * @param auth the auth engine every request (and cron firing) passes, null for none
     * @throws UncheckedIOException if the port cannot be bound
     */
    public ServerRuntime(int port, Map<String, Graph> graphs, String defaultMultitaskStrategy, long heartbeatMillis,
            Timeline timeline, int requestHistory, AuthEngine auth) {
        this(new RuntimeSettings(null, port, graphs, defaultMultitaskStrategy, heartbeatMillis, timeline,
                requestHistory, auth, false));
    }

    /**
     * Binds the server and starts serving.
     *
     * @param settings the address, graphs, clock, auth and test-control settings
     * @throws UncheckedIOException if the host cannot be resolved or the port cannot be bound
     */
    public ServerRuntime(RuntimeSettings settings) {
        this.ctx = new ServerContext(settings.graphs(), settings.defaultMultitaskStrategy(),
                settings.heartbeatMillis(), settings.timeline(), settings.holdRuns());
        this.assistants = new AssistantService(ctx);
        this.requests = new RequestLog(settings.requestHistory());
        this.drain = new RunDrain(ctx.db, ctx.scheduler);
        String where = (settings.host() == null ? "127.0.0.1" : settings.host()) + ":" + settings.port();
        try {
            InetAddress address = settings.host() == null ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName(settings.host());
            this.http = HttpServer.create(new InetSocketAddress(address, settings.port()), 128);
            this.urlHost = urlHost(address);
        } catch (IOException e) {
            ctx.close();
            throw new UncheckedIOException("Cannot bind the fake LangGraph server to " + where + ": " + e, e);
        }
        this.httpThreads = Executors.newCachedThreadPool(DaemonThreads.named("langgraph-fake-http-"));
        http.setExecutor(httpThreads);
        HttpContext context = http.createContext("/", Routes.build(ctx, assistants, settings.auth()));
        context.getFilters().add(new ControlFilter(requests, faults));
        http.start();
        ctx.baseUrl(baseUrl());
    }

    /** The host part of the base URL: the bound address, 127.0.0.1 for a wildcard one, IPv6 in brackets. */
    private static String urlHost(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String literal = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + literal.replaceFirst("%.*$", "") + "]" : literal;
    }

    /**
     * Returns the bound port.
     *
     * @return the port
     */
    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * Returns the base URL.
     *
     * @return {@code http://<bound address>:<port>}, {@code http://127.0.0.1:<port>} by default
     */
    public String baseUrl() {
        return "http://" + urlHost + ":" + port();
    }

    /**
     * Returns the test controls over background runs.
     *
     * @return the run drain
     */
    public RunDrain runs() {
        return drain;
    }

    /**
     * Returns the captured requests.
     *
     * @return the log
     */
    public RequestLog requests() {
        return requests;
    }

    /**
     * Returns the pending faults.
     *
     * @return the queue
     */
    public FaultQueue faults() {
        return faults;
    }

    /**
     * Cancels all runs and deletes threads, runs, crons, store items and user-created assistants (the graphs'
     * system assistants are recreated as at start); forgets captured requests and pending faults.
     */
    public void reset() {
        Db db = ctx.db;
        db.run(() -> {
            db.inFlightRuns(null).forEach(r -> ctx.scheduler.cancel(r, "interrupt"));
            ctx.closeThreadStreams();
            db.runs.clear();
            db.threads.clear();
            db.crons.clear();
            db.store.clear();
            db.assistants.clear();
        });
        assistants.registerSystemAssistants();
        requests.clear();
        faults.clear();
    }

    /** Stops runs and the HTTP server. */
    @Override
    public void close() {
        ctx.close();
        http.stop(0);
        httpThreads.shutdownNow();
    }
}
