package dev.langgraph.testkit.graph;

import java.util.Objects;

/**
 * One key of a graph's state with its reducer and optional default.
 *
 * @param name the state key
 * @param reducer how node updates are combined with the current value
 * @param defaultValue the value the channel takes when a run starts and the key is unset (ignored without
 *     {@code hasDefault})
 * @param hasDefault whether the channel has a default; channels without one stay absent until written
 */
public record Channel(String name, Reducer reducer, Object defaultValue, boolean hasDefault) {

    /**
     * Validates the components.
     *
     * @param name the state key
     * @param reducer the reducer
     * @param defaultValue the default
     * @param hasDefault whether there is a default
     * @throws NullPointerException if the name or reducer is null
     */
    public Channel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reducer, "reducer");
    }
}
