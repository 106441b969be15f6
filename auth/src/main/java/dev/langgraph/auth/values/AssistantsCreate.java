package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:create} (Python {@code Auth.types.AssistantsCreate}): {@code POST /assistants}.
 */
public final class AssistantsCreate extends AssistantsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public AssistantsCreate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public AssistantsCreate() {
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
     * What to do when the id exists ({@code raise} or {@code do_nothing}).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String ifExists() {
        return get(ValueFields.IF_EXISTS);
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
}
