package dev.langgraph.testkit.graph;

import java.util.Map;

/** Chooses the next node of a conditional edge from the state after the source node ran. */
@FunctionalInterface
public interface Router {

    /**
     * Chooses the next node.
     *
     * @param state the state after the superstep that ran the source node (read-only)
     * @return the name of the next node, or {@link Graph#END} to stop
     * @throws RuntimeException any exception fails the run
     */
    String route(Map<String, Object> state);
}
