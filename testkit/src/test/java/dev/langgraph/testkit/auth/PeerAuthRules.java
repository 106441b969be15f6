package dev.langgraph.testkit.auth;

import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthContext;
import dev.langgraph.auth.Authenticate;
import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.Header;
import dev.langgraph.auth.On;
import dev.langgraph.auth.User;

import dev.langgraph.auth.values.AssistantsCreate;
import dev.langgraph.auth.values.AssistantsUpdate;
import dev.langgraph.auth.values.AssistantsValue;
import dev.langgraph.auth.values.RunsCreate;
import dev.langgraph.auth.values.StoreValue;
import dev.langgraph.auth.values.ThreadsCreate;
import dev.langgraph.auth.values.ThreadsUpdate;
import dev.langgraph.auth.values.ThreadsValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The peer server's rules ({@code shared/peer/auth/auth.ts}) as a Java {@link Auth}, written with annotations:
 * <ul>
 *   <li>{@code alice-token}: alice, permissions {@code threads:write}, {@code assistants:write}, {@code store};
 *       {@code bob-token}: bob, {@code threads:write}; anything else: 401 with {@code WWW-Authenticate: Bearer};</li>
 *   <li>threads (every action, and {@code create_run}): owner filter on {@code metadata.owner}; create, update
 *       and run creation stamp the owner;</li>
 *   <li>assistants read/search: everyone; create/update/delete: need {@code assistants:write} (else 403), owner
 *       stamped and filtered;</li>
 *   <li>store: needs {@code store} (else 403); the namespace's first label must be the caller (else 403).</li>
 * </ul>
 */
public final class PeerAuthRules {

    /** Alice's token. */
    public static final String ALICE_TOKEN = "alice-token";
    /** Bob's token. */
    public static final String BOB_TOKEN = "bob-token";

    private static final Map<String, User> USERS = Map.of(
            ALICE_TOKEN, User.builder("alice").displayName("Alice")
                    .permissions(List.of("threads:write", "assistants:write", "store")).build(),
            BOB_TOKEN, User.builder("bob").displayName("Bob").permission("threads:write").build());
    private static final Map<String, String> BEARER_CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

    /**
     * The rules as an {@link Auth}.
     *
     * @return the auth
     */
    public static Auth auth() {
        return Auth.fromAnnotated(new PeerAuthRules());
    }

    @Authenticate
    User authenticate(@Header("Authorization") String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            throw new HTTPException(401, "Missing bearer token", BEARER_CHALLENGE);
        }
        User user = USERS.get(header.substring("bearer ".length()).trim());
        if (user == null) {
            throw new HTTPException(401, "Invalid bearer token", BEARER_CHALLENGE);
        }
        return user;
    }

    @On(resource = "threads")
    Map<String, Object> threads(AuthContext ctx, ThreadsValue value) {
        if (value instanceof ThreadsCreate create) {
            stampOwner(ctx, create.metadata());
        } else if (value instanceof ThreadsUpdate update) {
            stampOwner(ctx, update.metadata());
        }
        return ownerFilter(ctx);
    }

    @On(resource = "threads", action = "create_run")
    Map<String, Object> createRun(AuthContext ctx, RunsCreate value) {
        stampOwner(ctx, value.metadata());
        return ownerFilter(ctx);
    }

    @On(resource = "assistants", action = {"read", "search"})
    boolean readAssistants(AuthContext ctx, AssistantsValue value) {
        return true;
    }

    @On(resource = "assistants", action = {"create", "update", "delete"})
    Map<String, Object> writeAssistants(AuthContext ctx, AssistantsValue value) {
        requirePermission(ctx, "assistants:write");
        if (value instanceof AssistantsCreate create) {
            stampOwner(ctx, create.metadata());
        } else if (value instanceof AssistantsUpdate update) {
            stampOwner(ctx, update.metadata());
        }
        return ownerFilter(ctx);
    }

    @On(resource = "store")
    void store(AuthContext ctx, StoreValue value) {
        requirePermission(ctx, "store");
        List<String> namespace = value.namespace();
        if (namespace != null && !namespace.isEmpty() && !namespace.get(0).equals(ctx.user().identity())) {
            throw new HTTPException(403, "Namespace must start with the caller's identity");
        }
    }

    private static void stampOwner(AuthContext ctx, Map<String, Object> metadata) {
        metadata.put("owner", ctx.user().identity());
    }

    private static Map<String, Object> ownerFilter(AuthContext ctx) {
        return Map.of("owner", ctx.user().identity());
    }

    private static void requirePermission(AuthContext ctx, String needed) {
        if (!ctx.hasPermission(needed)) {
            throw new HTTPException(403, "Missing permission: " + needed);
        }
    }
}
