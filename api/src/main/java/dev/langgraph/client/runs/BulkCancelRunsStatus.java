package dev.langgraph.client.runs;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which runs a bulk cancel targets ({@code status}). Open: a value unknown to this SDK version is kept as is. */
public final class BulkCancelRunsStatus extends OpenEnum {

    /** Runs not started yet. */
    public static final BulkCancelRunsStatus PENDING = new BulkCancelRunsStatus("pending");
    /** Runs executing now. */
    public static final BulkCancelRunsStatus RUNNING = new BulkCancelRunsStatus("running");
    /** Pending and running runs. */
    public static final BulkCancelRunsStatus ALL = new BulkCancelRunsStatus("all");

    private static final Map<String, BulkCancelRunsStatus> KNOWN = Stream.of(PENDING, RUNNING, ALL)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private BulkCancelRunsStatus(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static BulkCancelRunsStatus of(String value) {
        BulkCancelRunsStatus known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new BulkCancelRunsStatus(value);
    }
}
