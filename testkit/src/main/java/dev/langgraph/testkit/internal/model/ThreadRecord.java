package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored thread with its checkpoints. Guarded by the {@link Db} lock. */
public final class ThreadRecord {

    /** The thread id. */
    public final String threadId;
    /** When it was created. */
    public final Instant createdAt;
    /** When it last changed. */
    public Instant updatedAt;
    /** When its state last changed. */
    public Instant stateUpdatedAt;
    /** Its metadata. */
    public Map<String, Object> metadata = new LinkedHashMap<>();
    /** Its config. */
    public Map<String, Object> config = new LinkedHashMap<>();
    /** {@code idle}, {@code busy}, {@code interrupted} or {@code error}. */
    public String status = "idle";
    /** The latest state values, {@code null} before any. */
    public Map<String, Object> values;
    /** Pending interrupts by task id. */
    public Map<String, Object> interrupts = new LinkedHashMap<>();
    /** The last run's error, {@code null} if none. */
    public Map<String, Object> error;
    /** The TTL setting as given, or {@code null}. */
    public Map<String, Object> ttl;
    /** When the TTL deletes the thread, or {@code null}. */
    public Instant expiresAt;
    /** Whether it was created for a stateless run. */
    public boolean temporary;
    /** Checkpoints in the order written (the last one is the latest). */
    public final List<CheckpointRecord> checkpoints = new ArrayList<>();
    /** The thread stream's log: its runs' events, their ends and state updates. */
    public final RunEvents events = new RunEvents();

    /**
     * Creates an idle thread.
     *
     * @param threadId the id
     * @param createdAt the creation time
     */
    public ThreadRecord(String threadId, Instant createdAt) {
        this.threadId = threadId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.stateUpdatedAt = createdAt;
    }

    /**
     * Returns the latest checkpoint.
     *
     * @return the checkpoint, or {@code null} when the thread has none
     */
    public CheckpointRecord latest() {
        return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
    }

    /**
     * Finds a checkpoint.
     *
     * @param checkpointId the id
     * @return the checkpoint, or {@code null}
     */
    public CheckpointRecord checkpoint(String checkpointId) {
        for (CheckpointRecord c : checkpoints) {
            if (c.checkpointId.equals(checkpointId)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Sets {@link #values} and {@link #interrupts} from the latest checkpoint.
     */
    public void syncFromLatest() {
        CheckpointRecord latest = latest();
        values = latest == null ? null : Json.copyMap(latest.values);
        interrupts = new LinkedHashMap<>();
        if (latest != null) {
            latest.interrupts.forEach((task, list) -> interrupts.put(task, Json.copy(list)));
        }
    }

    /**
     * Renders the API's {@code Thread}.
     *
     * @param withTtl whether to include {@code ttl} ({@code ?include=ttl})
     * @return a fresh JSON map
     */
    public Map<String, Object> toJson(boolean withTtl) {
        Map<String, Object> m = Json.obj("thread_id", threadId, "created_at", ServerClock.format(createdAt),
                "updated_at", ServerClock.format(updatedAt), "state_updated_at", ServerClock.format(stateUpdatedAt),
                "metadata", Json.copy(metadata), "status", status, "config", Json.copy(config),
                "values", Json.copy(values), "interrupts", Json.copy(interrupts));
        if (error != null) {
            m.put("error", Json.copy(error));
        }
        if (withTtl) {
            m.put("ttl", Json.copy(ttl));
        }
        return m;
    }
}
