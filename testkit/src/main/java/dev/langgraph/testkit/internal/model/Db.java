package dev.langgraph.testkit.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * All server state, in memory, behind one lock: simple, consistent (no lost writes, counts match lists), and fast
 * enough for tests. Long work (running nodes, waiting, writing to sockets) happens outside the lock.
 */
public final class Db {

    private final ReentrantLock lock = new ReentrantLock();
    /** The clock for timestamps and schedules. */
    public final ServerClock clock;
    /** Assistants by id, in creation order. */
    public final Map<String, AssistantRecord> assistants = new LinkedHashMap<>();
    /** Threads by id, in creation order. */
    public final Map<String, ThreadRecord> threads = new LinkedHashMap<>();
    /** Runs by id, in creation order. */
    public final Map<String, RunRecord> runs = new LinkedHashMap<>();
    /** Store items by {@link #storeKey(java.util.List, String)}, in first-write order. */
    public final Map<String, StoreItem> store = new LinkedHashMap<>();
    /** Crons by id, in creation order. */
    public final Map<String, CronRecord> crons = new LinkedHashMap<>();

    /**
     * Creates the empty state.
     *
     * @param clock the clock
     */
    public Db(ServerClock clock) {
        this.clock = clock;
    }

    /**
     * Runs an action holding the lock.
     *
     * @param action the action
     * @param <T> the result type
     * @return the action's result
     */
    public <T> T tx(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs an action holding the lock.
     *
     * @param action the action
     */
    public void run(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the pending or running runs, of one thread or of all; call with the lock held.
     *
     * @param threadId the thread, or {@code null} for every thread
     * @return the runs in creation order
     */
    public List<RunRecord> inFlightRuns(String threadId) {
        List<RunRecord> list = new ArrayList<>();
        for (RunRecord r : runs.values()) {
            if (r.inFlight() && (threadId == null || r.threadId.equals(threadId))) {
                list.add(r);
            }
        }
        return list;
    }

    /**
     * Returns the map key of a store item.
     *
     * @param namespace the labels
     * @param key the key
     * @return a key unique for the pair
     */
    public static String storeKey(List<String> namespace, String key) {
        return String.join("\u0000", namespace) + "\u0001" + key;
    }
}
