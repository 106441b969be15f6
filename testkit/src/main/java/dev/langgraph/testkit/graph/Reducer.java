package dev.langgraph.testkit.graph;

/**
 * Combines a state channel's current value with an update written by a node (LangGraph's "reducer").
 *
 * <p>Values are plain JSON-like Java objects: {@code Map<String, Object>}, {@code List<Object>}, {@code String},
 * {@code Number}, {@code Boolean} or {@code null}. A reducer must not modify its arguments; it returns a new value.
 */
@FunctionalInterface
public interface Reducer {

    /**
     * Returns the channel's new value.
     *
     * @param current the current value, {@code null} when the channel is still empty
     * @param update the value a node wrote to the channel
     * @return the new value of the channel
     * @throws RuntimeException any exception fails the run with that error
     */
    Object reduce(Object current, Object update);
}
