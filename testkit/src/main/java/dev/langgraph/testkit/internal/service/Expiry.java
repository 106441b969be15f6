package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.StoreItem;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import dev.langgraph.testkit.internal.model.Ttl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enforces TTLs: a thread with {@code ttl} is deleted (with its runs) and a store item with {@code ttl} disappears
 * once the clock passes its expiry. One sweep is scheduled on the clock for the earliest expiry; each sweep deletes
 * what expired and schedules the next, so re-armed TTLs cost nothing extra.
 */
public final class Expiry {

    private final ServerContext ctx;
    private final Db db;
    /** The earliest scheduled sweep, guarded by the {@link Db} lock. */
    private Instant pending;

    Expiry(ServerContext ctx) {
        this.ctx = ctx;
        this.db = ctx.db;
    }

    /**
     * (Re)arms a thread's TTL from now, if it has one; call with the lock held.
     *
     * @param thread the thread
     */
    public void armThread(ThreadRecord thread) {
        Object minutes = thread.ttl == null ? null : thread.ttl.get("ttl");
        thread.expiresAt = minutes instanceof Number
                ? Ttl.expiry(db.clock.current(), ((Number) minutes).doubleValue()) : null;
        sweepAt(thread.expiresAt);
    }

    /**
     * Makes sure a sweep happens at an expiry; call with the lock held.
     *
     * @param expiresAt the expiry, {@code null} for none
     */
    public void sweepAt(Instant expiresAt) {
        if (expiresAt != null && (pending == null || expiresAt.isBefore(pending))) {
            pending = expiresAt;
            ctx.timeline.schedule(expiresAt, this::sweep);
        }
    }

    private void sweep() {
        db.run(() -> {
            pending = null;
            Instant now = db.clock.current();
            List<String> threads = new ArrayList<>();
            Instant next = null;
            for (ThreadRecord t : db.threads.values()) {
                if (Ttl.expired(t.expiresAt, now)) {
                    threads.add(t.threadId);
                } else {
                    next = earliest(next, t.expiresAt);
                }
            }
            threads.forEach(ctx::deleteThread);
            for (Map.Entry<String, StoreItem> e : new ArrayList<>(db.store.entrySet())) {
                if (Ttl.expired(e.getValue().expiresAt(), now)) {
                    db.store.remove(e.getKey());
                } else {
                    next = earliest(next, e.getValue().expiresAt());
                }
            }
            sweepAt(next);
        });
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }
}
