package dev.langgraph.auth;

import java.util.Arrays;

/** What a request does to a {@link Resource}. Which actions a resource has: see {@link AuthEvent}. */
public enum Action {
    /** Create (threads, assistants, crons). */
    CREATE("create"),
    /** Read one (threads, assistants, crons). */
    READ("read"),
    /** Change one (threads, assistants, crons). */
    UPDATE("update"),
    /** Delete one (threads, assistants, crons, store). */
    DELETE("delete"),
    /** Search or count (threads, assistants, crons, store). */
    SEARCH("search"),
    /** Create a run on a thread, or a stateless run (threads). */
    CREATE_RUN("create_run"),
    /** Put an item (store). */
    PUT("put"),
    /** Get an item (store). */
    GET("get"),
    /** List namespaces (store). */
    LIST_NAMESPACES("list_namespaces");

    private final String value;

    Action(String value) {
        this.value = value;
    }

    /**
     * The name as used in registrations and by the Python and JS SDKs.
     *
     * @return e.g. {@code "create_run"}
     */
    public String value() {
        return value;
    }

    /**
     * The action of a name.
     *
     * @param value e.g. {@code "create"} (exact, lower case)
     * @return the action
     * @throws IllegalArgumentException if no action has this name
     */
    public static Action of(String value) {
        return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown auth action: '" + value
                        + "'; expected one of " + Arrays.toString(Arrays.stream(values()).map(Action::value)
                        .toArray())));
    }

    @Override
    public String toString() {
        return value;
    }
}
