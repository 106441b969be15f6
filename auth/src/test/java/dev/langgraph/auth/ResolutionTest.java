package dev.langgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.auth.values.AuthValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exactly one handler decides an event: resource:action, then resource:*, then *:action, then global. */
class ResolutionTest {

    private static AuthorizationHandler<AuthValue> named(String name) {
        return (ctx, v) -> AuthResult.filter(Map.of("by", name));
    }

    private static String decidedBy(Auth auth, String method, String path) {
        AuthOutcome outcome = AuthEngine.create(auth).authorize(TestAuths.request(method, path).body(Map.of())
                .build());
        return ((AuthOutcome.Allowed) outcome).filter().map(f -> (String) f.get("by")).orElse("nobody");
    }

    private final Auth all = Auth.builder().authenticate(r -> User.of("u"))
            .on(AuthEvent.THREADS_CREATE, named("threads:create")::authorize)
            .on(AuthEvent.THREADS, named("threads:*")::authorize)
            .on(Action.DELETE, named("*:delete"))
            .on(named("global"))
            .build();

    @Test
    void theExactEventWins() {
        assertThat(decidedBy(all, "POST", "/threads")).isEqualTo("threads:create");
    }

    @Test
    void thenTheResource() {
        assertThat(decidedBy(all, "GET", "/threads/t1")).isEqualTo("threads:*");
        assertThat(decidedBy(all, "DELETE", "/threads/t1")).isEqualTo("threads:*");
    }

    @Test
    void thenTheAction() {
        assertThat(decidedBy(all, "DELETE", "/assistants/a1")).isEqualTo("*:delete");
    }

    @Test
    void thenTheGlobalHandler() {
        assertThat(decidedBy(all, "POST", "/assistants/search")).isEqualTo("global");
    }

    @Test
    void withoutAnyHandlerTheEventIsAllowed() {
        Auth onlyThreads = Auth.builder().authenticate(r -> User.of("u"))
                .on(AuthEvent.THREADS, (ctx, v) -> AuthResult.deny()).build();

        assertThat(decidedBy(onlyThreads, "POST", "/assistants/search")).isEqualTo("nobody");
    }
}
