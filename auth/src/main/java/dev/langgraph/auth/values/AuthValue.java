package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The value an authorization handler receives: a mutable view over a JSON-like map, as Python's handlers get
 * a {@code dict}. Changes a handler makes (e.g. {@code value.metadata().put("owner", ctx.user().identity())})
 * are what the server stores: the engine hands the changed value back to the adapter.
 *
 * <p>Each (resource, action) has a subclass with typed accessors ({@link ThreadsCreate}, {@link StorePut}, ...);
 * a resource-wide handler gets the resource's base class ({@link ThreadsValue}, {@link StoreValue}, ...) and can
 * test for the concrete one. Values put into the map must be JSON-like ({@code null}, String, Number, Boolean,
 * Map, List); anything else makes the request fail with a 500.
 */
public class AuthValue {

    private final Map<String, Object> map;

    /**
     * Wraps a map without copying it, so changes through this view are changes to the map.
     *
     * @param map the value's map (mutable for a handler to change it)
     * @throws NullPointerException if the map is null
     */
    public AuthValue(Map<String, Object> map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public AuthValue() {
        this(new LinkedHashMap<>());
    }

    /**
     * The live map behind this view (Python's {@code dict}).
     *
     * @return the map itself, not a copy
     */
    public final Map<String, Object> asMap() {
        return map;
    }

    /**
     * A raw entry.
     *
     * @param key the JSON key
     * @return its value, null when absent
     */
    public final Object get(String key) {
        return map.get(key);
    }

    /**
     * A typed entry.
     *
     * @param field the field, from {@link ValueFields}
     * @param <T> the field's Java type
     * @return its value, null when absent
     * @throws IllegalStateException if the entry holds a value of another type
     */
    public final <T> T get(ValueField<T> field) {
        return field.read(map);
    }

    /**
     * Sets an entry (e.g. to replace a store namespace).
     *
     * @param key the JSON key
     * @param value a JSON-like value
     * @return the previous value, null if none
     */
    public final Object put(String key, Object value) {
        return map.put(key, value);
    }

    /**
     * The object under a field, creating and storing an empty one when the field is absent or null, like
     * {@code value.metadata ??= {}} in the JS SDK, so a handler can add to it straight away.
     *
     * @param field an object field
     * @return the live object
     * @throws IllegalStateException if the entry holds a value that is not an object
     */
    protected final Map<String, Object> objectCreatingIfAbsent(ValueField<Map<String, Object>> field) {
        Map<String, Object> current = field.read(map);
        if (current == null) {
            current = new LinkedHashMap<>();
            map.put(field.name(), current);
        }
        return current;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + map;
    }
}
