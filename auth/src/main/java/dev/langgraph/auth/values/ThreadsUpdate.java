package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code threads:update} (Python {@code Auth.types.ThreadsUpdate}): {@code PATCH /threads/{id}},
 * {@code POST /threads/{id}/state} and run cancellation.
 */
public final class ThreadsUpdate extends ThreadsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public ThreadsUpdate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public ThreadsUpdate() {
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

    /**
     * How running work is stopped ({@code interrupt} or {@code rollback}).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String action() {
        return get(ValueFields.ACTION);
    }
}
