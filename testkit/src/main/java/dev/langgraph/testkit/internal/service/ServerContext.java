package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.clock.Timeline;
import dev.langgraph.testkit.internal.engine.RunScheduler;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ServerClock;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every service shares: the state, the graphs, the clock, the run scheduler and the server's settings. */
public final class ServerContext implements AutoCloseable {

    /** The clock that schedules delayed runs, crons and TTL expiry. */
    public final Timeline timeline;
    /** The state. */
    public final Db db;
    /** The registered graphs by id, in registration order. */
    public final Map<String, Graph> graphs;
    /** Starts and finishes runs. */
    public final RunScheduler scheduler;
    /** Deletes threads and store items whose TTL ran out. */
    public final Expiry expiry;
    /** The multitask strategy of runs that do not name one. */
    public final String defaultMultitaskStrategy;
    /** The interval of SSE heartbeats and wait keep-alives, in milliseconds ({@code 0} for none). */
    public final long heartbeatMillis;
    private final Webhooks webhooks;
    private volatile String baseUrl = "";

    /**
     * Creates the context.
     *
     * @param graphs the graphs by id
     * @param defaultMultitaskStrategy the default strategy
     * @param heartbeatMillis the heartbeat interval, 0 for none
     * @param timeline the clock (the wall clock, or a test's manual clock)
     */
    public ServerContext(Map<String, Graph> graphs, String defaultMultitaskStrategy, long heartbeatMillis,
            Timeline timeline) {
        this(graphs, defaultMultitaskStrategy, heartbeatMillis, timeline, false);
    }

    /**
     * Creates the context, optionally holding background runs until a test releases them.
     *
     * @param graphs the graphs by id
     * @param defaultMultitaskStrategy the default strategy
     * @param heartbeatMillis the heartbeat interval, 0 for none
     * @param timeline the clock (the wall clock, or a test's manual clock)
     * @param holdRuns whether runs wait for a release (a stream, wait or join of them, or the test) to start
     */
    public ServerContext(Map<String, Graph> graphs, String defaultMultitaskStrategy, long heartbeatMillis,
            Timeline timeline, boolean holdRuns) {
        this.timeline = timeline;
        this.db = new Db(new ServerClock(timeline::now));
        this.graphs = Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
        this.webhooks = new Webhooks(this::baseUrl, db.clock);
        this.scheduler = new RunScheduler(db, this.graphs, timeline, webhooks, holdRuns);
        this.expiry = new Expiry(this);
        this.defaultMultitaskStrategy = defaultMultitaskStrategy;
        this.heartbeatMillis = heartbeatMillis;
    }

    /**
     * Returns the server's base URL (for run metadata and webhooks given as paths).
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

    /**
     * Deletes a thread if it exists: cancels its in-flight runs, deletes its runs, checkpoints and crons, and ends
     * its thread streams.
     *
     * @param threadId the canonical id
     */
    public void deleteThread(String threadId) {
        db.run(() -> {
            ThreadRecord thread = db.threads.remove(threadId);
            if (thread == null) {
                return;
            }
            List<RunRecord> runs = new ArrayList<>();
            db.runs.values().stream().filter(r -> r.threadId.equals(threadId)).forEach(runs::add);
            runs.forEach(r -> {
                scheduler.cancel(r, "interrupt");
                db.runs.remove(r.runId);
            });
            db.crons.values().removeIf(c -> threadId.equals(c.threadId));
            thread.events.close();
        });
    }

    /** Ends every thread stream (the threads are being forgotten). Call with the lock held. */
    public void closeThreadStreams() {
        db.threads.values().forEach(t -> t.events.close());
    }

    /** Cancels in-flight runs, stops the worker threads and the timer. */
    @Override
    public void close() {
        db.run(this::closeThreadStreams);
        scheduler.close();
        timeline.close();
        webhooks.close();
    }
}
