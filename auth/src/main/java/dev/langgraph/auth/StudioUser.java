package dev.langgraph.auth;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user LangGraph Studio requests run as on the LangGraph Platform (Python's {@code StudioUser}): identity
 * and display name are the username; permissions are {@code ["authenticated"]} when authenticated.
 *
 * <p>This SDK never creates one from a request header: on the Platform, LangSmith verifies Studio's credentials
 * before the {@code x-auth-scheme: langsmith} header is trusted, and a Java adapter cannot, so honouring that
 * header would let anyone in. Handlers can still recognise a Studio user their own authenticator returned, with
 * {@link #isStudioUser(Object)}.
 */
public final class StudioUser implements BaseUser {

    private final String username;
    private final boolean authenticated;

    /**
     * A Studio user that is not authenticated (Python's default).
     *
     * @param username the username
     * @throws IllegalArgumentException if the username is null or blank
     */
    public StudioUser(String username) {
        this(username, false);
    }

    /**
     * A Studio user.
     *
     * @param username the username
     * @param authenticated whether authenticated
     * @throws IllegalArgumentException if the username is null or blank
     */
    public StudioUser(String username, boolean authenticated) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A Studio user's username must not be blank");
        }
        this.username = username;
        this.authenticated = authenticated;
    }

    /**
     * Whether a user is a Studio user: an instance of this class, or a map or user whose {@code kind} is
     * {@code "StudioUser"} (Python's {@code is_studio_user}).
     *
     * @param user a user object or map, may be null
     * @return true for a Studio user
     */
    public static boolean isStudioUser(Object user) {
        if (user instanceof StudioUser) {
            return true;
        }
        if (user instanceof Map<?, ?> map) {
            return "StudioUser".equals(map.get("kind"));
        }
        return user instanceof BaseUser u && "StudioUser".equals(u.get("kind"));
    }

    @Override
    public String identity() {
        return username;
    }

    @Override
    public String displayName() {
        return username;
    }

    @Override
    public boolean isAuthenticated() {
        return authenticated;
    }

    @Override
    public List<String> permissions() {
        return authenticated ? List.of("authenticated") : List.of();
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = BaseUser.super.toMap();
        map.put("kind", "StudioUser");
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StudioUser s && s.username.equals(username) && s.authenticated == authenticated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, authenticated);
    }

    @Override
    public String toString() {
        return "StudioUser" + toMap();
    }
}
