package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.auth.values.AssistantsValue;
import dev.langgraph.auth.values.AuthValue;
import dev.langgraph.auth.values.StoreValue;
import dev.langgraph.auth.values.ThreadsCreate;
import dev.langgraph.auth.values.ThreadsRead;
import dev.langgraph.auth.values.ThreadsValue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnnotatedRegistrationTest {

    /** Every supported parameter and result form. */
    static class Handlers {

        @Authenticate
        Map<String, Object> authenticate(AuthRequest request, @Header("authorization") String authorization,
                @QueryParam("tenant") String tenant, @PathParam("thread_id") String threadId, @Body Object body,
                @Body Map<String, Object> bodyObject) {
            return json("identity", "alice", "permissions", List.of("p"), "seen", String.join("|",
                    request.method(), String.valueOf(authorization), String.valueOf(tenant), String.valueOf(threadId),
                    String.valueOf(body), String.valueOf(bodyObject)));
        }

        @On(resource = "threads", action = "create")
        AuthResult create(AuthContext ctx, ThreadsCreate value) {
            value.metadata().put("owner", ctx.user().identity());
            return AuthResult.allow();
        }

        @On(resource = "threads")
        Map<String, Object> threads(AuthContext ctx, ThreadsValue value) {
            return Map.of("owner", ctx.user().identity());
        }

        @On(resource = "assistants", action = {"read", "search"})
        boolean readAssistants(AuthContext ctx, AssistantsValue value) {
            return true;
        }

        @On(resource = "assistants", action = "delete")
        Boolean deleteAssistants(AuthContext ctx, Object value) {
            return false;
        }

        @On(resource = "store")
        void store(AuthContext ctx, StoreValue value) {
            value.namespace(List.of(ctx.user().identity()));
        }

        @On(action = "update")
        private static Map<String, Object> anyUpdate(AuthContext ctx, Map<String, Object> value) {
            value.put("seen_by", "anyUpdate");
            return Map.of();
        }

        @On
        AuthResult global(AuthContext ctx, AuthValue value) {
            return AuthResult.deny();
        }
    }

    private final AuthEngine engine = AuthEngine.create(Auth.fromAnnotated(new Handlers()));

    private AuthOutcome authorize(AuthRequest.Builder request) {
        return engine.authorize(request.build());
    }

    @Test
    void registersEveryAnnotatedKey() {
        assertThat(Auth.fromAnnotated(new Handlers()).registeredKeys()).containsExactly("*:*", "*:update",
                "assistants:delete", "assistants:read", "assistants:search", "store:*", "threads:*",
                "threads:create");
    }

    @Test
    void authenticationParametersAreInjected() {
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(TestAuths.request("POST", "/threads/t1/runs")
                .rawQuery("tenant=acme").body(json("assistant_id", "echo")));

        assertThat(allowed.user().get("seen")).isEqualTo(
                "POST|Bearer t|acme|t1|{assistant_id=echo}|{assistant_id=echo}");
        assertThat(allowed.user().permissions()).containsExactly("p");
    }

    @Test
    void eachResultFormDecides() {
        AuthOutcome.Allowed created = (AuthOutcome.Allowed) authorize(TestAuths.request("POST", "/threads"));
        AuthOutcome.Allowed read = (AuthOutcome.Allowed) authorize(TestAuths.request("GET", "/threads/t1"));
        AuthOutcome.Allowed assistant = (AuthOutcome.Allowed) authorize(TestAuths.request("GET", "/assistants/a1"));
        AuthOutcome deleted = authorize(TestAuths.request("DELETE", "/assistants/a1"));
        AuthOutcome.Allowed stored = (AuthOutcome.Allowed) authorize(TestAuths.request("DELETE", "/store/items")
                .body(json("namespace", List.of("x"), "key", "k")));
        AuthOutcome.Allowed updated = (AuthOutcome.Allowed) authorize(TestAuths.request("PATCH", "/assistants/a1")
                .body(json()));
        AuthOutcome crons = authorize(TestAuths.request("DELETE", "/runs/crons/c1"));

        assertThat(created.body()).isEqualTo(json("metadata", json("owner", "alice")));
        assertThat(created.filter()).isEmpty();
        assertThat(read.filter()).contains(Map.of("owner", "alice"));
        assertThat(assistant.filter()).isEmpty();
        assertThat(deleted).isEqualTo(new AuthOutcome.Denied(403, "Forbidden", Map.of()));
        assertThat(stored.body()).isEqualTo(json("namespace", List.of("alice"), "key", "k"));
        assertThat(updated.value().get("seen_by")).isEqualTo("anyUpdate");
        assertThat(crons).isEqualTo(new AuthOutcome.Denied(403, "Forbidden", Map.of()));
    }

    static class CheckedThrower {
        @Authenticate
        String authenticate() throws IOException {
            throw new IOException("token store down: secret");
        }
    }

    static class NullReturner {
        @Authenticate
        static String authenticate() {
            return "alice";
        }

        @On
        Boolean decide(AuthContext ctx, AuthValue value) {
            return null;
        }
    }

    @Test
    void checkedExceptionsAndNullResultsAreA500() {
        AuthOutcome thrown = AuthEngine.create(Auth.fromAnnotated(new CheckedThrower()))
                .authorize(TestAuths.request("GET", "/threads/t1").build());
        AuthOutcome nulled = AuthEngine.create(Auth.fromAnnotated(new NullReturner()))
                .authorize(TestAuths.request("GET", "/threads/t1").build());

        assertThat(thrown).isEqualTo(new AuthOutcome.Denied(500, "Internal Server Error", Map.of()));
        assertThat(nulled).isEqualTo(new AuthOutcome.Denied(500, "Internal Server Error", Map.of()));
    }

    static class Base {
        @Authenticate
        public MinimalUser authenticate(AuthRequest request) {
            return () -> "base";
        }

        @On(resource = "threads")
        public AuthResult threads(AuthContext ctx, ThreadsValue value) {
            return AuthResult.deny();
        }
    }

    static class Overriding extends Base {
        @Override
        public AuthResult threads(AuthContext ctx, ThreadsValue value) {
            return AuthResult.allow(); // overrides without re-annotating: registered once, runs this body
        }
    }

    static class ReAnnotating extends Base {
        @Override
        @On(resource = "threads", action = "read")
        public AuthResult threads(AuthContext ctx, ThreadsValue value) {
            return AuthResult.allow();
        }
    }

    @Test
    void anAnnotatedOverrideReplacesTheInheritedRegistration() {
        assertThat(Auth.fromAnnotated(new ReAnnotating()).registeredKeys()).containsExactly("threads:read");
    }

    @Test
    void inheritedMethodsCountOnceAndDispatchVirtually() {
        Auth auth = Auth.fromAnnotated(new Overriding());

        assertThat(auth.registeredKeys()).containsExactly("threads:*");
        assertThat(AuthEngine.create(auth).authorize(TestAuths.request("GET", "/threads/t1").build()))
                .isInstanceOf(AuthOutcome.Allowed.class);
    }

    @Test
    void handlersCanBeSpreadOverObjects() {
        Object authentication = new Object() {
            @Authenticate
            String authenticate() {
                return "alice";
            }
        };
        Object rules = new Object() {
            @On(resource = "threads", action = "read")
            boolean read(AuthContext ctx, ThreadsRead value) {
                return false;
            }
        };

        Auth auth = Auth.builder().annotated(authentication, rules).on(AuthEvent.STORE, (c, v) -> AuthResult.allow())
                .build();

        assertThat(auth.registeredKeys()).containsExactly("store:*", "threads:read");
    }

    // --- signatures that must fail at fromAnnotated ---

    static class TwoAuthenticators {
        @Authenticate
        String a() {
            return "a";
        }

        @Authenticate
        String b() {
            return "b";
        }
    }

    static class DuplicateKey {
        @Authenticate
        String a() {
            return "a";
        }

        @On(resource = "threads", action = "read")
        void one(AuthContext c, ThreadsRead v) {
        }

        @On(resource = "threads", action = {"create", "read"})
        void two(AuthContext c, ThreadsValue v) {
        }
    }

    static class DuplicateGlobal {
        @Authenticate
        String a() {
            return "a";
        }

        @On
        void one(AuthContext c, AuthValue v) {
        }

        @On(resource = "*", action = "*")
        void two(AuthContext c, Object v) {
        }
    }

    @Test
    void secondAuthenticatorsAndDuplicateKeysFailAtBuild() {
        assertThatThrownBy(() -> Auth.fromAnnotated(new TwoAuthenticators()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("found 2");
        assertThatThrownBy(() -> Auth.fromAnnotated(new DuplicateKey()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("threads:read")
                .hasMessageContaining("DuplicateKey.one").hasMessageContaining("DuplicateKey.two");
        assertThatThrownBy(() -> Auth.fromAnnotated(new DuplicateGlobal()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("*:*");
        assertThatThrownBy(() -> Auth.fromAnnotated(new Handlers(), new Handlers()))
                .isInstanceOf(IllegalStateException.class);
    }

    static Stream<Arguments> badHandlers() {
        return Stream.of(
                Arguments.of("no annotated method", new Object(), "has no @Authenticate or @On method"),
                Arguments.of("both annotations", new Object() {
                    @Authenticate
                    @On
                    String both(AuthContext c, AuthValue v) {
                        return "x";
                    }
                }, "has both"),
                Arguments.of("one parameter", new Object() {
                    @On
                    void one(AuthContext c) {
                    }
                }, "must take (AuthContext ctx"),
                Arguments.of("context second", new Object() {
                    @On
                    void swapped(AuthValue v, AuthContext c) {
                    }
                }, "must take (AuthContext ctx"),
                Arguments.of("another event's value", new Object() {
                    @On(resource = "threads", action = "create")
                    void wrong(AuthContext c, ThreadsRead v) {
                    }
                }, "threads:create gives a ThreadsCreate"),
                Arguments.of("an exact value on a resource-wide key", new Object() {
                    @On(resource = "threads")
                    void tooNarrow(AuthContext c, ThreadsCreate v) {
                    }
                }, "takes a ThreadsCreate"),
                Arguments.of("a resource's base on another resource", new Object() {
                    @On(action = "delete")
                    void tooNarrow(AuthContext c, ThreadsValue v) {
                    }
                }, "assistants:delete gives a AssistantsDelete"),
                Arguments.of("an unrelated value type", new Object() {
                    @On
                    void unrelated(AuthContext c, String v) {
                    }
                }, "takes a String"),
                Arguments.of("a String result", new Object() {
                    @On
                    String result(AuthContext c, AuthValue v) {
                        return "ok";
                    }
                }, "must return AuthResult, boolean, Boolean, Map or void"),
                Arguments.of("an Object result", new Object() {
                    @On
                    Object result(AuthContext c, AuthValue v) {
                        return null;
                    }
                }, "must return"),
                Arguments.of("an unknown resource", new Object() {
                    @On(resource = "thread")
                    void typo(AuthContext c, AuthValue v) {
                    }
                }, "Unknown auth resource: 'thread'"),
                Arguments.of("an unknown action", new Object() {
                    @On(resource = "threads", action = "write")
                    void typo(AuthContext c, AuthValue v) {
                    }
                }, "Unknown auth action: 'write'"),
                Arguments.of("an impossible pair", new Object() {
                    @On(resource = "store", action = "create")
                    void impossible(AuthContext c, AuthValue v) {
                    }
                }, "Unknown auth event: 'store:create'"),
                Arguments.of("the reserved runs resource", new Object() {
                    @On(resource = "runs")
                    void runs(AuthContext c, AuthValue v) {
                    }
                }, "No request raises a 'runs' event"),
                Arguments.of("a repeated action", new Object() {
                    @On(resource = "threads", action = {"read", "read"})
                    void twice(AuthContext c, AuthValue v) {
                    }
                }, "lists the same resource or action twice"),
                Arguments.of("a void authenticator", new Object() {
                    @Authenticate
                    void authenticate() {
                    }
                }, "must return a String identity, a Map or a MinimalUser"),
                Arguments.of("an int authenticator", new Object() {
                    @Authenticate
                    int authenticate() {
                        return 1;
                    }
                }, "must return a String identity"),
                Arguments.of("an unannotated authenticator parameter", new Object() {
                    @Authenticate
                    String authenticate(String token) {
                        return token;
                    }
                }, "is not supported"),
                Arguments.of("a non-String header parameter", new Object() {
                    @Authenticate
                    String authenticate(@Header("x-count") Integer count) {
                        return "a";
                    }
                }, "must be a String"),
                Arguments.of("two marks on a parameter", new Object() {
                    @Authenticate
                    String authenticate(@Header("a") @QueryParam("a") String a) {
                        return a;
                    }
                }, "more than one of"),
                Arguments.of("a List body", new Object() {
                    @Authenticate
                    String authenticate(@Body List<Object> body) {
                        return "a";
                    }
                }, "must be an Object or a Map"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHandlers")
    void badSignaturesFailWhenTheAuthIsBuilt(String problem, Object handlers, String message) {
        assertThatThrownBy(() -> Auth.builder().annotated(handlers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
