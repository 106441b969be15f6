package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What happens to a thread when its run completes. Python uses {@code delete}/{@code keep} (runs and crons); the JS SDK
 * uses {@code complete}/{@code continue} for runs. All four are listed; the enum is open anyway.
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class OnCompletionBehavior extends OpenEnum {

    /** Delete the thread once the run completes. */
    public static final OnCompletionBehavior DELETE = new OnCompletionBehavior("delete");
    /** Keep the thread. */
    public static final OnCompletionBehavior KEEP = new OnCompletionBehavior("keep");
    /** JS spelling: end the thread once the run completes. */
    public static final OnCompletionBehavior COMPLETE = new OnCompletionBehavior("complete");
    /** JS spelling: keep the thread going. */
    public static final OnCompletionBehavior CONTINUE = new OnCompletionBehavior("continue");

    private static final Map<String, OnCompletionBehavior> KNOWN = Stream.of(DELETE, KEEP, COMPLETE, CONTINUE)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private OnCompletionBehavior(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static OnCompletionBehavior of(String value) {
        OnCompletionBehavior known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new OnCompletionBehavior(value);
    }
}
