package dev.langgraph.client.threads;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A thread field that a search may return ({@code select}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class ThreadSelectField extends OpenEnum {

    /** The thread id. */
    public static final ThreadSelectField THREAD_ID = new ThreadSelectField("thread_id");
    /** Creation time. */
    public static final ThreadSelectField CREATED_AT = new ThreadSelectField("created_at");
    /** Last update time. */
    public static final ThreadSelectField UPDATED_AT = new ThreadSelectField("updated_at");
    /** Last state change (JS SDK). */
    public static final ThreadSelectField STATE_UPDATED_AT = new ThreadSelectField("state_updated_at");
    /** The metadata. */
    public static final ThreadSelectField METADATA = new ThreadSelectField("metadata");
    /** The configuration. */
    public static final ThreadSelectField CONFIG = new ThreadSelectField("config");
    /** The static context. */
    public static final ThreadSelectField CONTEXT = new ThreadSelectField("context");
    /** The status. */
    public static final ThreadSelectField STATUS = new ThreadSelectField("status");
    /** The current state values. */
    public static final ThreadSelectField VALUES = new ThreadSelectField("values");
    /** Pending interrupts by task. */
    public static final ThreadSelectField INTERRUPTS = new ThreadSelectField("interrupts");

    private static final Map<String, ThreadSelectField> KNOWN = Stream.of(
            THREAD_ID, CREATED_AT, UPDATED_AT, STATE_UPDATED_AT, METADATA, CONFIG, CONTEXT, STATUS, VALUES,
            INTERRUPTS)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private ThreadSelectField(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static ThreadSelectField of(String value) {
        ThreadSelectField known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new ThreadSelectField(value);
    }
}
