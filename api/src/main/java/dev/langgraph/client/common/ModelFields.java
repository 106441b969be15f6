package dev.langgraph.client.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the builders of this package's models. */
final class ModelFields {

    private ModelFields() {
    }

    /**
     * Sets a field, or removes it when the value is null (the SDKs omit unset fields rather than send {@code null}).
     * Models nested in the value are replaced by their JSON maps.
     *
     * @param fields the builder's fields
     * @param name the JSON field name
     * @param value the value, or null to remove the field
     */
    static void putOrRemove(Map<String, Object> fields, String name, Object value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, plain(value));
        }
    }

    /**
     * Replaces SDK models by their JSON maps, recursively through maps and lists; other values are kept.
     *
     * @param value any value
     * @return the value with models unwrapped
     */
    static Object plain(Object value) {
        if (value instanceof ApiObject model) {
            return model.toMap();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }

    /**
     * A modifiable copy of a nested JSON object field, empty when the field is absent.
     *
     * @param fields the builder's fields
     * @param name the JSON field name
     * @return a new insertion-ordered map
     * @throws IllegalStateException if the field is present but not an object
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nestedCopy(Map<String, Object> fields, String name) {
        Object current = fields.get(name);
        if (current == null) {
            return new LinkedHashMap<>();
        }
        if (!(current instanceof Map)) {
            throw new IllegalStateException("Field '" + name + "' is not an object: " + current);
        }
        return new LinkedHashMap<>((Map<String, Object>) current);
    }
}
