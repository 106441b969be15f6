package dev.langgraph.testkit.internal.clock;

import java.time.Instant;

/**
 * Where the server reads the time and schedules work for later: delayed runs ({@code after_seconds}), cron firings
 * and TTL expiry. The wall clock in normal use, a test's manual clock otherwise, so that these happen only when the
 * test advances it.
 */
public interface Timeline extends AutoCloseable {

    /**
     * Returns the current instant.
     *
     * @return the instant
     */
    Instant now();

    /**
     * Runs a task once the time has reached an instant (on some other thread, or, for a manual clock, in the call
     * that advances it there). A task that is due already runs as soon as possible.
     *
     * @param at when to run it
     * @param task the task; it must not block for long
     */
    void schedule(Instant at, Runnable task);

    /** Drops the scheduled tasks and stops the timer. */
    @Override
    void close();

    /**
     * Runs a scheduled task, logging instead of propagating its failure (a timer must survive a failing task).
     *
     * @param task the task
     */
    static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            System.getLogger(Timeline.class.getName()).log(System.Logger.Level.WARNING,
                    "A scheduled task of the fake LangGraph server failed", e);
        }
    }
}
