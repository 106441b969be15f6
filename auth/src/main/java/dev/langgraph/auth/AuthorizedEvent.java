package dev.langgraph.auth;

import dev.langgraph.auth.values.AuthValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of an allowed request, after its handler ran: the context, the value as the handler left it, and
 * the filter the request is restricted to. An adapter applies the filter: for a single-resource read, update
 * or delete, a resource whose metadata does not match is "not found" (404); searches and counts leave such
 * resources out.
 */
public final class AuthorizedEvent {

    private final AuthEvent<?> event;
    private final AuthContext context;
    private final AuthValue value;
    private final Map<String, Object> filter;

    AuthorizedEvent(AuthEvent<?> event, AuthContext context, AuthValue value, Map<String, Object> filter) {
        this.event = event;
        this.context = context;
        this.value = value;
        this.filter = filter;
    }

    /**
     * The event.
     *
     * @return e.g. {@link AuthEvent#THREADS_READ}
     */
    public AuthEvent<?> event() {
        return event;
    }

    /**
     * The context the handler saw.
     *
     * @return the context
     */
    public AuthContext context() {
        return context;
    }

    /**
     * The value after the handler ran (e.g. with {@code metadata.owner} stamped); the typed subclass of the
     * event, such as {@code ThreadsCreate}.
     *
     * @return the value
     */
    public AuthValue value() {
        return value;
    }

    /**
     * The filter the handler returned.
     *
     * @return the unmodifiable filter, empty when the event is not filtered
     */
    public Optional<Map<String, Object>> filter() {
        return Optional.ofNullable(filter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorizedEvent e && e.event == event && e.context.equals(context)
                && e.value.asMap().equals(value.asMap()) && Objects.equals(e.filter, filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, context, value.asMap(), filter);
    }

    @Override
    public String toString() {
        return "AuthorizedEvent[" + event + ", filter=" + filter + "]";
    }
}
