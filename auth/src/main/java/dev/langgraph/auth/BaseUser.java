package dev.langgraph.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An authenticated caller as authorization handlers see it (Python's {@code BaseUser} protocol): identity,
 * display name, whether authenticated, permissions, and map-like access to every attribute, including extra
 * ones an authentication handler returned.
 */
public interface BaseUser extends MinimalUser {

    /**
     * The name to show.
     *
     * @return the display name (by default the identity)
     */
    String displayName();

    /**
     * Whether the caller is authenticated (Python's {@code is_authenticated}).
     *
     * @return true by default
     */
    boolean isAuthenticated();

    /**
     * The caller's permissions (scopes), also given to handlers as {@link AuthContext#permissions()}.
     *
     * @return an unmodifiable list, possibly empty
     */
    List<String> permissions();

    /**
     * The user as Python's normalized user dict: {@code identity}, {@code display_name},
     * {@code is_authenticated}, {@code permissions}, plus any extra attributes.
     *
     * @return a new map, in that order
     */
    default Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("identity", identity());
        map.put("display_name", displayName());
        map.put("is_authenticated", isAuthenticated());
        map.put("permissions", permissions());
        return map;
    }

    /**
     * One attribute by its Python name (Python's {@code user["..."]}).
     *
     * @param key e.g. {@code "display_name"} or an extra attribute's name
     * @return its value, null when the user has no such attribute
     */
    default Object get(String key) {
        return toMap().get(key);
    }

    /**
     * Whether the user has an attribute (Python's {@code key in user}).
     *
     * @param key the attribute's name
     * @return true if {@link #keys()} holds it
     */
    default boolean containsKey(String key) {
        return toMap().containsKey(key);
    }

    /**
     * The attribute names (Python's {@code iter(user)}).
     *
     * @return the names, in {@link #toMap()} order
     */
    default Set<String> keys() {
        return toMap().keySet();
    }
}
