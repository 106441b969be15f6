package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:update} (Python {@code Auth.types.AssistantsUpdate}):
 * {@code PATCH /assistants/{id}} and {@code POST /assistants/{id}/latest}.
 */
public final class AssistantsUpdate extends AssistantsWrite {

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
     * The version to make current.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Integer version() {
        return get(ValueFields.VERSION);
    }
}
