package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the server does with a run when the client disconnects from its stream ({@code on_disconnect}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class DisconnectMode extends OpenEnum {

    /** Cancel the run. */
    public static final DisconnectMode CANCEL = new DisconnectMode("cancel");
    /** Let the run go on (the default). */
    public static final DisconnectMode CONTINUE = new DisconnectMode("continue");

    private static final Map<String, DisconnectMode> KNOWN = Stream.of(CANCEL, CONTINUE)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private DisconnectMode(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static DisconnectMode of(String value) {
        DisconnectMode known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new DisconnectMode(value);
    }
}
