package dev.langgraph.client.crons;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A cron field that a search may return ({@code select}). Open: a value unknown to this SDK version is kept as is. */
public final class CronSelectField extends OpenEnum {

    /** The cron id. */
    public static final CronSelectField CRON_ID = new CronSelectField("cron_id");
    /** The assistant id. */
    public static final CronSelectField ASSISTANT_ID = new CronSelectField("assistant_id");
    /** The thread id. */
    public static final CronSelectField THREAD_ID = new CronSelectField("thread_id");
    /** The end of the schedule. */
    public static final CronSelectField END_TIME = new CronSelectField("end_time");
    /** The cron expression. */
    public static final CronSelectField SCHEDULE = new CronSelectField("schedule");
    /** The schedule's time zone. */
    public static final CronSelectField TIMEZONE = new CronSelectField("timezone");
    /** Creation time. */
    public static final CronSelectField CREATED_AT = new CronSelectField("created_at");
    /** Last update time. */
    public static final CronSelectField UPDATED_AT = new CronSelectField("updated_at");
    /** The owning user. */
    public static final CronSelectField USER_ID = new CronSelectField("user_id");
    /** The run payload. */
    public static final CronSelectField PAYLOAD = new CronSelectField("payload");
    /** The next scheduled run. */
    public static final CronSelectField NEXT_RUN_DATE = new CronSelectField("next_run_date");
    /** The metadata. */
    public static final CronSelectField METADATA = new CronSelectField("metadata");
    /** The server's current time. */
    public static final CronSelectField NOW = new CronSelectField("now");
    /** What happens to the thread after each run. */
    public static final CronSelectField ON_RUN_COMPLETED = new CronSelectField("on_run_completed");
    /** Whether the cron is active. */
    public static final CronSelectField ENABLED = new CronSelectField("enabled");

    private static final Map<String, CronSelectField> KNOWN = Stream.of(
            CRON_ID, ASSISTANT_ID, THREAD_ID, END_TIME, SCHEDULE, TIMEZONE, CREATED_AT, UPDATED_AT, USER_ID, PAYLOAD,
            NEXT_RUN_DATE, METADATA, NOW, ON_RUN_COMPLETED, ENABLED)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private CronSelectField(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static CronSelectField of(String value) {
        CronSelectField known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new CronSelectField(value);
    }
}
