package dev.langgraph.testkit.internal;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.langgraph.auth.Auth;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.clock.Timeline;
import dev.langgraph.testkit.internal.control.ControlFilter;
import dev.langgraph.testkit.internal.control.FaultQueue;
import dev.langgraph.testkit.internal.control.RequestLog;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.routes.Routes;
import dev.langgraph.testkit.internal.service.AssistantService;
import dev.langgraph.testkit.internal.service.ServerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
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
     * @param auth the auth every request passes, null for none
     * @throws UncheckedIOException if the port cannot be bound
     */
    public ServerRuntime(int port, Map<String, Graph> graphs, String defaultMultitaskStrategy, long heartbeatMillis,
            Timeline timeline, int requestHistory, Auth auth) {
        this.ctx = new ServerContext(graphs, defaultMultitaskStrategy, heartbeatMillis, timeline);
        this.assistants = new AssistantService(ctx);
        this.requests = new RequestLog(requestHistory);
        try {
            this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            ctx.close();
            throw new UncheckedIOException("Cannot bind the fake LangGraph server to 127.0.0.1:" + port, e);
        }
        this.httpThreads = Executors.newCachedThreadPool(DaemonThreads.named("langgraph-fake-http-"));
        http.setExecutor(httpThreads);
        HttpContext context = http.createContext("/", Routes.build(ctx, assistants, auth));
        context.getFilters().add(new ControlFilter(requests, faults));
        http.start();
        ctx.baseUrl(baseUrl());
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
     * @return {@code http://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
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
