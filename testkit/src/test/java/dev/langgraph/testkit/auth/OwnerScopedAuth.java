package dev.langgraph.testkit.auth;

import dev.langgraph.auth.Action;
import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthContext;
import dev.langgraph.auth.AuthResult;
import dev.langgraph.auth.Authenticate;
import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.Header;
import dev.langgraph.auth.On;
import dev.langgraph.auth.Resource;
import dev.langgraph.auth.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every user sees only their own threads, assistants and crons: {@code alice-token} is alice (display name Alice,
 * permissions {@code threads:write}, {@code crons:write}), {@code bob-token} is bob ({@code threads:write}), anything
 * else 401 with {@code WWW-Authenticate: Bearer}. Creates and updates stamp {@code metadata.owner}; run creation
 * also stamps {@code metadata.run_as}, so a test can tell that the {@code create_run} handler ran; every threads,
 * assistants and crons event is filtered on {@code owner}. The store is open.
 */
public final class OwnerScopedAuth {

    /** Alice's token. */
    public static final String ALICE = "alice-token";
    /** Bob's token. */
    public static final String BOB = "bob-token";

    private static final Map<String, User> USERS = Map.of(
            ALICE, User.builder("alice").displayName("Alice").permissions(List.of("threads:write", "crons:write"))
                    .build(),
            BOB, User.builder("bob").permission("threads:write").build());
    private static final Set<Action> STAMPED = Set.of(Action.CREATE, Action.UPDATE, Action.CREATE_RUN);

    private OwnerScopedAuth() {
    }

    /**
     * The rules as an {@link Auth}.
     *
     * @return the auth
     */
    public static Auth auth() {
        return Auth.fromAnnotated(new OwnerScopedAuth());
    }

    @Authenticate
    User authenticate(@Header("Authorization") String header) {
        User user = header == null ? null : USERS.get(header.replaceFirst("(?i)^bearer ", "").trim());
        if (user == null) {
            throw new HTTPException(401, header == null ? "Missing bearer token" : "Invalid bearer token",
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        return user;
    }

    @On
    @SuppressWarnings("unchecked")
    AuthResult ownOnly(AuthContext ctx, Map<String, Object> value) {
        if (ctx.resource() == Resource.STORE) {
            return AuthResult.allow();
        }
        if (STAMPED.contains(ctx.action()) && value.containsKey("metadata")) {
            Map<String, Object> metadata = value.get("metadata") instanceof Map<?, ?> m
                    ? (Map<String, Object>) m : new LinkedHashMap<>();
            value.put("metadata", metadata);
            metadata.put("owner", ctx.user().identity());
            if (ctx.action() == Action.CREATE_RUN) {
                metadata.put("run_as", ctx.user().identity());
            }
        }
        return AuthResult.filter(Map.of("owner", ctx.user().identity()));
    }
}
