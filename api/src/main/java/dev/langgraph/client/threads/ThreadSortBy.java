package dev.langgraph.client.threads;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The field a thread search sorts by ({@code sort_by}). Open: a value unknown to this SDK version is kept as is. */
public final class ThreadSortBy extends OpenEnum {

    /** The thread id. */
    public static final ThreadSortBy THREAD_ID = new ThreadSortBy("thread_id");
    /** The status. */
    public static final ThreadSortBy STATUS = new ThreadSortBy("status");
    /** Creation time. */
    public static final ThreadSortBy CREATED_AT = new ThreadSortBy("created_at");
    /** Last update time. */
    public static final ThreadSortBy UPDATED_AT = new ThreadSortBy("updated_at");
    /** Last state change. */
    public static final ThreadSortBy STATE_UPDATED_AT = new ThreadSortBy("state_updated_at");

    private static final Map<String, ThreadSortBy> KNOWN = Stream.of(
            THREAD_ID, STATUS, CREATED_AT, UPDATED_AT, STATE_UPDATED_AT)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private ThreadSortBy(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static ThreadSortBy of(String value) {
        ThreadSortBy known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new ThreadSortBy(value);
    }
}
