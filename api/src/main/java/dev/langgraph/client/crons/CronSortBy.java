package dev.langgraph.client.crons;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The field a cron search sorts by ({@code sort_by}). Open: a value unknown to this SDK version is kept as is. */
public final class CronSortBy extends OpenEnum {

    /** The cron id. */
    public static final CronSortBy CRON_ID = new CronSortBy("cron_id");
    /** The assistant id. */
    public static final CronSortBy ASSISTANT_ID = new CronSortBy("assistant_id");
    /** The thread id. */
    public static final CronSortBy THREAD_ID = new CronSortBy("thread_id");
    /** Creation time. */
    public static final CronSortBy CREATED_AT = new CronSortBy("created_at");
    /** Last update time. */
    public static final CronSortBy UPDATED_AT = new CronSortBy("updated_at");
    /** The next scheduled run. */
    public static final CronSortBy NEXT_RUN_DATE = new CronSortBy("next_run_date");
    /** The end of the schedule (Python SDK only). */
    public static final CronSortBy END_TIME = new CronSortBy("end_time");

    private static final Map<String, CronSortBy> KNOWN = Stream.of(
            CRON_ID, ASSISTANT_ID, THREAD_ID, CREATED_AT, UPDATED_AT, NEXT_RUN_DATE, END_TIME)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private CronSortBy(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static CronSortBy of(String value) {
        CronSortBy known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new CronSortBy(value);
    }
}
