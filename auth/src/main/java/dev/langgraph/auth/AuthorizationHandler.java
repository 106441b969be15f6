package dev.langgraph.auth;

import dev.langgraph.auth.values.AuthValue;

/**
 * An authorization handler (Python's {@code @auth.on...}): decides one event and may change its value, e.g.
 * stamp {@code metadata.owner}; the changed value is what the server stores.
 *
 * @param <V> the value type of the events it is registered for
 */
@FunctionalInterface
public interface AuthorizationHandler<V extends AuthValue> {

    /**
     * Decides an event.
     *
     * @param context the user, permissions, resource and action
     * @param value the event's value; mutable
     * @return allow, deny or filter; never null (null is treated as a handler bug: 500)
     * @throws HTTPException to answer with that status, detail and headers (e.g. 403 "Not authorized")
     */
    AuthResult authorize(AuthContext context, V value);
}
