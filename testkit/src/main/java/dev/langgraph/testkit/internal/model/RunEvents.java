package dev.langgraph.testkit.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An append-only SSE event log (ids 0, 1, 2, ... in order) that streams read while it grows: the full log of one run,
 * or of one thread (every run's events, run ends and state updates), to which a run's log can copy its events.
 * Thread-safe.
 */
public final class RunEvents {

    /**
     * One SSE event.
     *
     * @param id the index in the log
     * @param name the event name ({@code values}, {@code updates|inner:<task>}, ...)
     * @param data the compact JSON data
     */
    public record Event(int id, String name, String data) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Event> events = new ArrayList<>();
    private boolean closed;
    private volatile RunEvents mirror;

    /**
     * Appends an event; ignored once closed.
     *
     * @param name the event name
     * @param data the JSON data
     */
    public void append(String name, String data) {
        boolean appended = false;
        lock.lock();
        try {
            if (!closed) {
                events.add(new Event(events.size(), name, data));
                changed.signalAll();
                appended = true;
            }
        } finally {
            lock.unlock();
        }
        RunEvents copy = mirror;
        if (appended && copy != null) {
            copy.append(name, data);
        }
    }

    /**
     * Copies every event appended from now on to another log as well (a run's events to its thread's log).
     *
     * @param target the other log
     */
    public void mirrorTo(RunEvents target) {
        this.mirror = target;
    }

    /** Marks the log complete: readers get the rest and then the end. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the number of events so far.
     *
     * @return the count (the id of the next event)
     */
    public int size() {
        lock.lock();
        try {
            return events.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether the log is complete.
     *
     * @return whether {@link #close()} was called
     */
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until an event with index {@code >= from} exists or the log is closed, at most {@code timeoutMillis}.
     *
     * @param from the first index wanted
     * @param timeoutMillis the longest wait
     * @return the events from {@code from} (empty on timeout or at the end; check {@link #isClosed()})
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public List<Event> await(int from, long timeoutMillis) throws InterruptedException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (events.size() <= from && !closed && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            return events.size() > from ? List.copyOf(events.subList(from, events.size())) : List.of();
        } finally {
            lock.unlock();
        }
    }
}
