package dev.langgraph.testkit.internal.model;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The cancel signal of one run: set once by a cancel, read by the executing graph. Thread-safe. */
public final class RunControl {

    private final CountDownLatch cancelled = new CountDownLatch(1);
    private volatile String action;

    /**
     * Requests cancellation; the first action wins.
     *
     * @param action {@code interrupt} or {@code rollback}
     */
    public synchronized void cancel(String action) {
        if (this.action == null) {
            this.action = action;
        }
        cancelled.countDown();
    }

    /**
     * Returns the requested action.
     *
     * @return {@code interrupt}, {@code rollback}, or {@code null} when not cancelled
     */
    public String action() {
        return action;
    }

    /**
     * Tells whether cancellation was requested.
     *
     * @return whether {@link #cancel(String)} was called
     */
    public boolean isCancelled() {
        return action != null;
    }

    /**
     * Sleeps unless cancelled.
     *
     * @param duration how long
     * @return {@code true} if the sleep ended because of a cancel
     */
    public boolean sleep(Duration duration) {
        try {
            return cancelled.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
