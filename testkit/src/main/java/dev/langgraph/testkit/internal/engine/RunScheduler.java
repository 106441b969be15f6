package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.DaemonThreads;
import dev.langgraph.testkit.internal.clock.Timeline;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import dev.langgraph.testkit.internal.model.ThreadStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts runs as the Python server's workers do: per thread, the oldest pending run whose start time has come
 * runs once no other run of that thread is running (FIFO); each run executes on its own worker thread. A run
 * delayed by {@code after_seconds} starts when the {@link Timeline} reaches its start. Records the outcome (run
 * status, thread status, rollback, temporary threads, the thread stream's {@code run_done}), tells the listener,
 * and starts the next run. When it holds background runs (the testkit's manual mode), a pending run starts only
 * once {@link #release released}. Thread-safe.
 */
public final class RunScheduler implements AutoCloseable {

    private final Db db;
    private final RunExecutor executor;
    private final ExecutorService workers;
    private final Timeline timeline;
    private final Consumer<RunEnd> onEnd;
    private final boolean holdRuns;
    /** Held runs allowed to start (only used when {@link #holdRuns}). */
    private final Set<String> released = ConcurrentHashMap.newKeySet();

    /**
     * Creates the scheduler.
     *
     * @param db the state
     * @param graphs the graphs by id
     * @param timeline the clock that delayed runs wait for
     * @param onEnd told when a started run ends (not for rollbacks), outside the state lock
     */
    public RunScheduler(Db db, Map<String, Graph> graphs, Timeline timeline, Consumer<RunEnd> onEnd) {
        this(db, graphs, timeline, onEnd, false);
    }

    /**
     * Creates the scheduler, optionally holding every run until it is {@link #release released}.
     *
     * @param db the state
     * @param graphs the graphs by id
     * @param timeline the clock that delayed runs wait for
     * @param onEnd told when a started run ends (not for rollbacks), outside the state lock
     * @param holdRuns whether pending runs wait for {@link #release(RunRecord)} before they start
     */
    public RunScheduler(Db db, Map<String, Graph> graphs, Timeline timeline, Consumer<RunEnd> onEnd,
            boolean holdRuns) {
        this.db = db;
        this.executor = new RunExecutor(db, graphs);
        this.workers = Executors.newCachedThreadPool(DaemonThreads.named("langgraph-fake-run-"));
        this.timeline = timeline;
        this.onEnd = onEnd;
        this.holdRuns = holdRuns;
    }

    /**
     * Tells whether pending runs wait for {@link #release(RunRecord)}.
     *
     * @return {@code true} in the testkit's manual mode
     */
    public boolean holdsRuns() {
        return holdRuns;
    }

    /**
     * Lets a held run start, with the pending runs queued before it on its thread (they go first, FIFO), and
     * starts the thread's next run if none is running. Does nothing when runs are not held.
     *
     * @param run the run
     */
    public void release(RunRecord run) {
        if (!holdRuns) {
            return;
        }
        db.run(() -> {
            for (RunRecord r : db.runs.values()) {
                if (r.threadId.equals(run.threadId) && "pending".equals(r.status)) {
                    released.add(r.runId);
                }
                if (r == run) {
                    break;
                }
            }
        });
        kick(run.threadId);
    }

    /**
     * Tells whether a pending run waits for {@link #release(RunRecord)}.
     *
     * @param run the run
     * @return {@code true} if runs are held and this one is not released
     */
    public boolean isHeld(RunRecord run) {
        return holdRuns && !released.contains(run.runId);
    }

    /**
     * Starts the next run of a thread if none is running.
     *
     * @param threadId the thread
     */
    public void kick(String threadId) {
        RunRecord run = db.tx(() -> {
            RunRecord first = null;
            for (RunRecord r : db.runs.values()) {
                if (!r.threadId.equals(threadId)) {
                    continue;
                }
                if ("running".equals(r.status)) {
                    return null;
                }
                if ("pending".equals(r.status) && first == null) {
                    first = r;
                }
            }
            if (first == null || isHeld(first)) {
                return null;
            }
            if (first.startAt.isAfter(db.clock.current())) {
                timeline.schedule(first.startAt, () -> kick(threadId));
                return null;
            }
            first.status = "running";
            first.updatedAt = db.clock.now();
            first.startedAt = first.updatedAt;
            return first;
        });
        if (run != null) {
            try {
                workers.execute(() -> finish(run, executor.execute(run)));
            } catch (RejectedExecutionException closed) {
                finish(run, RunExecutor.INTERRUPTED);
            }
        }
    }

    /**
     * Cancels an in-flight run: a pending run ends at once ({@code interrupted}, or deleted for rollback); a
     * running run is signalled and stops at its next step boundary or cancellable sleep.
     *
     * @param run the run
     * @param action {@code interrupt} or {@code rollback}
     */
    public void cancel(RunRecord run, String action) {
        db.run(() -> {
            run.control.cancel(action);
            if ("pending".equals(run.status)) {
                finish(run, "rollback".equals(action) ? RunExecutor.ROLLBACK : RunExecutor.INTERRUPTED);
            }
        });
    }

    private void finish(RunRecord run, String outcome) {
        released.remove(run.runId);
        RunEnd end = db.tx(() -> record(run, outcome));
        run.events.close();
        run.done.complete(null);
        if (end != null) {
            onEnd.accept(end);
        }
        kick(run.threadId);
    }

    /** Records a run's outcome; returns what the end listener is told, {@code null} if nothing. */
    private RunEnd record(RunRecord run, String outcome) {
        ThreadRecord thread = db.threads.get(run.threadId);
        if (RunExecutor.ROLLBACK.equals(outcome)) {
            db.runs.remove(run.runId);
            if (thread != null) {
                thread.checkpoints.removeIf(c -> run.runId.equals(c.runId));
            }
        } else if (db.runs.containsKey(run.runId)) {
            run.status = outcome;
            run.updatedAt = db.clock.now();
        }
        if (thread == null) {
            return null;
        }
        ThreadStatus.settle(db, thread, RunExecutor.ERROR.equals(outcome) ? run.error : null);
        RunEnd end = null;
        if (run.startedAt != null) {
            thread.events.append("metadata", Json.write(Json.obj("status", "run_done", "run_id", run.runId)));
            if (!RunExecutor.ROLLBACK.equals(outcome)) {
                end = new RunEnd(run, run.toJson(), thread.values == null ? null : Json.copyMap(thread.values),
                        run.updatedAt);
            }
        }
        if (run.temporary && run.deleteThreadWhenDone && !"busy".equals(thread.status)) {
            db.threads.remove(thread.threadId);
            thread.events.close();
            db.runs.values().removeIf(r -> r.threadId.equals(thread.threadId));
        }
        return end;
    }

    /** Cancels every in-flight run and stops the worker threads. */
    @Override
    public void close() {
        List<RunRecord> inFlight = db.tx(() -> db.inFlightRuns(null));
        inFlight.forEach(r -> r.control.cancel("interrupt"));
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        inFlight.forEach(r -> {
            r.events.close();
            r.done.complete(null);
        });
    }

}
