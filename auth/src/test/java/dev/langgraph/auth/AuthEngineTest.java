package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.auth.values.AuthValue;
import dev.langgraph.auth.values.RunsCreate;
import dev.langgraph.auth.values.StoreValue;
import dev.langgraph.auth.values.ThreadsCreate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuthEngineTest {

    private static final Authenticator ALICE = r -> User.builder("alice").permission("threads:write").build();

    private static AuthOutcome authorize(Auth auth, AuthRequest.Builder request) {
        return AuthEngine.create(auth).authorize(request.build());
    }

    private static AuthOutcome.Denied denied(int status, String detail) {
        return new AuthOutcome.Denied(status, detail, Map.of());
    }

    @Nested
    class Authentication {

        @Test
        void theHandlerSeesTheRequestWithItsPathParameters() {
            List<AuthRequest> seen = new ArrayList<>();
            Auth auth = Auth.builder().authenticate(r -> {
                seen.add(r);
                return User.of("alice");
            }).build();

            authorize(auth, TestAuths.request("POST", "/threads/t%201/runs/r1/cancel").rawQuery("wait=1")
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

            assertThat(authorize(auth, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(new AuthOutcome.Denied(401, "Invalid token", Map.of("WWW-Authenticate", "Bearer")));
        }

        @Test
        void theDefaultHttpExceptionIs401Unauthorized() {
            Auth auth = Auth.builder().authenticate(r -> {
                throw new HTTPException();
            }).build();

            assertThat(authorize(auth, TestAuths.request("GET", "/threads/t1"))).isEqualTo(denied(401, "Unauthorized"));
        }

        @Test
        void anUnexpectedExceptionIsA500WithoutItsText() {
            Auth auth = Auth.builder().authenticate(r -> {
                throw new IllegalStateException("db password is hunter2");
            }).build();

            assertThat(authorize(auth, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(500, "Internal Server Error"));
        }

        @Test
        void nullOrIdentitylessUsersAreA500() {
            Auth nullUser = Auth.builder().authenticate(r -> null).build();
            Auth blank = Auth.builder().authenticate(r -> () -> " ").build();
            Auth nullPermission = Auth.builder().authenticate(r -> badPermissions()).build();

            assertThat(authorize(nullUser, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(500, "Internal Server Error"));
            assertThat(authorize(blank, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(500, "Internal Server Error"));
            assertThat(authorize(nullPermission, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(500, "Internal Server Error"));
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

            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(auth,
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

    @Nested
    class Authorization {

        @Test
        void denyIs403Forbidden() {
            Auth auth = Auth.builder().authenticate(ALICE).on((ctx, v) -> AuthResult.deny()).build();

            assertThat(authorize(auth, TestAuths.request("GET", "/threads/t1"))).isEqualTo(denied(403, "Forbidden"));
        }

        @Test
        void aHandlersHttpExceptionIsItsAnswer() {
            Auth auth = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                throw new HTTPException(403, "Not authorized");
            }).build();

            assertThat(authorize(auth, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(403, "Not authorized"));
        }

        @Test
        void anAssertionErrorIs403AsInPython() {
            Auth auth = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                throw new AssertionError("owner mismatch");
            }).build();

            assertThat(authorize(auth, TestAuths.request("GET", "/threads/t1"))).isEqualTo(denied(403, "Forbidden"));
        }

        @Test
        void anUnexpectedExceptionOrNullResultIsA500() {
            Auth throwing = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                throw new NullPointerException("secret detail");
            }).build();
            Auth returningNull = Auth.builder().authenticate(ALICE).on((ctx, v) -> null).build();

            assertThat(authorize(throwing, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(500, "Internal Server Error"));
            assertThat(authorize(returningNull, TestAuths.request("GET", "/threads/t1")))
                    .isEqualTo(denied(500, "Internal Server Error"));
        }

        @Test
        void theHandlerSeesUserPermissionsResourceAndAction() {
            List<AuthContext> seen = new ArrayList<>();
            Auth auth = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                seen.add(ctx);
                return AuthResult.allow();
            }).build();

            authorize(auth, TestAuths.request("POST", "/threads/t1/runs").body(json("assistant_id", "echo")));

            assertThat(seen).containsExactly(new AuthContext(User.builder("alice").permission("threads:write")
                    .build(), List.of("threads:write"), Resource.THREADS, Action.CREATE_RUN));
        }

        @Test
        void aFilterIsReturnedWithTheEvent() {
            Auth auth = Auth.builder().authenticate(ALICE)
                    .on(AuthEvent.THREADS, (ctx, v) -> AuthResult.filter(Map.of("owner", ctx.user().identity())))
                    .build();

            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(auth,
                    TestAuths.request("POST", "/threads/search").body(json()));

            assertThat(allowed.filter()).contains(Map.of("owner", "alice"));
            assertThat(allowed.events().get(0).filter()).contains(Map.of("owner", "alice"));
        }

        @Test
        void everyEventOfARequestIsDecidedAndTheFirstDenialWins() {
            List<String> decided = new ArrayList<>();
            Auth auth = Auth.builder().authenticate(ALICE)
                    .on(AuthEvent.THREADS_READ, (ctx, v) -> {
                        decided.add("read " + v.threadId());
                        return AuthResult.allow();
                    })
                    .on(AuthEvent.THREADS_CREATE, (ctx, v) -> {
                        decided.add("create");
                        return AuthResult.deny();
                    }).build();

            AuthOutcome copy = authorize(auth, TestAuths.request("POST", "/threads/t1/copy"));

            assertThat(decided).containsExactly("read t1", "create");
            assertThat(copy).isEqualTo(denied(403, "Forbidden"));
        }
    }

    @Nested
    class ValueChanges {

        private final Auth stampOwner = Auth.builder().authenticate(ALICE)
                .on(AuthEvent.THREADS_CREATE, (ctx, v) -> {
                    v.metadata().put("owner", ctx.user().identity());
                    return AuthResult.allow();
                })
                .on(AuthEvent.THREADS_CREATE_RUN, (ctx, v) -> {
                    v.metadata().put("owner", ctx.user().identity());
                    v.kwargs().remove("webhook");
                    v.kwargs().put("config", json("tags", list("audited")));
                    return AuthResult.allow();
                })
                .on(AuthEvent.STORE, (ctx, v) -> {
                    List<String> scoped = new ArrayList<>(List.of(ctx.user().identity()));
                    scoped.addAll(v.namespace());
                    v.namespace(scoped);
                    return AuthResult.allow();
                }).build();

        @Test
        void aStampedOwnerIsInTheValueAndTheBody() {
            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(stampOwner,
                    TestAuths.request("POST", "/threads").body(json("metadata", json("a", 1), "if_exists", "raise")));

            assertThat(((ThreadsCreate) allowed.value()).metadata()).isEqualTo(json("a", 1, "owner", "alice"));
            assertThat(allowed.body()).isEqualTo(json("metadata", json("a", 1, "owner", "alice"),
                    "if_exists", "raise"));
        }

        @Test
        void aBodyWithoutMetadataGetsOne() {
            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(stampOwner,
                    TestAuths.request("POST", "/threads"));

            assertThat(allowed.body()).isEqualTo(json("metadata", json("owner", "alice")));
        }

        @Test
        @SuppressWarnings("unchecked")
        void theAdaptersBodyIsNeverChangedAndTheReturnedBodyIsReadOnly() {
            Map<String, Object> original = json("metadata", json("a", 1));
            AuthRequest request = TestAuths.request("POST", "/threads").body(original).build();

            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) AuthEngine.create(stampOwner).authorize(request);

            assertThat(original).isEqualTo(json("metadata", json("a", 1)));
            assertThat(request.body()).isEqualTo(json("metadata", json("a", 1)));
            assertThatThrownBy(() -> ((Map<String, Object>) allowed.body()).put("x", 1))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void runKwargsChangesGoBackUnderTheRequestsOwnNames() {
            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(stampOwner,
                    TestAuths.request("POST", "/threads/t1/runs").body(json("assistant_id", "echo",
                            "input", json("x", 1), "webhook", "https://evil", "metadata", null)));

            assertThat(allowed.body()).isEqualTo(json("assistant_id", "echo", "input", json("x", 1),
                    "metadata", json("owner", "alice"), "config", json("tags", list("audited"))));
        }

        @Test
        void eachRunOfABatchIsStampedInItsOwnItem() {
            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(stampOwner,
                    TestAuths.request("POST", "/runs/batch").body(list(json("assistant_id", "a"),
                            json("assistant_id", "b", "metadata", json("k", 1)))));

            assertThat(allowed.events()).hasSize(2);
            Map<String, Object> config = json("tags", list("audited"));
            assertThat(allowed.body()).isEqualTo(list(
                    json("assistant_id", "a", "metadata", json("owner", "alice"), "config", config),
                    json("assistant_id", "b", "metadata", json("k", 1, "owner", "alice"), "config", config)));
            assertThat(((RunsCreate) allowed.events().get(1).value()).assistantId()).isEqualTo("b");
        }

        @Test
        void aRescopedStoreNamespaceGoesBackToBodyAndQuery() {
            AuthOutcome.Allowed put = (AuthOutcome.Allowed) authorize(stampOwner, TestAuths.request("PUT",
                    "/store/items").body(json("namespace", list("notes"), "key", "k", "value", json())));
            AuthOutcome.Allowed search = (AuthOutcome.Allowed) authorize(stampOwner, TestAuths.request("POST",
                    "/store/items/search").body(json("namespace_prefix", list())));
            AuthOutcome.Allowed get = (AuthOutcome.Allowed) authorize(stampOwner, TestAuths.request("GET",
                    "/store/items").rawQuery("namespace=notes.2024&key=k"));

            assertThat(put.body()).isEqualTo(json("namespace", list("alice", "notes"), "key", "k", "value", json()));
            assertThat(search.body()).isEqualTo(json("namespace_prefix", list("alice")));
            assertThat(get.queryParams()).isEqualTo(Map.of("namespace", List.of("alice.notes.2024"),
                    "key", List.of("k")));
            assertThat(((StoreValue) get.value()).namespace()).containsExactly("alice", "notes", "2024");
        }

        @Test
        void aNamespaceLabelWithADotCannotGoBackIntoTheQuery() {
            Auth dotted = Auth.builder().authenticate(r -> User.of("alice.smith")).on(AuthEvent.STORE, (ctx, v) -> {
                v.namespace(List.of(ctx.user().identity()));
                return AuthResult.allow();
            }).build();

            assertThat(authorize(dotted, TestAuths.request("GET", "/store/items").rawQuery("key=k")))
                    .isEqualTo(denied(422, "Namespace labels must not contain '.'"));
        }

        @Test
        void pathValuesAreNotRewritten() {
            Auth renaming = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                v.put("thread_id", "someone-elses");
                return AuthResult.allow();
            }).build();

            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) authorize(renaming,
                    TestAuths.request("PATCH", "/threads/t1").body(json("metadata", json())));

            assertThat(allowed.body()).isEqualTo(json("metadata", json()));
        }

        @Test
        void aNonJsonOrMistypedValueLeftByAHandlerIsA500() {
            Auth nonJson = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                v.put("metadata", json("when", new java.util.Date()));
                return AuthResult.allow();
            }).build();
            Auth mistyped = Auth.builder().authenticate(ALICE).on((ctx, v) -> {
                v.put("metadata", "owner=alice");
                return AuthResult.allow();
            }).build();

            assertThat(authorize(nonJson, TestAuths.request("POST", "/threads").body(json())))
                    .isEqualTo(denied(500, "Internal Server Error"));
            assertThat(authorize(mistyped, TestAuths.request("POST", "/threads").body(json())))
                    .isEqualTo(denied(500, "Internal Server Error"));
        }
    }

    @Nested
    class RequestBodies {

        private final Auth auth = TestAuths.allowAll();

        @Test
        void anUnparseableBodyIs422OnRoutesThatReadOne() {
            assertThat(authorize(auth, TestAuths.request("POST", "/threads").invalidJsonBody()))
                    .isEqualTo(denied(422, "Invalid JSON in request body"));
            assertThat(authorize(auth, TestAuths.request("POST", "/threads/t1/copy").invalidJsonBody()))
                    .isInstanceOf(AuthOutcome.Allowed.class);
        }

        @Test
        void wrongShapesAre422() {
            assertThat(authorize(auth, TestAuths.request("POST", "/threads").body(list())))
                    .isEqualTo(denied(422, "Request body must be a JSON object"));
            assertThat(authorize(auth, TestAuths.request("POST", "/runs/batch").body(list())))
                    .isEqualTo(denied(422, "Request body must be a non-empty JSON array of objects"));
            assertThat(authorize(auth, TestAuths.request("POST", "/threads/prune").body(json("thread_ids", "t1"))))
                    .isEqualTo(denied(422, "'thread_ids' must be a non-empty array"));
        }

        @Test
        void mistypedFieldsAre422SoHandlersNeverSeeAnotherTypeThanTheServer() {
            assertThat(authorize(auth, TestAuths.request("PUT", "/store/items").body(json("namespace", "alice"))))
                    .isEqualTo(denied(422, "Invalid value for 'namespace'"));
            assertThat(authorize(auth, TestAuths.request("POST", "/threads").body(json("metadata", list()))))
                    .isEqualTo(denied(422, "Invalid value for 'metadata'"));
            assertThat(authorize(auth, TestAuths.request("POST", "/threads/search").body(json("limit", 1.5))))
                    .isEqualTo(denied(422, "Invalid value for 'limit'"));
            assertThat(authorize(auth, TestAuths.request("POST", "/threads/prune").body(json("thread_ids",
                    list(1)))))
                    .isEqualTo(denied(422, "Invalid value for 'thread_id'"));
        }

        @Test
        void unauthenticatedRequestsGet401Before422() {
            Auth refusing = Auth.builder().authenticate(r -> {
                throw new HTTPException();
            }).build();

            assertThat(authorize(refusing, AuthRequest.builder("POST", "/threads").invalidJsonBody()))
                    .isEqualTo(denied(401, "Unauthorized"));
        }
    }

    @Nested
    class EventsWithoutRequests {

        @Test
        void anEventIsDecidedOnACopyOfItsValue() {
            Auth auth = Auth.builder().authenticate(ALICE).on(AuthEvent.THREADS_CREATE_RUN, (ctx, v) -> {
                v.metadata().put("owner", ctx.user().identity());
                return AuthResult.filter(Map.of("owner", ctx.user().identity()));
            }).build();
            Map<String, Object> value = json("thread_id", "t1", "assistant_id", "echo");

            AuthOutcome outcome = AuthEngine.create(auth).authorize(User.of("alice"), AuthEvent.THREADS_CREATE_RUN,
                    value);

            AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) outcome;
            assertThat(allowed.value().get("metadata")).isEqualTo(json("owner", "alice"));
            assertThat(allowed.filter()).contains(Map.of("owner", "alice"));
            assertThat(allowed.body()).isNull();
            assertThat(value).doesNotContainKey("metadata");
        }

        @Test
        void resourceWideKeysAndMistypedValuesAreRefused() {
            AuthEngine engine = AuthEngine.create(TestAuths.allowAll());

            assertThatThrownBy(() -> engine.authorize(User.of("a"), AuthEvent.THREADS, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> engine.authorize(User.of("a"), AuthEvent.THREADS_READ, Map.of("thread_id", 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aDenialIsAnOutcome() {
            Auth auth = Auth.builder().authenticate(ALICE).on(AuthEvent.CRONS, (ctx, v) -> AuthResult.deny()).build();

            assertThat(AuthEngine.create(auth).authorize(User.of("a"), AuthEvent.CRONS_READ, Map.of("cron_id", "c")))
                    .isEqualTo(denied(403, "Forbidden"));
        }

        @Test
        void valuesAreTypedForTheirEvent() {
            AuthValue value = AuthEvent.THREADS_CREATE.newValue(json("thread_id", "t1"));

            assertThat(value).isInstanceOf(ThreadsCreate.class);
            assertThat(value.asMap()).containsOnlyKeys("thread_id", "metadata", "if_exists", "ttl");
        }
    }
}
