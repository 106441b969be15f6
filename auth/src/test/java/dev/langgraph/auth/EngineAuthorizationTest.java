package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's authorization step: results, handler errors, and several events per request. */
class EngineAuthorizationTest {

    @Test
    void denyIs403Forbidden() {
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> AuthResult.deny()).build();

        assertThat(TestAuths.authorize(auth, TestAuths.request("GET", "/threads/t1"))).isEqualTo(TestAuths.denied(403, "Forbidden"));
    }

    @Test
    void aHandlersHttpExceptionIsItsAnswer() {
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            throw new HTTPException(403, "Not authorized");
        }).build();

        assertThat(TestAuths.authorize(auth, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(403, "Not authorized"));
    }

    @Test
    void anAssertionErrorIs403AsInPython() {
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            throw new AssertionError("owner mismatch");
        }).build();

        assertThat(TestAuths.authorize(auth, TestAuths.request("GET", "/threads/t1"))).isEqualTo(TestAuths.denied(403, "Forbidden"));
    }

    @Test
    void anUnexpectedExceptionOrNullResultIsA500() {
        Auth throwing = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            throw new NullPointerException("secret detail");
        }).build();
        Auth returningNull = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> null).build();

        assertThat(TestAuths.authorize(throwing, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
        assertThat(TestAuths.authorize(returningNull, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
    }

    @Test
    void theHandlerSeesUserPermissionsResourceAndAction() {
        List<AuthContext> seen = new ArrayList<>();
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            seen.add(ctx);
            return AuthResult.allow();
        }).build();

        TestAuths.authorize(auth, TestAuths.request("POST", "/threads/t1/runs").body(json("assistant_id", "echo")));

        assertThat(seen).containsExactly(new AuthContext(User.builder("alice").permission("threads:write")
                .build(), List.of("threads:write"), Resource.THREADS, Action.CREATE_RUN));
    }

    @Test
    void aFilterIsReturnedWithTheEvent() {
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE)
                .on(AuthEvent.THREADS, (ctx, v) -> AuthResult.filter(Map.of("owner", ctx.user().identity())))
                .build();

        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(auth,
                TestAuths.request("POST", "/threads/search").body(json()));

        assertThat(allowed.filter()).contains(Map.of("owner", "alice"));
        assertThat(allowed.events().get(0).filter()).contains(Map.of("owner", "alice"));
    }

    @Test
    void everyEventOfARequestIsDecidedAndTheFirstDenialWins() {
        List<String> decided = new ArrayList<>();
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE)
                .on(AuthEvent.THREADS_READ, (ctx, v) -> {
                    decided.add("read " + v.threadId());
                    return AuthResult.allow();
                })
                .on(AuthEvent.THREADS_CREATE, (ctx, v) -> {
                    decided.add("create");
                    return AuthResult.deny();
                }).build();

        AuthOutcome copy = TestAuths.authorize(auth, TestAuths.request("POST", "/threads/t1/copy"));

        assertThat(decided).containsExactly("read t1", "create");
        assertThat(copy).isEqualTo(TestAuths.denied(403, "Forbidden"));
    }
}
