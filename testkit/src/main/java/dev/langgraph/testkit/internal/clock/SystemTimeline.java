package dev.langgraph.testkit.internal.clock;

import dev.langgraph.testkit.internal.DaemonThreads;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The wall clock with one daemon timer thread. Thread-safe. */
public final class SystemTimeline implements Timeline {

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("langgraph-fake-timer-"));

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void schedule(Instant at, Runnable task) {
        long nanos = Math.max(0, Duration.between(Instant.now(), at).toNanos());
        try {
            timer.schedule(() -> Timeline.runLogged(task), nanos + TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // shutting down
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
