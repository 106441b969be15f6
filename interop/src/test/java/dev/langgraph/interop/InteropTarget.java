package dev.langgraph.interop;

import java.util.Locale;

/**
 * What kind of server the interop scenarios run against, chosen with {@code -Dinterop.target}.
 */
public enum InteropTarget {

    /** The real LangGraph JS dev server that {@link LangGraphServer} starts (or an external one): the default. */
    REAL,

    /**
     * The testkit's in-JVM {@code FakeLangGraphServer}: no node needed. It follows the Python server where the JS
     * server differs (the deliberate divergences of {@code testkit/README.md}, asserted through {@link Divergence}).
     */
    FAKE;

    /**
     * Parses a property value.
     *
     * @param value {@code real} or {@code fake}, any case, surrounding blanks ignored; blank or null means
     *     {@link #REAL}
     * @return the target
     * @throws IllegalArgumentException for any other value, naming the accepted ones
     */
    public static InteropTarget parse(String value) {
        if (value == null || value.isBlank()) {
            return REAL;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (InteropTarget target : values()) {
            if (target.name().equals(name)) {
                return target;
            }
        }
        throw new IllegalArgumentException("-Dinterop.target must be 'real' or 'fake', not '" + value + "'");
    }
}
