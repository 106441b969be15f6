package dev.langgraph.testkit.graph;

import java.util.Map;

/**
 * A node of a scripted graph: reads the state from its context and returns an update.
 *
 * <p>Example: {@code ctx -> Map.of("count", ((Number) ctx.get("count")).intValue() + 1)}.
 */
@FunctionalInterface
public interface Node {

    /**
     * Runs the node.
     *
     * @param ctx the state, the run's config, and the stream writers; {@link NodeContext#interrupt(Object)} stops
     *     the node until the run is resumed
     * @return the update, applied through the channels' reducers; {@code null} or an empty map for none
     * @throws RuntimeException any exception other than the ones {@link NodeContext} throws fails the run; its
     *     simple class name (or {@link GraphError#errorType()}) becomes the {@code error} of the stream's error
     *     event
     */
    Map<String, ?> run(NodeContext ctx);
}
