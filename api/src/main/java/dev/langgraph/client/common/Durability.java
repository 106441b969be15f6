package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** When a run's checkpoints are persisted. Open: a value unknown to this SDK version is kept as is. */
public final class Durability extends OpenEnum {

    /** Persist each checkpoint before the next step starts. */
    public static final Durability SYNC = new Durability("sync");
    /** Persist checkpoints in the background while the next step runs. */
    public static final Durability ASYNC = new Durability("async");
    /** Persist only when the run exits. */
    public static final Durability EXIT = new Durability("exit");

    private static final Map<String, Durability> KNOWN = Stream.of(SYNC, ASYNC, EXIT)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private Durability(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static Durability of(String value) {
        Durability known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new Durability(value);
    }
}
