package dev.langgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Python server's opt-in answer to a refused authentication: 403, the handler's detail, no headers. */
class AuthenticationErrorsAs403Test {

    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

    private static AuthEngine engine(Authenticator authenticator, boolean as403) {
        Auth auth = Auth.builder().authenticate(authenticator)
                .on(AuthEvent.THREADS_READ, (ctx, value) -> {
                    throw new HTTPException(401, "handler says no", CHALLENGE);
                })
                .build();
        return AuthEngine.builder(auth).authenticationErrorsAs403(as403).build();
    }

    private static AuthOutcome get(AuthEngine engine, String path) {
        return engine.authorize(TestAuths.request("GET", path).build());
    }

    @Test
    void a401Or403OfTheAuthenticationHandlerBecomes403WithItsDetailAndNoHeaders() {
        AuthEngine unauthorized = engine(r -> {
            throw new HTTPException(401, "Invalid token", CHALLENGE);
        }, true);
        AuthEngine forbidden = engine(r -> {
            throw new HTTPException(403, "Banned", CHALLENGE);
        }, true);
        AuthEngine bare = engine(r -> {
            throw new HTTPException();
        }, true);

        assertThat(get(unauthorized, "/assistants/a1")).isEqualTo(new AuthOutcome.Denied(403, "Invalid token", Map.of()));
        assertThat(get(forbidden, "/assistants/a1")).isEqualTo(new AuthOutcome.Denied(403, "Banned", Map.of()));
        assertThat(get(bare, "/assistants/a1")).isEqualTo(new AuthOutcome.Denied(403, "Unauthorized", Map.of()));
    }

    @Test
    void otherStatusesAndAuthorizationHandlersKeepTheirAnswer() {
        AuthEngine teapot = engine(r -> {
            throw new HTTPException(418, "Teapot", CHALLENGE);
        }, true);
        AuthEngine alice = engine(TestAuths.ALICE, true);

        assertThat(get(teapot, "/assistants/a1")).isEqualTo(new AuthOutcome.Denied(418, "Teapot", CHALLENGE));
        // the threads:read handler's own 401 is an authorization answer: the Python server passes it through
        assertThat(get(alice, "/threads/t1")).isEqualTo(new AuthOutcome.Denied(401, "handler says no", CHALLENGE));
        assertThat(get(alice, "/assistants/a1")).isInstanceOf(AuthOutcome.Allowed.class);
    }

    @Test
    void offByDefaultTheHandlersStatusAndHeadersAreAnswered() {
        Auth auth = Auth.builder().authenticate(r -> {
            throw new HTTPException(401, "Invalid token", CHALLENGE);
        }).build();

        assertThat(AuthEngine.create(auth).authorize(TestAuths.request("GET", "/threads/t1").build()))
                .isEqualTo(new AuthOutcome.Denied(401, "Invalid token", CHALLENGE));
        assertThat(get(engine(r -> {
            throw new HTTPException(401, "Invalid token", CHALLENGE);
        }, false), "/threads/t1")).isEqualTo(new AuthOutcome.Denied(401, "Invalid token", CHALLENGE));
    }
}
