package dev.langgraph.client.runs;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a run is cancelled ({@code action}). Open: a value unknown to this SDK version is kept as is. */
public final class CancelAction extends OpenEnum {

    /** Stop the run and keep its progress. */
    public static final CancelAction INTERRUPT = new CancelAction("interrupt");
    /** Stop the run and discard its progress. */
    public static final CancelAction ROLLBACK = new CancelAction("rollback");

    private static final Map<String, CancelAction> KNOWN = Stream.of(INTERRUPT, ROLLBACK)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private CancelAction(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static CancelAction of(String value) {
        CancelAction known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new CancelAction(value);
    }
}
