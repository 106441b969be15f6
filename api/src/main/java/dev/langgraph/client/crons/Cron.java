package dev.langgraph.client.crons;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.OnCompletionBehavior;
import java.time.Instant;
import java.util.Map;

/** A cron job: a run payload that the server starts on a schedule, on a thread or on a new thread each time. */
public final class Cron extends ApiObject {

    private Cron(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the cron
     * @throws NullPointerException if {@code fields} is null
     */
    public static Cron fromMap(Map<String, ?> fields) {
        return new Cron(fields);
    }

    /**
     * The cron id.
     *
     * @return {@code cron_id}, or null
     */
    public String cronId() {
        return string("cron_id");
    }

    /**
     * The assistant each run uses.
     *
     * @return {@code assistant_id}, or null
     */
    public String assistantId() {
        return string("assistant_id");
    }

    /**
     * The thread the runs go to; null when each run gets a new thread.
     *
     * @return {@code thread_id}, or null
     */
    public String threadId() {
        return string("thread_id");
    }

    /**
     * What happens to a run's new thread once the run completes.
     *
     * @return {@code on_run_completed}, or null
     */
    public OnCompletionBehavior onRunCompleted() {
        String behavior = string("on_run_completed");
        return behavior == null ? null : OnCompletionBehavior.of(behavior);
    }

    /**
     * When the schedule stops.
     *
     * @return {@code end_time}, or null when it never stops
     */
    public Instant endTime() {
        return instant("end_time");
    }

    /**
     * The cron expression, such as {@code 0 9 * * 1-5}.
     *
     * @return {@code schedule}, or null
     */
    public String schedule() {
        return string("schedule");
    }

    /**
     * The IANA time zone of the schedule.
     *
     * @return {@code timezone}, or null, which means UTC
     */
    public String timezone() {
        return string("timezone");
    }

    /**
     * When the cron was created.
     *
     * @return {@code created_at}, or null
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * When the cron last changed.
     *
     * @return {@code updated_at}, or null
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * The run request each scheduled run is created from.
     *
     * @return {@code payload}, or null
     */
    public Map<String, Object> payload() {
        return map("payload");
    }

    /**
     * The user that owns the cron.
     *
     * @return {@code user_id}, or null
     */
    public String userId() {
        return string("user_id");
    }

    /**
     * When the next run is due.
     *
     * @return {@code next_run_date}, or null
     */
    public Instant nextRunDate() {
        return instant("next_run_date");
    }

    /**
     * The cron's metadata.
     *
     * @return {@code metadata}, or null
     */
    public Map<String, Object> metadata() {
        return map("metadata");
    }

    /**
     * Whether the cron is active.
     *
     * @return {@code enabled}, or null
     */
    public Boolean enabled() {
        return bool("enabled");
    }
}
