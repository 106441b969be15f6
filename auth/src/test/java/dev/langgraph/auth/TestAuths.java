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

    /** A request with a bearer token. */
    static AuthRequest.Builder request(String method, String path) {
        return AuthRequest.builder(method, path).header("Authorization", "Bearer t");
    }
}
