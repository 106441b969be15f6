package dev.langgraph.transport.vertx.internal;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The read timeout of a response body: fires when no chunk has arrived for the timeout while the body was
 * waiting for the network.
 *
 * <p>Vert.x's own idle timeout of a request stops at the response head, so the silence between body chunks (the
 * gap that matters on a quiet event stream) needs this one. It is a single Vert.x timer, re-armed for the time
 * left rather than on every chunk. Time the body spends paused because its subscriber is slow does not count:
 * that is back-pressure, not a silent server.
 */
final class IdleTimer {

    private final Vertx vertx;
    private final long timeoutNanos;
    private final BooleanSupplier waitingForNetwork;
    private final Runnable onTimeout;

    private volatile long lastProgress;
    private volatile long timerId = -1;
    private volatile boolean stopped;

    /**
     * Creates a timer; {@link #start()} arms it.
     *
     * @param vertx the Vert.x instance whose timers to use
     * @param timeout the longest silence allowed, positive
     * @param waitingForNetwork whether silence counts at the moment
     * @param onTimeout called once, on an event loop, when the timeout expires
     */
    IdleTimer(Vertx vertx, Duration timeout, BooleanSupplier waitingForNetwork, Runnable onTimeout) {
        this.vertx = vertx;
        this.timeoutNanos = timeout.toNanos();
        this.waitingForNetwork = waitingForNetwork;
        this.onTimeout = onTimeout;
    }

    /** Arms the timer for one full timeout from now. */
    void start() {
        progress();
        schedule(timeoutNanos);
    }

    /** Something arrived, or the body starts waiting again: the silence starts over. */
    void progress() {
        lastProgress = System.nanoTime();
    }

    /** Disarms the timer for good. Idempotent; any thread. */
    void stop() {
        stopped = true;
        long id = timerId;
        if (id != -1) {
            vertx.cancelTimer(id);
        }
    }

    private void schedule(long delayNanos) {
        if (stopped) {
            return;
        }
        // Vert.x timers have millisecond resolution and refuse a delay under one.
        long delayMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(delayNanos + 999_999));
        timerId = vertx.setTimer(delayMillis, id -> check());
        if (stopped) {
            // stop() ran between the check above and the assignment, and missed this timer.
            vertx.cancelTimer(timerId);
        }
    }

    private void check() {
        if (stopped) {
            return;
        }
        long now = System.nanoTime();
        if (!waitingForNetwork.getAsBoolean()) {
            lastProgress = now;
            schedule(timeoutNanos);
            return;
        }
        long silence = now - lastProgress;
        if (silence >= timeoutNanos) {
            stopped = true;
            onTimeout.run();
        } else {
            schedule(timeoutNanos - silence);
        }
    }
}
