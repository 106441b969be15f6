package dev.langgraph.client.threads;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The status of a thread. Open: a value unknown to this SDK version is kept as is. */
public final class ThreadStatus extends OpenEnum {

    /** No run is active. */
    public static final ThreadStatus IDLE = new ThreadStatus("idle");
    /** A run is active. */
    public static final ThreadStatus BUSY = new ThreadStatus("busy");
    /** The last run stopped at an interrupt and waits to be resumed. */
    public static final ThreadStatus INTERRUPTED = new ThreadStatus("interrupted");
    /** The last run failed. */
    public static final ThreadStatus ERROR = new ThreadStatus("error");

    private static final Map<String, ThreadStatus> KNOWN = Stream.of(IDLE, BUSY, INTERRUPTED, ERROR)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private ThreadStatus(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static ThreadStatus of(String value) {
        ThreadStatus known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new ThreadStatus(value);
    }
}
