package dev.langgraph.testkit.internal.control;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The captured requests: the last {@code capacity} for inspection, and a queue from which tests take them in
 * arrival order (also bounded; the oldest untaken ones are dropped first). Thread-safe.
 */
public final class RequestLog {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Deque<CapturedRequest> history = new ArrayDeque<>();
    private final Deque<CapturedRequest> untaken = new ArrayDeque<>();
    private long count;

    /**
     * Creates the log.
     *
     * @param capacity how many requests to keep
     */
    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    /** Returns the number the next request gets. */
    long nextSequence() {
        lock.lock();
        try {
            return count++;
        } finally {
            lock.unlock();
        }
    }

    /** Records a request. */
    void add(CapturedRequest request) {
        lock.lock();
        try {
            bounded(history, request);
            bounded(untaken, request);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the oldest request not taken yet, waiting for one.
     *
     * @param timeout the longest wait, {@code null} for no limit
     * @return the request, or {@code null} on timeout
     * @throws InterruptedException if interrupted while waiting
     */
    public CapturedRequest take(Duration timeout) throws InterruptedException {
        long nanos = timeout == null ? Long.MAX_VALUE : timeout.toNanos();
        lock.lock();
        try {
            while (untaken.isEmpty()) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = timeout == null ? awaitForever() : arrived.awaitNanos(nanos);
            }
            return untaken.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the kept requests, oldest first.
     *
     * @return a snapshot
     */
    public List<CapturedRequest> recent() {
        lock.lock();
        try {
            return new ArrayList<>(history);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns how many requests arrived since the start (or the last {@link #clear()}).
     *
     * @return the count
     */
    public long count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every request and restarts the count. */
    public void clear() {
        lock.lock();
        try {
            history.clear();
            untaken.clear();
            count = 0;
        } finally {
            lock.unlock();
        }
    }

    private long awaitForever() throws InterruptedException {
        arrived.await();
        return Long.MAX_VALUE;
    }

    private void bounded(Deque<CapturedRequest> deque, CapturedRequest request) {
        deque.addLast(request);
        while (deque.size() > capacity) {
            deque.pollFirst();
        }
    }
}
