package dev.langgraph.client.threads;

import dev.langgraph.client.common.Command;

/**
 * One state update inside a {@link Superstep}, applied as if {@code asNode} had just run. Used to seed a new
 * thread (for example when copying a thread between deployments).
 *
 * @param values the values to write (a map, a list of maps, or null when a {@code command} is given)
 * @param command a command to apply instead of, or with, the values; or null
 * @param asNode the node the update is attributed to (such as {@code "__input__"} or a graph node)
 */
public record StateUpdate(Object values, Command command, String asNode) {

    /**
     * An update that writes values.
     *
     * @param values the values (a map or a list of maps)
     * @param asNode the node the update is attributed to
     * @return the update
     */
    public static StateUpdate of(Object values, String asNode) {
        return new StateUpdate(values, null, asNode);
    }

    /**
     * An update that applies a command.
     *
     * @param command the command
     * @param asNode the node the update is attributed to
     * @return the update
     */
    public static StateUpdate ofCommand(Command command, String asNode) {
        return new StateUpdate(null, command, asNode);
    }
}
