package dev.langgraph.auth;

import java.util.concurrent.atomic.AtomicInteger;

/** Small Auths for engine tests. */
final class TestAuths {

    private TestAuths() {
    }

    /** Authenticates everyone as "u" (permission "p"); no authorization handler, so every event is allowed. */
    static Auth allowAll() {
        return Auth.builder().authenticate(r -> User.builder("u").permission("p").build()).build();
    }

    /** Like {@link #allowAll()}, counting authentication calls. */
    static Auth counting(AtomicInteger calls) {
        return Auth.builder().authenticate(r -> {
            calls.incrementAndGet();
            return User.of("u");
        }).build();
    }

    /** Authenticates everyone as alice, permission threads:write; add handlers to the builder. */
    static final Authenticator ALICE = r -> User.builder("alice").permission("threads:write").build();

    /** Decides one request with a fresh engine. */
    static AuthOutcome authorize(Auth auth, AuthRequest.Builder request) {
        return AuthEngine.create(auth).authorize(request.build());
    }

    /** A refusal without headers. */
    static AuthOutcome.Denied denied(int status, String detail) {
        return new AuthOutcome.Denied(status, detail, java.util.Map.of());
    }

    /** A request with a bearer token. */
    static AuthRequest.Builder request(String method, String path) {
        return AuthRequest.builder(method, path).header("Authorization", "Bearer t");
    }
}
