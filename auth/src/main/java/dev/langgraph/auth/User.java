package dev.langgraph.auth;

import dev.langgraph.auth.internal.JsonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The usual {@link BaseUser}: what an authentication handler returns, or what the engine makes of a returned
 * identity or map (Python's normalized user: {@code display_name} defaults to the identity,
 * {@code is_authenticated} to true, {@code permissions} to none). Immutable.
 */
public final class User implements BaseUser {

    private static final Set<String> STANDARD_KEYS =
            Set.of("identity", "display_name", "is_authenticated", "permissions");

    private final String identity;
    private final String displayName;
    private final boolean authenticated;
    private final List<String> permissions;
    private final Map<String, Object> extra;

    private User(Builder b) {
        this.identity = requireIdentity(b.identity);
        this.displayName = b.displayName != null ? b.displayName : identity;
        this.authenticated = b.authenticated;
        this.permissions = List.copyOf(b.permissions);
        this.extra = JsonValues.immutableObject(b.extra);
    }

    /**
     * An authenticated user with no permissions, shown by their identity.
     *
     * @param identity the identity
     * @return the user
     * @throws IllegalArgumentException if the identity is null or blank
     */
    public static User of(String identity) {
        return builder(identity).build();
    }

    /**
     * A builder for a user with permissions, a display name or extra attributes.
     *
     * @param identity the identity
     * @return the builder
     * @throws IllegalArgumentException if the identity is null or blank
     */
    public static Builder builder(String identity) {
        return new Builder(requireIdentity(identity));
    }

    /**
     * A user from a map as Python's handlers return it: {@code identity} (required), {@code display_name},
     * {@code is_authenticated}, {@code permissions}; other entries become extra attributes.
     *
     * @param map the map
     * @return the user
     * @throws IllegalArgumentException if {@code identity} is missing or blank, a standard entry has the wrong
     *     type, or an extra attribute is not JSON-like
     */
    public static User fromMap(Map<String, ?> map) {
        Object identity = map.get("identity");
        if (!(identity instanceof String id)) {
            throw new IllegalArgumentException("A user map needs a string 'identity'");
        }
        Builder b = builder(id);
        Object displayName = map.get("display_name");
        if (displayName != null) {
            b.displayName(cast(displayName, String.class, "display_name"));
        }
        Object authenticated = map.get("is_authenticated");
        if (authenticated != null) {
            b.authenticated(cast(authenticated, Boolean.class, "is_authenticated"));
        }
        Object permissions = map.get("permissions");
        if (permissions != null) {
            for (Object p : cast(permissions, Collection.class, "permissions")) {
                b.permission(cast(p, String.class, "permissions[]"));
            }
        }
        map.forEach((k, v) -> {
            if (!STANDARD_KEYS.contains(k)) {
                b.attribute(k, v);
            }
        });
        return b.build();
    }

    private static <T> T cast(Object value, Class<T> type, String key) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("User entry '" + key + "' must be a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static String requireIdentity(String identity) {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("A user's identity must not be blank");
        }
        return identity;
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean isAuthenticated() {
        return authenticated;
    }

    @Override
    public List<String> permissions() {
        return permissions;
    }

    /**
     * The extra attributes the authentication handler returned besides the standard ones.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> attributes() {
        return extra;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = BaseUser.super.toMap();
        map.putAll(extra);
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User u && u.identity.equals(identity) && u.displayName.equals(displayName)
                && u.authenticated == authenticated && u.permissions.equals(permissions) && u.extra.equals(extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identity, displayName, authenticated, permissions, extra);
    }

    @Override
    public String toString() {
        return "User" + toMap();
    }

    /** Builds a {@link User}. */
    public static final class Builder {

        private final String identity;
        private String displayName;
        private boolean authenticated = true;
        private final List<String> permissions = new ArrayList<>();
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private Builder(String identity) {
            this.identity = identity;
        }

        /**
         * Sets the display name.
         *
         * @param displayName the name; null means the identity
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * Sets whether the user is authenticated (default true).
         *
         * @param authenticated the flag
         * @return this builder
         */
        public Builder authenticated(boolean authenticated) {
            this.authenticated = authenticated;
            return this;
        }

        /**
         * Adds one permission.
         *
         * @param permission e.g. {@code "threads:write"}
         * @return this builder
         * @throws NullPointerException if the permission is null
         */
        public Builder permission(String permission) {
            permissions.add(Objects.requireNonNull(permission, "permission"));
            return this;
        }

        /**
         * Adds permissions.
         *
         * @param permissions the permissions
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder permissions(Collection<String> permissions) {
            permissions.forEach(this::permission);
            return this;
        }

        /**
         * Adds an extra attribute (e.g. {@code org_id}), readable through {@link User#get(String)}.
         *
         * @param key the attribute's name; not one of the standard names
         * @param value a JSON-like value
         * @return this builder
         * @throws IllegalArgumentException if the key is a standard name
         */
        public Builder attribute(String key, Object value) {
            if (STANDARD_KEYS.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is a standard user field; use its setter");
            }
            extra.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        /**
         * Builds the user.
         *
         * @return the user
         * @throws IllegalArgumentException if an extra attribute is not JSON-like
         */
        public User build() {
            return new User(this);
        }
    }
}
