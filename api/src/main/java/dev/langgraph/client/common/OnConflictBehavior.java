package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What to do when creating something whose id already exists ({@code if_exists}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class OnConflictBehavior extends OpenEnum {

    /** Fail with a conflict error. */
    public static final OnConflictBehavior RAISE = new OnConflictBehavior("raise");
    /** Return the existing one unchanged. */
    public static final OnConflictBehavior DO_NOTHING = new OnConflictBehavior("do_nothing");

    private static final Map<String, OnConflictBehavior> KNOWN = Stream.of(RAISE, DO_NOTHING)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private OnConflictBehavior(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static OnConflictBehavior of(String value) {
        OnConflictBehavior known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new OnConflictBehavior(value);
    }
}
