package dev.langgraph.auth;

import java.util.Arrays;

/** The resources LangGraph's auth protects; each has a fixed set of {@link Action actions}. */
public enum Resource {
    /** Threads, their state and their runs ({@code threads:create_run}). */
    THREADS("threads"),
    /** Assistants. */
    ASSISTANTS("assistants"),
    /** Crons. */
    CRONS("crons"),
    /** The key-value store. */
    STORE("store"),
    /**
     * Reserved, as in Python's {@code AuthContext}: no request produces a {@code runs} event (run creation is
     * {@code threads:create_run}, run reads are {@code threads:read}), so registering a handler for it fails
     * rather than leave runs unprotected by mistake.
     */
    RUNS("runs");

    private final String value;

    Resource(String value) {
        this.value = value;
    }

    /**
     * The name as used in registrations and by the Python and JS SDKs.
     *
     * @return e.g. {@code "threads"}
     */
    public String value() {
        return value;
    }

    /**
     * The resource of a name.
     *
     * @param value e.g. {@code "threads"} (exact, lower case)
     * @return the resource
     * @throws IllegalArgumentException if no resource has this name
     */
    public static Resource of(String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown auth resource: '" + value
                        + "'; expected one of " + Arrays.toString(names())));
    }

    private static String[] names() {
        return Arrays.stream(values()).map(Resource::value).toArray(String[]::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
