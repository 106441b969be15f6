package dev.langgraph.client.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds request bodies with the Python SDK's rules for which keys to send. */
public final class JsonBody {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private JsonBody() {
    }

    /**
     * Starts an empty body.
     *
     * @return a new body
     */
    public static JsonBody create() {
        return new JsonBody();
    }

    /**
     * Always sends the key, even with a null value.
     *
     * @param key the JSON key
     * @param value the value
     * @return this body
     */
    public JsonBody put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /**
     * Sends the key when the value is not null ({@code {}} and {@code []} are sent, so they can reset a field).
     *
     * @param key the JSON key
     * @param value the value
     * @return this body
     */
    public JsonBody putIfNotNull(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    /**
     * Sends the key when the value is "truthy" in Python's sense: not null, not false, not an empty string,
     * collection or map.
     *
     * @param key the JSON key
     * @param value the value
     * @return this body
     */
    public JsonBody putIfTruthy(String key, Object value) {
        boolean falsy = value == null
                || Boolean.FALSE.equals(value)
                || (value instanceof CharSequence s && s.length() == 0)
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty());
        if (!falsy) {
            fields.put(key, value);
        }
        return this;
    }

    /**
     * The body.
     *
     * @return the fields as a map
     */
    public Map<String, Object> build() {
        return fields;
    }
}
