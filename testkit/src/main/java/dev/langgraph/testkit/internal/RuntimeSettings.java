package dev.langgraph.testkit.internal;

import dev.langgraph.auth.AuthEngine;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.clock.Timeline;
import java.util.Map;

/**
 * What a {@link ServerRuntime} is started with.
 *
 * @param host the address to bind, {@code null} for the loopback address (127.0.0.1)
 * @param port the port, 0 for a free one
 * @param graphs the graphs by id
 * @param defaultMultitaskStrategy the strategy of runs that name none
 * @param heartbeatMillis the heartbeat interval, 0 for none
 * @param timeline the clock (the wall clock, or a test's manual clock); closed with the server
 * @param requestHistory how many requests to keep for inspection
 * @param auth the auth engine every request (and cron firing) passes, {@code null} for none
 * @param holdRuns whether runs wait for a release (a stream, wait or join of them, or the test) before they start
 */
public record RuntimeSettings(String host, int port, Map<String, Graph> graphs, String defaultMultitaskStrategy,
        long heartbeatMillis, Timeline timeline, int requestHistory, AuthEngine auth, boolean holdRuns) {
}
