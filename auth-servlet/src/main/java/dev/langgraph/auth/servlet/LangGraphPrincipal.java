package dev.langgraph.auth.servlet;

import dev.langgraph.auth.BaseUser;
import java.security.Principal;
import java.util.Objects;

/**
 * The user {@link LangGraphAuthFilter} authenticated, as {@code HttpServletRequest.getUserPrincipal()} returns it:
 * the name is the user's identity, and {@link #user()} gives the whole user (permissions, display name, extra
 * attributes).
 */
public final class LangGraphPrincipal implements Principal {

    private final BaseUser user;

    /**
     * Wraps a user.
     *
     * @param user the authenticated user
     * @throws NullPointerException if the user is null
     */
    public LangGraphPrincipal(BaseUser user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    /**
     * The authenticated user.
     *
     * @return the user the authentication handler returned
     */
    public BaseUser user() {
        return user;
    }

    /**
     * The user's identity.
     *
     * @return {@link BaseUser#identity()}
     */
    @Override
    public String getName() {
        return user.identity();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LangGraphPrincipal p && p.user.equals(user);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "LangGraphPrincipal[" + user.identity() + "]";
    }
}
