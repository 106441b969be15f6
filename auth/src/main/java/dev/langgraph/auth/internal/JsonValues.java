package dev.langgraph.auth.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of JSON-like values: {@code null}, {@link String}, {@link Boolean}, {@link Number}, {@link Map} with
 * string keys and {@link List}, nested. The engine never shares the adapter's objects with a handler: handlers
 * mutate their own copy, and what the adapter gets back is another copy taken after every handler ran.
 */
public final class JsonValues {

    /** Deeper nesting than JSON parsers accept by default (Jackson: 1000) is a bug or an attack. */
    private static final int MAX_DEPTH = 1000;

    private JsonValues() {
    }

    /**
     * A deep copy made of {@link LinkedHashMap} and {@link ArrayList}, free for a handler to mutate.
     *
     * @param value a JSON-like value
     * @return the copy
     * @throws IllegalArgumentException if the value holds anything but JSON-like values, or nests too deeply
     */
    public static Object mutableCopy(Object value) {
        return copy(value, false, 0);
    }

    /**
     * A deep, unmodifiable copy (nulls kept, insertion order kept).
     *
     * @param value a JSON-like value
     * @return the copy
     * @throws IllegalArgumentException if the value holds anything but JSON-like values, or nests too deeply
     */
    public static Object immutableCopy(Object value) {
        return copy(value, true, 0);
    }

    /**
     * A deep, unmodifiable copy of a JSON object.
     *
     * @param map a JSON object
     * @return the copy
     * @throws IllegalArgumentException as {@link #immutableCopy(Object)}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> immutableObject(Map<String, ?> map) {
        return (Map<String, Object>) copy(map, true, 0);
    }

    private static Object copy(Object value, boolean frozen, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON value nests deeper than " + MAX_DEPTH);
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(k instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got " + typeName(k));
                }
                out.put(key, copy(v, frozen, depth + 1));
            });
            return frozen ? Collections.unmodifiableMap(out) : out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(copy(item, frozen, depth + 1));
            }
            return frozen ? Collections.unmodifiableList(out) : out;
        }
        throw new IllegalArgumentException("Not a JSON-like value: " + typeName(value));
    }

    private static String typeName(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
