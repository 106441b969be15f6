package dev.langgraph.client.runs;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The status of a run. Open: a status unknown to this SDK version is kept as is. */
public final class RunStatus extends OpenEnum {

    /** Queued, not started yet. */
    public static final RunStatus PENDING = new RunStatus("pending");
    /** Executing. */
    public static final RunStatus RUNNING = new RunStatus("running");
    /** Ended with an error (also after a rollback on the JS server). */
    public static final RunStatus ERROR = new RunStatus("error");
    /** Finished; a run that hit {@code interrupt()} also ends here, with its thread interrupted. */
    public static final RunStatus SUCCESS = new RunStatus("success");
    /** Exceeded its time limit. */
    public static final RunStatus TIMEOUT = new RunStatus("timeout");
    /** Cancelled, or interrupted by another run's multitask strategy. */
    public static final RunStatus INTERRUPTED = new RunStatus("interrupted");

    private static final Map<String, RunStatus> KNOWN = Stream.of(PENDING, RUNNING, ERROR, SUCCESS, TIMEOUT, INTERRUPTED)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private RunStatus(String value) {
        super(value);
    }

    /**
     * The status for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the status
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static RunStatus of(String value) {
        RunStatus known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new RunStatus(value);
    }
}
