package dev.langgraph.client.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Immutable, multi-valued HTTP headers with case-insensitive names. The first spelling of a name is kept for
 * sending; look-ups ignore case.
 */
public final class TransportHeaders {

    private static final TransportHeaders EMPTY = new TransportHeaders(new LinkedHashMap<>());

    /** Lower-case name to (original name, values). */
    private final Map<String, Entry> entries;

    private record Entry(String name, List<String> values) {
    }

    private TransportHeaders(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Headers with no entry.
     *
     * @return the empty headers
     */
    public static TransportHeaders empty() {
        return EMPTY;
    }

    /**
     * A builder with no entry.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts with these headers.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        entries.forEach((k, e) -> b.entries.put(k, new Entry(e.name, new ArrayList<>(e.values))));
        return b;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the first value, or {@code null} when absent
     */
    public String first(String name) {
        Entry e = entries.get(name.toLowerCase(Locale.ROOT));
        return e == null || e.values.isEmpty() ? null : e.values.get(0);
    }

    /**
     * All values of a header.
     *
     * @param name the header name, any case
     * @return the values in order, empty when absent
     */
    public List<String> all(String name) {
        Entry e = entries.get(name.toLowerCase(Locale.ROOT));
        return e == null ? List.of() : Collections.unmodifiableList(e.values);
    }

    /**
     * Whether a header is present.
     *
     * @param name the header name, any case
     * @return true if present
     */
    public boolean contains(String name) {
        return entries.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Calls the action once per value, with the header name as first spelled.
     *
     * @param action receives name and value
     */
    public void forEach(BiConsumer<String, String> action) {
        entries.values().forEach(e -> e.values.forEach(v -> action.accept(e.name, v)));
    }

    /**
     * The headers as an ordered map from the first spelling of each name to its values.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        entries.values().forEach(e -> m.put(e.name, List.copyOf(e.values)));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportHeaders other && toMap().equals(other.toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Builds {@link TransportHeaders}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a value, keeping earlier values of the same header.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name or value is not a valid header token or value
         */
        public Builder add(String name, String value) {
            checkName(name);
            checkValue(name, value);
            entries.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Entry(name, new ArrayList<>()))
                    .values.add(value);
            return this;
        }

        /**
         * Replaces all values of a header with one value.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if the name or value is not a valid header token or value
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes a header.
         *
         * @param name the header name, any case
         * @return this builder
         */
        public Builder remove(String name) {
            entries.remove(name.toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * Replaces each header present in {@code other} with its values there.
         *
         * @param other the headers that win
         * @return this builder
         */
        public Builder setAll(TransportHeaders other) {
            other.entries.forEach((k, e) -> entries.put(k, new Entry(e.name, new ArrayList<>(e.values))));
            return this;
        }

        /**
         * Builds the headers.
         *
         * @return immutable headers
         */
        public TransportHeaders build() {
            Map<String, Entry> copy = new LinkedHashMap<>();
            entries.forEach((k, e) -> copy.put(k, new Entry(e.name, List.copyOf(e.values))));
            return new TransportHeaders(copy);
        }

        private static void checkName(String name) {
            Objects.requireNonNull(name, "header name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Header name must not be empty");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("Invalid character in header name: " + name);
                }
            }
        }

        private static void checkValue(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException("Header " + name + " has a null value");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                // No CR/LF/NUL: they would let a value inject further headers.
                if (c == '\r' || c == '\n' || c == 0 || (c < 0x20 && c != '\t') || c == 0x7f) {
                    throw new IllegalArgumentException("Invalid character in value of header " + name);
                }
            }
        }
    }
}
