package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the server does when a run is created on a thread that is already running one.
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class MultitaskStrategy extends OpenEnum {

    /** Refuse the new run (the server's default). */
    public static final MultitaskStrategy REJECT = new MultitaskStrategy("reject");
    /** Interrupt the current run, keep its progress, start the new one. */
    public static final MultitaskStrategy INTERRUPT = new MultitaskStrategy("interrupt");
    /** Cancel the current run, roll back its progress, start the new one. */
    public static final MultitaskStrategy ROLLBACK = new MultitaskStrategy("rollback");
    /** Queue the new run after the current one. */
    public static final MultitaskStrategy ENQUEUE = new MultitaskStrategy("enqueue");

    private static final Map<String, MultitaskStrategy> KNOWN = Stream.of(REJECT, INTERRUPT, ROLLBACK, ENQUEUE)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private MultitaskStrategy(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static MultitaskStrategy of(String value) {
        MultitaskStrategy known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new MultitaskStrategy(value);
    }
}
