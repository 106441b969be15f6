package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.RunRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The test controls over background runs: run the pending ones to completion one at a time, in creation order, and
 * wait until no run is pending or running. Waits on the runs' completion futures, never by polling.
 */
public final class RunDrain {

    /**
     * What {@link #runPending(Duration)} did.
     *
     * @param completed how many runs it started (or waited for) and saw end
     * @param stillActive descriptions of the runs still in flight when time ran out; empty when it finished
     */
    public record Outcome(int completed, List<String> stillActive) {
    }

    private final Db db;
    private final RunScheduler scheduler;

    /**
     * Creates the control.
     *
     * @param db the state
     * @param scheduler the scheduler that starts runs
     */
    public RunDrain(Db db, RunScheduler scheduler) {
        this.db = db;
        this.scheduler = scheduler;
    }

    /**
     * Releases the oldest pending run that can start now and waits for it to end, then the next, until none is
     * left. A run whose thread's first pending run is not due yet ({@code after_seconds} on a clock that has not
     * got there) is left pending, with the runs queued behind it on its thread.
     *
     * @param timeout the longest time for all of it
     * @return how many runs ended, and what was still in flight if time ran out
     * @throws IllegalStateException if the calling thread is interrupted
     */
    public Outcome runPending(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int completed = 0;
        while (true) {
            RunRecord next = db.tx(this::nextStartable);
            if (next == null) {
                return new Outcome(completed, List.of());
            }
            scheduler.release(next);
            if (!await(next.done, deadline)) {
                return new Outcome(completed, describeInFlight());
            }
            completed++;
        }
    }

    /**
     * Waits until no run is pending or running.
     *
     * @param timeout the longest wait
     * @return descriptions of the runs still in flight when time ran out; empty when idle
     * @throws IllegalStateException if the calling thread is interrupted
     */
    public List<String> awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RunRecord> inFlight = db.tx(() -> db.inFlightRuns(null));
            if (inFlight.isEmpty()) {
                return List.of();
            }
            CompletableFuture<?> any = CompletableFuture.anyOf(
                    inFlight.stream().map(r -> r.done).toArray(CompletableFuture[]::new));
            if (!await(any, deadline)) {
                return describeInFlight(); // empty if the last run ended just now
            }
        }
    }

    /** The first pending run (creation order) that is its thread's next run and is due; call with the lock held. */
    private RunRecord nextStartable() {
        Set<String> seenThreads = new HashSet<>();
        for (RunRecord r : db.runs.values()) {
            if (!"pending".equals(r.status) || !seenThreads.add(r.threadId)) {
                continue;
            }
            if (!r.startAt.isAfter(db.clock.current())) {
                return r;
            }
        }
        return null;
    }

    /** Waits for a future until the deadline; {@code false} if time ran out. */
    private static boolean await(CompletableFuture<?> future, long deadline) {
        long left = deadline - System.nanoTime();
        try {
            future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // ended anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for runs to end", e);
        }
    }

    private List<String> describeInFlight() {
        return db.tx(() -> {
            List<String> out = new ArrayList<>();
            for (RunRecord r : db.inFlightRuns(null)) {
                out.add(describe(r));
            }
            return out;
        });
    }

    private String describe(RunRecord r) {
        String state;
        if ("running".equals(r.status)) {
            state = "running";
        } else if (scheduler.isHeld(r)) {
            state = "pending, held until runPendingRuns() (BackgroundRuns.MANUAL)";
        } else if (r.startAt.isAfter(db.clock.current())) {
            state = "pending until " + r.startAt + " (after_seconds)";
        } else {
            state = "pending behind another run of its thread";
        }
        return "run " + r.runId + " of graph '" + r.graphId + "' on thread " + r.threadId + ": " + state;
    }
}
