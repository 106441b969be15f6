package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code threads:delete} (Python {@code Auth.types.ThreadsDelete}): {@code DELETE /threads/{id}}, run
 * deletion and thread pruning.
 */
public final class ThreadsDelete extends ThreadsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public ThreadsDelete(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public ThreadsDelete() {
        super(new LinkedHashMap<>());
    }

    /**
     * The run.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String runId() {
        return get(ValueFields.RUN_ID);
    }
}
