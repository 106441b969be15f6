package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code store:put} (Python {@code Auth.types.StorePut}): {@code PUT /store/items}.
 */
public final class StorePut extends StoreValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public StorePut(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public StorePut() {
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

    /**
     * The item's value object.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Map<String, Object> value() {
        return get(ValueFields.VALUE);
    }

    /**
     * The index setting ({@code false}, a list of paths, or null).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Object index() {
        return get(ValueFields.INDEX);
    }
}
