package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code threads:create} (Python {@code Auth.types.ThreadsCreate}): {@code POST /threads}, and the new
 * thread of {@code POST /threads/{id}/copy}.
 */
public final class ThreadsCreate extends ThreadsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public ThreadsCreate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public ThreadsCreate() {
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
     * What to do when the id exists ({@code raise} or {@code do_nothing}).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String ifExists() {
        return get(ValueFields.IF_EXISTS);
    }

    /**
     * The thread's TTL object {@code {ttl, strategy}}.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Map<String, Object> ttl() {
        return get(ValueFields.TTL);
    }
}
