package dev.langgraph.client.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of every model the server returns: an immutable view over the JSON object as received.
 *
 * <p>Typed accessors read the fields the SDK knows about. Every field, including ones a newer server adds, stays
 * available through {@link #get(String)} and {@link #toMap()}, so nothing the server sent is dropped. Accessors
 * return {@code null} for absent fields, never throw for a missing value, and throw
 * {@link IllegalStateException} only when a present field has an unexpected JSON type.
 */
public abstract class ApiObject {

    private final Map<String, Object> fields;

    /**
     * Wraps a decoded JSON object. The map is copied deeply into an unmodifiable structure.
     *
     * @param fields the JSON object as plain Java types
     * @throws NullPointerException if {@code fields} is null
     */
    protected ApiObject(Map<String, ?> fields) {
        this.fields = JsonValues.freezeMap(Objects.requireNonNull(fields, "fields"));
    }

    /**
     * All fields as received, unknown ones included.
     *
     * @return an unmodifiable, insertion-ordered map of plain Java types
     */
    public final Map<String, Object> toMap() {
        return fields;
    }

    /**
     * One field as received.
     *
     * @param name the JSON field name, such as {@code "thread_id"}
     * @return the value as plain Java types, or {@code null} when absent or null
     */
    public final Object get(String name) {
        return fields.get(name);
    }

    /**
     * Reads a string field.
     *
     * @param name the JSON field name
     * @return the value, or {@code null}
     * @throws IllegalStateException if the field is present but not a string
     */
    protected final String string(String name) {
        Object v = fields.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(name, "a string", v);
    }

    /**
     * Reads an integer field.
     *
     * @param name the JSON field name
     * @return the value, or {@code null}
     * @throws IllegalStateException if the field is present but not a number
     */
    protected final Long longValue(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw wrongType(name, "a number", v);
    }

    /**
     * Reads an integer field.
     *
     * @param name the JSON field name
     * @return the value, or {@code null}
     * @throws IllegalStateException if the field is present but not a number
     */
    protected final Integer intValue(String name) {
        Long v = longValue(name);
        return v == null ? null : Math.toIntExact(v);
    }

    /**
     * Reads a floating-point field.
     *
     * @param name the JSON field name
     * @return the value, or {@code null}
     * @throws IllegalStateException if the field is present but not a number
     */
    protected final Double doubleValue(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw wrongType(name, "a number", v);
    }

    /**
     * Reads a boolean field.
     *
     * @param name the JSON field name
     * @return the value, or {@code null}
     * @throws IllegalStateException if the field is present but not a boolean
     */
    protected final Boolean bool(String name) {
        Object v = fields.get(name);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw wrongType(name, "a boolean", v);
    }

    /**
     * Reads a JSON object field.
     *
     * @param name the JSON field name
     * @return the object as an unmodifiable map, or {@code null}
     * @throws IllegalStateException if the field is present but not an object
     */
    @SuppressWarnings("unchecked")
    protected final Map<String, Object> map(String name) {
        Object v = fields.get(name);
        if (v == null || v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw wrongType(name, "an object", v);
    }

    /**
     * Reads a JSON array field.
     *
     * @param name the JSON field name
     * @return the array as an unmodifiable list, or {@code null}
     * @throws IllegalStateException if the field is present but not an array
     */
    @SuppressWarnings("unchecked")
    protected final List<Object> list(String name) {
        Object v = fields.get(name);
        if (v == null || v instanceof List) {
            return (List<Object>) v;
        }
        throw wrongType(name, "an array", v);
    }

    /**
     * Reads an array of strings.
     *
     * @param name the JSON field name
     * @return the strings, or {@code null}
     * @throws IllegalStateException if the field is present but not an array of strings
     */
    protected final List<String> stringList(String name) {
        List<Object> raw = list(name);
        if (raw == null) {
            return null;
        }
        List<String> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (o != null && !(o instanceof String)) {
                throw wrongType(name, "an array of strings", o);
            }
            out.add((String) o);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Reads a timestamp field sent as ISO-8601 text (with an offset or {@code Z}).
     *
     * @param name the JSON field name
     * @return the instant, or {@code null}
     * @throws IllegalStateException if the field is present but not a valid timestamp
     */
    protected final Instant instant(String name) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                throw new IllegalStateException("Field '" + name + "' is not an ISO-8601 timestamp: " + s, e2);
            }
        }
    }

    /**
     * Reads a nested object as a model.
     *
     * @param name the JSON field name
     * @param factory builds the model from the object
     * @param <T> the model type
     * @return the model, or {@code null}
     * @throws IllegalStateException if the field is present but not an object
     */
    protected final <T> T object(String name, Function<Map<String, Object>, T> factory) {
        Map<String, Object> m = map(name);
        return m == null ? null : factory.apply(m);
    }

    /**
     * Reads an array of objects as models.
     *
     * @param name the JSON field name
     * @param factory builds one model from one object
     * @param <T> the model type
     * @return the models, or {@code null}
     * @throws IllegalStateException if the field is present but not an array of objects
     */
    @SuppressWarnings("unchecked")
    protected final <T> List<T> objects(String name, Function<Map<String, Object>, T> factory) {
        List<Object> raw = list(name);
        if (raw == null) {
            return null;
        }
        List<T> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (!(o instanceof Map)) {
                throw wrongType(name, "an array of objects", o);
            }
            out.add(factory.apply((Map<String, Object>) o));
        }
        return Collections.unmodifiableList(out);
    }

    private IllegalStateException wrongType(String name, String expected, Object actual) {
        return new IllegalStateException(getClass().getSimpleName() + "." + name + " should be " + expected
                + " but is " + (actual == null ? "null" : actual.getClass().getSimpleName()) + ": " + actual);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && fields.equals(((ApiObject) o).fields);
    }

    @Override
    public final int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + fields;
    }

    /**
     * Copies a map into a fresh, modifiable, insertion-ordered map; used by subclasses' builders.
     *
     * @param source the map, may be null
     * @return a new map, empty when {@code source} is null
     */
    protected static Map<String, Object> copyOf(Map<String, ?> source) {
        return source == null ? new LinkedHashMap<>() : new LinkedHashMap<>(source);
    }
}
