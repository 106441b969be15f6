package dev.langgraph.auth.values;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed key of an event value: its JSON name (as in Python's {@code auth/types.py}) and the JSON type it
 * holds. The constants live in {@link ValueFields}; read a field with {@link AuthValue#get(ValueField)}.
 *
 * @param <T> the Java type read from the field
 */
public final class ValueField<T> {

    private final String name;
    private final JsonType type;
    private final Function<Object, T> convert;

    ValueField(String name, JsonType type, Function<Object, T> convert) {
        this.name = name;
        this.type = type;
        this.convert = convert;
    }

    /**
     * The field's JSON name, e.g. {@code "thread_id"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Whether a raw JSON-like value fits this field's type ({@code null} always does).
     *
     * @param raw the value
     * @return true if {@link #read(Map)} can return it
     */
    public boolean accepts(Object raw) {
        return type.accepts(raw);
    }

    /**
     * Reads this field from a value map.
     *
     * @param map the value map
     * @return the field's value, null when absent or null
     * @throws IllegalStateException if the map holds a value of another type under this name
     */
    public T read(Map<String, Object> map) {
        Object raw = map.get(name);
        if (!type.accepts(raw)) {
            throw new IllegalStateException("Field '" + name + "' holds a " + raw.getClass().getSimpleName()
                    + ", expected " + type.name().toLowerCase(java.util.Locale.ROOT));
        }
        return raw == null ? null : convert.apply(raw);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueField<?> f && f.name.equals(name) && f.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type);
    }

    @Override
    public String toString() {
        return name;
    }
}
