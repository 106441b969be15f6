package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:create} (Python {@code Auth.types.AssistantsCreate}): {@code POST /assistants}.
 */
public final class AssistantsCreate extends AssistantsWrite {

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
     * What to do when the id exists ({@code raise} or {@code do_nothing}).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String ifExists() {
        return get(ValueFields.IF_EXISTS);
    }
}
