package dev.langgraph.testkit.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The usual reducers: last value wins, append to a list, and LangGraph's {@code add_messages}. */
public final class Reducers {

    private Reducers() {
    }

    /**
     * The default reducer: the update replaces the current value.
     *
     * @return a reducer that returns the update
     */
    public static Reducer lastValue() {
        return (current, update) -> update;
    }

    /**
     * Appends to a list: a list update is concatenated, any other update is added as one element.
     *
     * @return a reducer that concatenates lists
     */
    public static Reducer append() {
        return (current, update) -> {
            List<Object> result = new ArrayList<>();
            addAll(result, current);
            addAll(result, update);
            return result;
        };
    }

    /**
     * LangGraph's {@code add_messages}: normalizes messages (a string becomes a human message, {@code role} becomes
     * {@code type}, a missing id is generated), replaces a message that has the same id, appends the others, and
     * removes messages named by {@code {"type": "remove", "id": ...}}.
     *
     * @return a reducer for a {@code messages} channel
     */
    public static Reducer messages() {
        return Messages::merge;
    }

    private static void addAll(List<Object> target, Object value) {
        if (value instanceof Collection<?>) {
            target.addAll((Collection<?>) value);
        } else if (value != null) {
            target.add(value);
        }
    }
}
