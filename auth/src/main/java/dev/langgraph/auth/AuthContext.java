package dev.langgraph.auth;

import java.util.List;
import java.util.Objects;

/**
 * What an authorization handler knows about the request besides its value (Python's {@code AuthContext}): the
 * authenticated user, their permissions, and the event's resource and action.
 *
 * @param user the authenticated user
 * @param permissions the user's permissions (copied, unmodifiable)
 * @param resource the resource of the event
 * @param action the action of the event
 */
public record AuthContext(BaseUser user, List<String> permissions, Resource resource, Action action) {

    /**
     * Creates a context.
     *
     * @param user the authenticated user
     * @param permissions the user's permissions
     * @param resource the resource of the event
     * @param action the action of the event
     * @throws NullPointerException if any component or permission is null
     */
    public AuthContext {
        Objects.requireNonNull(user, "user");
        permissions = List.copyOf(permissions);
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
    }

    /**
     * A context for a user, with the user's own permissions.
     *
     * @param user the user
     * @param event the exact event (not a resource-wide key)
     * @return the context
     * @throws IllegalArgumentException if the event is resource-wide
     */
    public static AuthContext of(BaseUser user, AuthEvent<?> event) {
        Action action = event.action().orElseThrow(() ->
                new IllegalArgumentException(event + " is resource-wide; give an exact event"));
        List<String> permissions = user.permissions() == null ? List.of() : user.permissions();
        return new AuthContext(user, permissions, event.resource(), action);
    }

    /**
     * Whether the user has a permission.
     *
     * @param permission e.g. {@code "threads:write"}
     * @return true if {@link #permissions()} holds it
     */
    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }
}
