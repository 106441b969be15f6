package dev.langgraph.testkit.internal.service;

import dev.langgraph.auth.BaseUser;
import dev.langgraph.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Map;

/**
 * Puts the authenticated user into a new run's config as the Python server does ({@code create_valid_run} and
 * {@code Runs.put}), so graph nodes can read it: {@code configurable.langgraph_auth_user} (the normalized user:
 * identity, display name, is_authenticated, permissions and any extra attribute the authentication handler
 * returned), {@code langgraph_auth_user_id} (its identity), {@code langgraph_auth_permissions} (its permissions),
 * and {@code user_id} when no config already names one. The stamps replace any value a client sent under those
 * keys. Only these: the request's {@code Authorization} header or token never reaches the run.
 */
final class AuthStamp {

    private AuthStamp() {
    }

    /**
     * Stamps a run's config.
     *
     * @param user the user the run is created as
     * @param configurable the run's {@code config.configurable}, changed in place
     * @param metadata the run's {@code config.metadata} (which the fake also uses as checkpoint metadata), changed
     *     in place: LangGraph copies a run's string {@code configurable} values into checkpoint metadata, so the
     *     two ids appear there; the user object and the permissions list (not scalars) do not
     */
    static void stamp(BaseUser user, Map<String, Object> configurable, Map<String, Object> metadata) {
        configurable.put("langgraph_auth_user", Json.copy(user.toMap()));
        configurable.put("langgraph_auth_user_id", user.identity());
        configurable.put("langgraph_auth_permissions",
                user.permissions() == null ? new ArrayList<>() : new ArrayList<>(user.permissions()));
        // Python: coalesce(request, thread, assistant configurable user_id, the identity)
        if (configurable.get("user_id") == null) {
            configurable.put("user_id", user.identity());
        }
        metadata.put("langgraph_auth_user_id", user.identity());
        if (configurable.get("user_id") instanceof String userId) {
            metadata.putIfAbsent("user_id", userId);
        }
    }
}
