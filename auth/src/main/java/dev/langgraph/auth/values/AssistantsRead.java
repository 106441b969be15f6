package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:read} (Python {@code Auth.types.AssistantsRead}): {@code GET /assistants/{id}} and
 * its graph, schemas and subgraphs.
 */
public final class AssistantsRead extends AssistantsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public AssistantsRead(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public AssistantsRead() {
        super(new LinkedHashMap<>());
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
}
