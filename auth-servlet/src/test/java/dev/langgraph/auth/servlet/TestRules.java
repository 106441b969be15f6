package dev.langgraph.auth.servlet;

import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.AuthResult;
import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.User;
import dev.langgraph.auth.values.ThreadsCreate;
import dev.langgraph.auth.values.ThreadsUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rules the filter tests run with. Tokens: {@code alice} (permissions {@code threads:write}, {@code store}),
 * {@code bob} (none), {@code boom} (the authentication handler fails unexpectedly); anything else is 401 with
 * {@code WWW-Authenticate: Bearer realm="test"}. Threads: owner stamped on create and update, owner filter on every
 * action. Assistants: create denied unless {@code threads:write}. Store: the namespace is prefixed with the caller.
 * Crons: the handler fails unexpectedly.
 */
final class TestRules {

    static final String SECRET = "do-not-leak-this";
    static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"test\"");

    final AtomicInteger authentications = new AtomicInteger();

    Auth auth() {
        return Auth.builder()
                .authenticate(req -> {
                    authentications.incrementAndGet();
                    String header = req.authorization().orElse("");
                    return switch (header) {
                        case "Bearer alice" -> User.builder("alice").permission("threads:write").permission("store")
                                .build();
                        case "Bearer bob" -> User.of("bob");
                        case "Bearer boom" -> throw new IllegalStateException(SECRET);
                        default -> throw new HTTPException(401, "Who are you?", CHALLENGE);
                    };
                })
                .on(AuthEvent.THREADS, (ctx, value) -> {
                    if (value instanceof ThreadsCreate create) {
                        create.metadata().put("owner", ctx.user().identity());
                    } else if (value instanceof ThreadsUpdate update) {
                        update.metadata().put("owner", ctx.user().identity());
                    }
                    return AuthResult.filter(Map.of("owner", ctx.user().identity()));
                })
                .on(AuthEvent.THREADS_CREATE_RUN, (ctx, value) -> {
                    value.metadata().put("owner", ctx.user().identity());
                    return AuthResult.filter(Map.of("owner", ctx.user().identity()));
                })
                .on(AuthEvent.ASSISTANTS_CREATE, (ctx, value) -> AuthResult.of(ctx.hasPermission("threads:write")))
                .on(AuthEvent.STORE, (ctx, value) -> {
                    List<String> namespace = new ArrayList<>(value.namespace() == null ? List.of()
                            : value.namespace());
                    namespace.add(0, ctx.user().identity());
                    value.namespace(namespace);
                    return AuthResult.allow();
                })
                .on(AuthEvent.CRONS, (ctx, value) -> {
                    throw new IllegalStateException(SECRET);
                })
                .build();
    }
}
