package dev.langgraph.auth.internal;

import dev.langgraph.auth.Action;
import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.Resource;
import java.util.List;

/**
 * What an authorization handler is registered for: a resource and an action, each a name or {@code "*"}.
 * Only keys some event can reach are valid, so a typo cannot leave a resource silently unprotected.
 *
 * @param resource a resource name or {@code "*"}
 * @param action an action name or {@code "*"}
 */
public record HandlerKey(String resource, String action) {

    /** The wildcard. */
    public static final String ANY = "*";

    /** The global handler's key. */
    public static final HandlerKey GLOBAL = new HandlerKey(ANY, ANY);

    /**
     * Checks the names.
     *
     * @param resource a resource name or {@code "*"}
     * @param action an action name or {@code "*"}
     * @throws IllegalArgumentException if a name is unknown, the resource is the reserved {@code runs}, or the
     *     resource has no such action (e.g. {@code store:create})
     */
    public HandlerKey {
        if (!ANY.equals(resource) && Resource.of(resource) == Resource.RUNS) {
            throw new IllegalArgumentException("No request raises a 'runs' event: run creation is "
                    + "threads:create_run and run reads are threads:read; register on 'threads'");
        }
        if (!ANY.equals(action)) {
            Action.of(action);
        }
        if (!ANY.equals(resource) && !ANY.equals(action)) {
            AuthEvent.of(Resource.of(resource), Action.of(action)); // throws for an impossible pair
        }
    }

    /**
     * The exact events this key covers.
     *
     * @return the events, in {@link AuthEvent#all()} order
     */
    public List<AuthEvent<?>> events() {
        return AuthEvent.all().stream()
                .filter(e -> ANY.equals(resource) || e.resource().value().equals(resource))
                .filter(e -> ANY.equals(action) || e.action().orElseThrow().value().equals(action))
                .toList();
    }

    /**
     * The keys tried for an event, most specific first: {@code resource:action}, {@code resource:*},
     * {@code *:action}, {@code *:*} (the Python and JS servers' order).
     *
     * @param event an exact event
     * @return the four keys
     */
    public static List<HandlerKey> lookupOrder(AuthEvent<?> event) {
        String r = event.resource().value();
        String a = event.action().orElseThrow().value();
        return List.of(new HandlerKey(r, a), new HandlerKey(r, ANY), new HandlerKey(ANY, a), GLOBAL);
    }

    @Override
    public String toString() {
        return resource + ":" + action;
    }
}
