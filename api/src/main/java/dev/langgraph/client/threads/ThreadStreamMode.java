package dev.langgraph.client.threads;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a thread join stream emits ({@code stream_mode} of {@code GET /threads/{id}/stream}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class ThreadStreamMode extends OpenEnum {

    /** The events of the thread's runs, plus run-done events. */
    public static final ThreadStreamMode RUN_MODES = new ThreadStreamMode("run_modes");
    /** Run start and end only. */
    public static final ThreadStreamMode LIFECYCLE = new ThreadStreamMode("lifecycle");
    /** State updates on the thread. */
    public static final ThreadStreamMode STATE_UPDATE = new ThreadStreamMode("state_update");

    private static final Map<String, ThreadStreamMode> KNOWN = Stream.of(RUN_MODES, LIFECYCLE, STATE_UPDATE)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private ThreadStreamMode(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static ThreadStreamMode of(String value) {
        ThreadStreamMode known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new ThreadStreamMode(value);
    }
}
