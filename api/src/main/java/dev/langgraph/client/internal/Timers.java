package dev.langgraph.client.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon timer thread for the whole SDK. Timer tasks only hand work to other executors, so one thread is
 * enough however many clients exist, and it never keeps the JVM alive.
 */
public final class Timers {

    private static final ScheduledExecutorService TIMER = create();

    private Timers() {
    }

    private static ScheduledExecutorService create() {
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            java.lang.Thread t = new java.lang.Thread(r, "langgraph-sdk-timer");
            t.setDaemon(true);
            return t;
        });
        ex.setRemoveOnCancelPolicy(true);
        return ex;
    }

    /**
     * Runs a short task after a delay.
     *
     * @param delay the delay
     * @param task the task; it must not block
     * @return a handle to cancel it
     */
    public static ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return TIMER.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
}
