package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code threads:read} (Python {@code Auth.types.ThreadsRead}): {@code GET /threads/{id}}, its state,
 * history and streams, and reads of its runs.
 */
public final class ThreadsRead extends ThreadsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public ThreadsRead(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public ThreadsRead() {
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
