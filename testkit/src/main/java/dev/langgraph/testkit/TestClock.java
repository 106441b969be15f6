package dev.langgraph.testkit;

import dev.langgraph.testkit.internal.clock.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A manual clock for {@link FakeLangGraphServer.Builder#clock(TestClock)}: the server's time stands still until the
 * test advances it, so crons, {@code after_seconds} and TTLs happen exactly when the test says and no test waits for
 * wall time.
 *
 * <pre>{@code
 * TestClock clock = TestClock.startingAt(Instant.parse("2025-01-01T00:00:00Z"));
 * FakeLangGraphServer server = FakeLangGraphServer.builder().clock(clock).start();
 * // create a cron with the schedule "0 * * * *" (hourly) ...
 * clock.advance(Duration.ofHours(3));   // fires it at 01:00, 02:00 and 03:00, in this call
 * }</pre>
 *
 * <p>Advancing walks through what falls due in time order and does it in the calling thread before returning: a cron
 * creates its run, a delayed run is started, an expired thread or store item is deleted. The runs themselves then
 * execute on the server's worker threads as usual (join them to wait). Graph nodes' {@code sleep} and SSE heartbeats
 * keep using real time. Thread-safe; one clock may serve several servers.
 */
public final class TestClock {

    private final Object advancing = new Object();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private Instant now;
    private long sequence;

    private TestClock(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Creates a clock standing at the current wall-clock second.
     *
     * @return the clock
     */
    public static TestClock create() {
        return new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Creates a clock standing at an instant.
     *
     * @param start the instant
     * @return the clock
     * @throws NullPointerException if {@code start} is null
     */
    public static TestClock startingAt(Instant start) {
        return new TestClock(Objects.requireNonNull(start, "start"));
    }

    /**
     * Returns the clock's instant.
     *
     * @return the instant
     */
    public synchronized Instant now() {
        return now;
    }

    /**
     * Moves the clock forward, doing what falls due on the way, each at its own instant.
     * {@code advance(Duration.ZERO)} does what is due already.
     *
     * @param amount how far
     * @throws IllegalArgumentException if negative
     */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The clock cannot go back: " + amount);
        }
        synchronized (advancing) {
            advanceTo(now().plus(amount));
        }
    }

    /**
     * Moves the clock forward to an instant, doing what falls due on the way.
     *
     * @param instant the target; an instant before {@link #now()} is rejected
     * @throws IllegalArgumentException if the instant is in the clock's past
     */
    public void advanceTo(Instant instant) {
        synchronized (advancing) {
            Instant target = instant.truncatedTo(ChronoUnit.MICROS);
            if (target.isBefore(now())) {
                throw new IllegalArgumentException("The clock cannot go back from " + now() + " to " + instant);
            }
            for (Task task = nextDue(target); task != null; task = nextDue(target)) {
                if (!task.owner.closed) {
                    Timeline.runLogged(task.action);
                }
            }
            synchronized (this) {
                now = target;
            }
        }
    }

    @Override
    public String toString() {
        return "TestClock[" + now() + "]";
    }

    /** Returns a timeline on this clock for one server; closing it drops that server's tasks. */
    Timeline timeline() {
        return new Owner();
    }

    private synchronized Task nextDue(Instant target) {
        Task next = tasks.peek();
        if (next == null || next.at.isAfter(target)) {
            return null;
        }
        tasks.poll();
        if (next.at.isAfter(now)) {
            now = next.at;
        }
        return next;
    }

    private synchronized void add(Owner owner, Instant at, Runnable action) {
        tasks.add(new Task(at, sequence++, owner, action));
    }

    /** One scheduled task, ordered by time, then by scheduling order. */
    private static final class Task implements Comparable<Task> {
        final Instant at;
        final long sequence;
        final Owner owner;
        final Runnable action;

        Task(Instant at, long sequence, Owner owner, Runnable action) {
            this.at = at;
            this.sequence = sequence;
            this.owner = owner;
            this.action = action;
        }

        @Override
        public int compareTo(Task o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** The timeline of one server. */
    private final class Owner implements Timeline {
        volatile boolean closed;

        @Override
        public Instant now() {
            return TestClock.this.now();
        }

        @Override
        public void schedule(Instant at, Runnable task) {
            if (!closed) {
                add(this, at, task);
            }
        }

        @Override
        public void close() {
            closed = true;
            synchronized (TestClock.this) {
                tasks.removeIf(t -> t.owner == this);
            }
        }
    }
}
