package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.DaemonThreads;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import dev.langgraph.testkit.internal.model.ThreadStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts runs as the Python server's workers do: per thread, the oldest pending run whose start time has come
 * runs once no other run of that thread is running (FIFO); each run executes on its own worker thread. Records
 * the outcome (run status, thread status, rollback, temporary threads) and starts the next run. Thread-safe.
 */
public final class RunScheduler implements AutoCloseable {

    private final Db db;
    private final RunExecutor executor;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    /**
     * Creates the scheduler.
     *
     * @param db the state
     * @param graphs the graphs by id
     */
    public RunScheduler(Db db, Map<String, Graph> graphs) {
        this.db = db;
        this.executor = new RunExecutor(db, graphs);
        this.workers = Executors.newCachedThreadPool(DaemonThreads.named("langgraph-fake-run-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("langgraph-fake-timer-"));
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
            if (first == null) {
                return null;
            }
            Instant now = db.clock.now();
            if (first.createdAt.isAfter(now)) {
                long delay = Duration.between(now, first.createdAt).toMillis() + 1;
                schedule(() -> kick(threadId), delay);
                return null;
            }
            first.status = "running";
            first.updatedAt = now;
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
        db.run(() -> {
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
                return;
            }
            ThreadStatus.settle(db, thread, RunExecutor.ERROR.equals(outcome) ? run.error : null);
            if (run.temporary && run.deleteThreadWhenDone && !"busy".equals(thread.status)) {
                db.threads.remove(thread.threadId);
                db.runs.values().removeIf(r -> r.threadId.equals(thread.threadId));
            }
        });
        run.events.close();
        run.done.complete(null);
        kick(run.threadId);
    }

    private void schedule(Runnable task, long delayMillis) {
        try {
            timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // shutting down
        }
    }

    /** Cancels every in-flight run and stops the worker threads. */
    @Override
    public void close() {
        List<RunRecord> inFlight = db.tx(() -> db.inFlightRuns(null));
        inFlight.forEach(r -> r.control.cancel("interrupt"));
        timer.shutdownNow();
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
