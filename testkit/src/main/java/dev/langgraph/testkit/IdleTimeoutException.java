package dev.langgraph.testkit;

import java.time.Duration;
import java.util.List;

/**
 * Thrown by {@link FakeLangGraphServer#awaitIdle(Duration)} and {@link FakeLangGraphServer#runPendingRuns(Duration)}
 * when runs are still pending or running after the allowed time. The message lists them and why each is waiting.
 */
public final class IdleTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> activeRuns;

    /**
     * Creates the exception.
     *
     * @param timeout the time that was allowed
     * @param activeRuns one description per run still in flight
     */
    public IdleTimeoutException(Duration timeout, List<String> activeRuns) {
        super("Runs still in flight after " + timeout + ":\n  " + String.join("\n  ", activeRuns));
        this.activeRuns = List.copyOf(activeRuns);
    }

    /**
     * Returns the runs that were still in flight.
     *
     * @return one description per run, e.g. {@code run <id> of graph 'slow' on thread <id>: running}
     */
    public List<String> activeRuns() {
        return activeRuns;
    }
}
