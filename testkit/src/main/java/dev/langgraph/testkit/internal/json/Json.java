package dev.langgraph.testkit.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's own JSON: Jackson reading into and writing from plain Java values ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}, {@code null}). No client model class is involved.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /**
     * Parses a JSON document.
     *
     * @param bytes the UTF-8 bytes
     * @return the value (maps keep key order)
     * @throws IllegalArgumentException if the bytes are not one JSON value
     */
    public static Object parse(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Invalid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Serializes a value compactly, on one line.
     *
     * @param value a JSON-like value
     * @return the JSON text
     * @throws UncheckedIOException if the value cannot be serialized
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serializes a value to UTF-8 bytes.
     *
     * @param value a JSON-like value
     * @return the bytes
     * @throws UncheckedIOException if the value cannot be serialized
     */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deep-copies a JSON-like value, so stored state cannot change through a reference handed out.
     *
     * @param value the value
     * @return a copy made of fresh maps and lists (immutable leaves are shared)
     */
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?>) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> m.put(String.valueOf(k), copy(v)));
            return m;
        }
        if (value instanceof Collection<?>) {
            List<Object> l = new ArrayList<>(((Collection<?>) value).size());
            ((Collection<?>) value).forEach(v -> l.add(copy(v)));
            return l;
        }
        return value;
    }

    /**
     * Deep-copies a map.
     *
     * @param value the map, or {@code null}
     * @return a copy, an empty map for {@code null}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> copyMap(Map<String, ?> value) {
        return value == null ? new LinkedHashMap<>() : (Map<String, Object>) copy(value);
    }

    /**
     * Builds an ordered map from alternating keys and values.
     *
     * @param keysAndValues key, value, key, value...
     * @return a mutable, ordered map (values may be {@code null})
     */
    public static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * Merges maps shallowly, later ones winning; {@code null}s are skipped.
     *
     * @param maps the maps
     * @return a new ordered map
     */
    @SafeVarargs
    public static Map<String, Object> merge(Map<String, ?>... maps) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map<String, ?> map : maps) {
            if (map != null) {
                m.putAll(map);
            }
        }
        return m;
    }

    /**
     * Reads a nested map value.
     *
     * @param map a map, or {@code null}
     * @param key the key
     * @return the value if it is a map, else {@code null}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapAt(Map<String, ?> map, String key) {
        Object v = map == null ? null : map.get(key);
        return v instanceof Map<?, ?> ? (Map<String, Object>) v : null;
    }
}
