package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code store:get} (Python {@code Auth.types.StoreGet}): {@code GET /store/items}.
 */
public final class StoreGet extends StoreValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public StoreGet(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public StoreGet() {
        super(new LinkedHashMap<>());
    }

    /**
     * The item's key.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String key() {
        return get(ValueFields.KEY);
    }
}
