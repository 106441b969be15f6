package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's authentication step: what the handler sees, and how its answers become outcomes. */
class EngineAuthenticationTest {

    @Test
    void theHandlerSeesTheRequestWithItsPathParameters() {
        List<AuthRequest> seen = new ArrayList<>();
        Auth auth = Auth.builder().authenticate(r -> {
            seen.add(r);
            return User.of("alice");
        }).build();

        TestAuths.authorize(auth, TestAuths.request("POST", "/threads/t%201/runs/r1/cancel").rawQuery("wait=1")
                .body(json("x", 1)));

        AuthRequest r = seen.get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/threads/t%201/runs/r1/cancel");
        assertThat(r.pathParams()).containsExactly(Map.entry("thread_id", "t 1"), Map.entry("run_id", "r1"));
        assertThat(r.queryParam("wait")).contains("1");
        assertThat(r.authorization()).contains("Bearer t");
        assertThat(r.header("AUTHORIZATION")).contains("Bearer t");
        assertThat(r.body()).isEqualTo(json("x", 1));
    }

    @Test
    void anHttpExceptionRefusesWithItsStatusDetailAndHeaders() {
        Auth auth = Auth.builder().authenticate(r -> {
            throw new HTTPException(401, "Invalid token", Map.of("WWW-Authenticate", "Bearer"));
        }).build();

        assertThat(TestAuths.authorize(auth, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(new AuthOutcome.Denied(401, "Invalid token", Map.of("WWW-Authenticate", "Bearer")));
    }

    @Test
    void theDefaultHttpExceptionIs401Unauthorized() {
        Auth auth = Auth.builder().authenticate(r -> {
            throw new HTTPException();
        }).build();

        assertThat(TestAuths.authorize(auth, TestAuths.request("GET", "/threads/t1"))).isEqualTo(TestAuths.denied(401, "Unauthorized"));
    }

    @Test
    void anUnexpectedExceptionIsA500WithoutItsText() {
        Auth auth = Auth.builder().authenticate(r -> {
            throw new IllegalStateException("db password is hunter2");
        }).build();

        assertThat(TestAuths.authorize(auth, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
    }

    @Test
    void nullOrIdentitylessUsersAreA500() {
        Auth nullUser = Auth.builder().authenticate(r -> null).build();
        Auth blank = Auth.builder().authenticate(r -> () -> " ").build();
        Auth nullPermission = Auth.builder().authenticate(r -> badPermissions()).build();

        assertThat(TestAuths.authorize(nullUser, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
        assertThat(TestAuths.authorize(blank, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
        assertThat(TestAuths.authorize(nullPermission, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
    }

    private BaseUser badPermissions() {
        return new BaseUser() {
            @Override
            public String identity() {
                return "x";
            }

            @Override
            public String displayName() {
                return "x";
            }

            @Override
            public boolean isAuthenticated() {
                return true;
            }

            @Override
            public List<String> permissions() {
                return java.util.Arrays.asList("a", null);
            }
        };
    }

    @Test
    void aMinimalUserGetsTheDefaults() {
        Auth auth = Auth.builder().authenticate(r -> () -> "alice").build();

        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(auth,
                TestAuths.request("GET", "/threads/t1"));

        assertThat(allowed.user()).isEqualTo(User.of("alice"));
        assertThat(allowed.context().permissions()).isEmpty();
    }

    @Test
    void metaRoutesCanBeMadeToNeedAuthentication() {
        AuthEngine jsStyle = AuthEngine.builder(TestAuths.allowAll()).publicRoutes(List.of("/info")).build();

        AuthOutcome ok = jsStyle.authorize(TestAuths.request("GET", "/ok").build());
        AuthOutcome info = jsStyle.authorize(AuthRequest.builder("GET", "/info").build());

        assertThat(ok).isInstanceOfSatisfying(AuthOutcome.Allowed.class, a -> {
            assertThat(a.events()).isEmpty();
            assertThat(a.filter()).isEmpty();
            assertThatThrownBy(a::context).isInstanceOf(IllegalStateException.class);
        });
        assertThat(info).isEqualTo(new AuthOutcome.Public("/info"));
    }

    @Test
    void onlyMetaRoutesCanBePublic() {
        assertThatThrownBy(() -> AuthEngine.builder(TestAuths.allowAll()).publicRoutes(List.of("/threads")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/threads");
    }
}
