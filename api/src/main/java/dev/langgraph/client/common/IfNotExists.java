package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a run does when its thread does not exist ({@code if_not_exists}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class IfNotExists extends OpenEnum {

    /** Create the thread. */
    public static final IfNotExists CREATE = new IfNotExists("create");
    /** Fail (the default). */
    public static final IfNotExists REJECT = new IfNotExists("reject");

    private static final Map<String, IfNotExists> KNOWN = Stream.of(CREATE, REJECT)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private IfNotExists(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static IfNotExists of(String value) {
        IfNotExists known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new IfNotExists(value);
    }
}
