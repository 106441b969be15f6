package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.engine.RunScheduler;
import dev.langgraph.testkit.internal.model.Db;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every service shares: the state, the graphs, the run scheduler and the server's settings. */
public final class ServerContext implements AutoCloseable {

    /** The state. */
    public final Db db = new Db();
    /** The registered graphs by id, in registration order. */
    public final Map<String, Graph> graphs;
    /** Starts and finishes runs. */
    public final RunScheduler scheduler;
    /** The multitask strategy of runs that do not name one. */
    public final String defaultMultitaskStrategy;
    /** The interval of SSE heartbeats and wait keep-alives, in milliseconds ({@code 0} for none). */
    public final long heartbeatMillis;
    private volatile String baseUrl = "";

    /**
     * Creates the context.
     *
     * @param graphs the graphs by id
     * @param defaultMultitaskStrategy the default strategy
     * @param heartbeatMillis the heartbeat interval, 0 for none
     */
    public ServerContext(Map<String, Graph> graphs, String defaultMultitaskStrategy, long heartbeatMillis) {
        this.graphs = Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
        this.scheduler = new RunScheduler(db, this.graphs);
        this.defaultMultitaskStrategy = defaultMultitaskStrategy;
        this.heartbeatMillis = heartbeatMillis;
    }

    /**
     * Returns the server's base URL (for run metadata).
     *
     * @return the URL, empty before the server is bound
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Sets the base URL once the server is bound.
     *
     * @param baseUrl the URL
     */
    public void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Cancels in-flight runs and stops the worker threads. */
    @Override
    public void close() {
        scheduler.close();
    }
}
