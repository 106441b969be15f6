package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.util.Map;

/**
 * Executes one run on the calling thread: the {@code metadata} event, the graph loop, and the {@code error} event
 * on failure. Returns the outcome; the {@link RunScheduler} records it.
 */
final class RunExecutor {

    /** The run ended normally (also when a node interrupted). */
    static final String SUCCESS = "success";
    /** A node failed. */
    static final String ERROR = "error";
    /** Cancelled with action {@code interrupt}. */
    static final String INTERRUPTED = "interrupted";
    /** Cancelled with action {@code rollback}: the run and its checkpoints go. */
    static final String ROLLBACK = "rollback";

    private final Db db;
    private final Map<String, Graph> graphs;

    RunExecutor(Db db, Map<String, Graph> graphs) {
        this.db = db;
        this.graphs = graphs;
    }

    String execute(RunRecord run) {
        Map<String, Object> config = Json.copyMap(Json.mapAt(run.kwargs, "config"));
        RunStreams streams = new RunStreams(run, config, db.clock);
        streams.always("metadata", Json.obj("run_id", run.runId, "attempt", 1));
        try {
            // No cancellation check before the input checkpoints: a run that is running has started, so a cancel
            // that lands at once still stops at the first step boundary, with its nodes due (thread interrupted).
            RunEnv env = new RunEnv(run, config, streams, db.clock);
            streams.graphStarted(run.kwargs.get("input"));
            CheckpointRecord base = db.tx(() -> baseCheckpoint(run));
            CheckpointSink sink = new ThreadCheckpoints(db, run.threadId, run.runId,
                    Json.copyMap(Json.mapAt(config, "metadata")), base);
            Breakpoints breakpoints = new Breakpoints(run.kwargs.get("interrupt_before"),
                    run.kwargs.get("interrupt_after"));
            streams.graphEnded(GraphLoop.root(graphs.get(run.graphId), env, sink, breakpoints).runRoot(run.kwargs));
            return SUCCESS;
        } catch (CancelledSignal cancelled) {
            return "rollback".equals(run.control.action()) ? ROLLBACK : INTERRUPTED;
        } catch (RuntimeException | Error e) {
            Map<String, Object> error = Failures.json(e);
            run.error = error;
            streams.always("error", error);
            return ERROR;
        }
    }

    /** The requested checkpoint ({@code checkpoint}, {@code checkpoint_id}), else the thread's latest. */
    private CheckpointRecord baseCheckpoint(RunRecord run) {
        ThreadRecord thread = db.threads.get(run.threadId);
        if (thread == null) {
            throw new CancelledSignal();
        }
        Map<String, Object> checkpoint = Json.mapAt(run.kwargs, "checkpoint");
        Object id = checkpoint != null ? checkpoint.get("checkpoint_id") : run.kwargs.get("checkpoint_id");
        if (id == null) {
            Map<String, Object> configurable = Json.mapAt(Json.mapAt(run.kwargs, "config"), "configurable");
            id = configurable == null ? null : configurable.get("checkpoint_id");
        }
        return id == null ? thread.latest() : thread.checkpoint(id.toString());
    }
}
