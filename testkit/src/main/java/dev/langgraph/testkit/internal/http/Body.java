package dev.langgraph.testkit.internal.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Typed, validated access to a JSON request body; violations become 422 as the Python server's schema checks. */
public final class Body {

    private final Map<String, Object> map;

    /**
     * Wraps a parsed body.
     *
     * @param map the JSON object
     */
    public Body(Map<String, Object> map) {
        this.map = map;
    }

    /**
     * Returns the underlying map.
     *
     * @return the JSON object
     */
    public Map<String, Object> map() {
        return map;
    }

    /**
     * Tells whether a key is present (even with {@code null}).
     *
     * @param key the key
     * @return whether present
     */
    public boolean has(String key) {
        return map.containsKey(key);
    }

    /**
     * Returns a raw value.
     *
     * @param key the key
     * @return the value or {@code null}
     */
    public Object raw(String key) {
        return map.get(key);
    }

    /**
     * Returns a required string.
     *
     * @param key the key
     * @return the value
     * @throws HttpError 422 if missing or not a string
     */
    public String string(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw HttpError.unprocessable("'" + key + "' is a required property");
        }
        return optString(key);
    }

    /**
     * Returns an optional string.
     *
     * @param key the key
     * @return the value or {@code null}
     * @throws HttpError 422 if present and not a string
     */
    public String optString(String key) {
        Object v = map.get(key);
        if (v != null && !(v instanceof String)) {
            throw invalid(key, v, "is not of type 'string'");
        }
        return (String) v;
    }

    /**
     * Returns an optional object.
     *
     * @param key the key
     * @return the value or {@code null}
     * @throws HttpError 422 if present and not an object
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> optObject(String key) {
        Object v = map.get(key);
        if (v != null && !(v instanceof Map<?, ?>)) {
            throw invalid(key, v, "is not of type 'object'");
        }
        return (Map<String, Object>) v;
    }

    /**
     * Returns an optional array.
     *
     * @param key the key
     * @return the value or {@code null}
     * @throws HttpError 422 if present and not an array
     */
    @SuppressWarnings("unchecked")
    public List<Object> optList(String key) {
        Object v = map.get(key);
        if (v != null && !(v instanceof List<?>)) {
            throw invalid(key, v, "is not of type 'array'");
        }
        return (List<Object>) v;
    }

    /**
     * Returns an optional array of strings.
     *
     * @param key the key
     * @return the value or {@code null}
     * @throws HttpError 422 if present and not an array of strings
     */
    @SuppressWarnings("unchecked")
    public List<String> optStringList(String key) {
        List<Object> list = optList(key);
        if (list != null) {
            for (Object o : list) {
                if (!(o instanceof String)) {
                    throw invalid(key, o, "is not of type 'string'");
                }
            }
        }
        return (List<String>) (List<?>) list;
    }

    /**
     * Returns an optional integer within bounds.
     *
     * @param key the key
     * @param def the default when missing or {@code null}
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws HttpError 422 if not an integer or out of bounds
     */
    public int optInt(String key, int def, int min, int max) {
        Object v = map.get(key);
        if (v == null) {
            return def;
        }
        if (!(v instanceof Integer || v instanceof Long) ) {
            throw invalid(key, v, "is not of type 'integer'");
        }
        long n = ((Number) v).longValue();
        if (n < min) {
            throw invalid(key, v, "is less than the minimum of " + min);
        }
        if (n > max) {
            throw invalid(key, v, "is greater than the maximum of " + max);
        }
        return (int) n;
    }

    /**
     * Returns an optional number.
     *
     * @param key the key
     * @return the value or {@code null}
     * @throws HttpError 422 if present and not a number
     */
    public Number optNumber(String key) {
        Object v = map.get(key);
        if (v != null && !(v instanceof Number)) {
            throw invalid(key, v, "is not of type 'number'");
        }
        return (Number) v;
    }

    /**
     * Returns an optional boolean.
     *
     * @param key the key
     * @param def the default when missing or {@code null}
     * @return the value
     * @throws HttpError 422 if present and not a boolean
     */
    public boolean optBool(String key, boolean def) {
        Object v = map.get(key);
        if (v == null) {
            return def;
        }
        if (!(v instanceof Boolean)) {
            throw invalid(key, v, "is not of type 'boolean'");
        }
        return (Boolean) v;
    }

    /**
     * Returns an optional string limited to some values.
     *
     * @param key the key
     * @param def the default when missing or {@code null}
     * @param allowed the allowed values
     * @return the value
     * @throws HttpError 422 if not one of the allowed values
     */
    public String optEnum(String key, String def, String... allowed) {
        String v = optString(key);
        if (v == null) {
            return def;
        }
        if (!Arrays.asList(allowed).contains(v)) {
            throw invalid(key, v, "is not one of " + Arrays.toString(allowed));
        }
        return v;
    }

    private static HttpError invalid(String key, Object value, String problem) {
        String shown = value instanceof String ? "'" + value + "'" : String.valueOf(value);
        return HttpError.unprocessable("Invalid value for '" + key + "': " + shown + " " + problem);
    }
}
