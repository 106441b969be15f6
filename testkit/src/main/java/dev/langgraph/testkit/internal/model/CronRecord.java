package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.Map;

/** A stored cron: its schedule and the run it creates when due. Guarded by the {@link Db} lock. */
public final class CronRecord {

    /** The cron id. */
    public final String cronId;
    /** The resolved assistant. */
    public final String assistantId;
    /** The thread its runs go to, {@code null} for a new thread each time. */
    public final String threadId;
    /** When it was created. */
    public final Instant createdAt;
    /** When it last changed. */
    public Instant updatedAt;
    /** The 5-field cron expression. */
    public String schedule;
    /** The IANA time zone of the schedule, {@code null} for UTC. */
    public String timezone;
    /** After this instant it no longer fires, {@code null} for never. */
    public Instant endTime;
    /** Whether it fires. */
    public boolean enabled;
    /** {@code delete} or {@code keep} (stateless crons: what happens to each run's thread), else {@code null}. */
    public String onRunCompleted;
    /** The run creation body (assistant id resolved, {@code config.configurable.cron_id} set). */
    public Map<String, Object> payload;
    /** Its metadata. */
    public Map<String, Object> metadata;
    /** When it fires next, {@code null} if the schedule has no next time. */
    public Instant nextRunDate;
    /** The identity of the user who created it (its firings run as that user), {@code null} without auth. */
    public String userId;

    /**
     * Creates the record; the caller sets the schedule fields.
     *
     * @param cronId the id
     * @param assistantId the assistant
     * @param threadId the thread, or {@code null}
     * @param createdAt the creation time
     */
    public CronRecord(String cronId, String assistantId, String threadId, Instant createdAt) {
        this.cronId = cronId;
        this.assistantId = assistantId;
        this.threadId = threadId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Renders the API's {@code Cron}.
     *
     * @return a fresh JSON map
     */
    public Map<String, Object> toJson() {
        return Json.obj("cron_id", cronId, "assistant_id", assistantId, "thread_id", threadId,
                "on_run_completed", onRunCompleted, "end_time", endTime == null ? null : ServerClock.format(endTime),
                "schedule", schedule, "timezone", timezone, "created_at", ServerClock.format(createdAt),
                "updated_at", ServerClock.format(updatedAt), "user_id", userId, "payload", Json.copy(payload),
                "next_run_date", nextRunDate == null ? null : ServerClock.format(nextRunDate),
                "metadata", Json.copy(metadata), "enabled", enabled);
    }
}
