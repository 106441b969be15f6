package dev.langgraph.client.threads;

import dev.langgraph.client.internal.Maps;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A group of state updates applied together as one step when a thread is created
 * ({@link ThreadCreateParams.Builder#supersteps}).
 *
 * @param updates the updates of this step
 */
public record Superstep(List<StateUpdate> updates) {

    /**
     * Checks and copies the updates.
     *
     * @param updates the updates of this step
     * @throws IllegalArgumentException if {@code updates} is null or holds a null
     */
    public Superstep {
        if (updates == null || updates.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("updates must not be null or hold nulls");
        }
        updates = Maps.copy(updates);
    }

    /**
     * A step made of these updates.
     *
     * @param updates the updates
     * @return the step
     * @throws IllegalArgumentException if an update is null
     */
    public static Superstep of(StateUpdate... updates) {
        return new Superstep(updates == null ? null : Arrays.asList(updates));
    }
}
