package dev.langgraph.auth.values;

import java.util.Map;

/**
 * The fields that {@code assistants:create} and {@code assistants:update} values have in common: what a request
 * may set on an assistant.
 */
public abstract class AssistantsWrite extends AssistantsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    AssistantsWrite(Map<String, Object> map) {
        super(map);
    }

    /**
     * The graph.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public final String graphId() {
        return get(ValueFields.GRAPH_ID);
    }

    /**
     * The config object.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public final Map<String, Object> config() {
        return get(ValueFields.CONFIG);
    }

    /**
     * The context object.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public final Map<String, Object> context() {
        return get(ValueFields.CONTEXT);
    }

    /**
     * The metadata object, created empty when absent so a handler can add to it.
     *
     * @return the live object
     * @throws IllegalStateException if the entry is not an object
     */
    public final Map<String, Object> metadata() {
        return objectCreatingIfAbsent(ValueFields.METADATA);
    }

    /**
     * The name.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public final String name() {
        return get(ValueFields.NAME);
    }

    /**
     * The description.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public final String description() {
        return get(ValueFields.DESCRIPTION);
    }
}
