package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:update} (Python {@code Auth.types.AssistantsUpdate}):
 * {@code PATCH /assistants/{id}} and {@code POST /assistants/{id}/latest}.
 */
public final class AssistantsUpdate extends AssistantsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public AssistantsUpdate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public AssistantsUpdate() {
        super(new LinkedHashMap<>());
    }

    /**
     * The graph.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String graphId() {
        return get(ValueFields.GRAPH_ID);
    }

    /**
     * The config object.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Map<String, Object> config() {
        return get(ValueFields.CONFIG);
    }

    /**
     * The context object.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Map<String, Object> context() {
        return get(ValueFields.CONTEXT);
    }

    /**
     * The metadata object, created empty when absent so a handler can add to it.
     *
     * @return the live object
     * @throws IllegalStateException if the entry is not an object
     */
    public Map<String, Object> metadata() {
        return objectCreatingIfAbsent(ValueFields.METADATA);
    }

    /**
     * The name.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String name() {
        return get(ValueFields.NAME);
    }

    /**
     * The description.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String description() {
        return get(ValueFields.DESCRIPTION);
    }

    /**
     * The version to make current.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Integer version() {
        return get(ValueFields.VERSION);
    }
}
