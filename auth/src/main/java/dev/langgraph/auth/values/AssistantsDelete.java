package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:delete} (Python {@code Auth.types.AssistantsDelete}):
 * {@code DELETE /assistants/{id}}.
 */
public final class AssistantsDelete extends AssistantsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public AssistantsDelete(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public AssistantsDelete() {
        super(new LinkedHashMap<>());
    }

}
