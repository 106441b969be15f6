package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.auth.values.RunsCreate;
import dev.langgraph.auth.values.StoreValue;
import dev.langgraph.auth.values.ThreadsCreate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Handlers' changes to event values, and how they go back into the body and query adapters forward. */
class ValueChangesTest {

    private final Auth stampOwner = Auth.builder().authenticate(TestAuths.ALICE)
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
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner,
                TestAuths.request("POST", "/threads").body(json("metadata", json("a", 1), "if_exists", "raise")));

        assertThat(((ThreadsCreate) allowed.value()).metadata()).isEqualTo(json("a", 1, "owner", "alice"));
        assertThat(allowed.body()).isEqualTo(json("metadata", json("a", 1, "owner", "alice"),
                "if_exists", "raise"));
    }

    @Test
    void aBodyWithoutMetadataGetsOne() {
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner,
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
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner,
                TestAuths.request("POST", "/threads/t1/runs").body(json("assistant_id", "echo",
                        "input", json("x", 1), "webhook", "https://evil", "metadata", null)));

        assertThat(allowed.body()).isEqualTo(json("assistant_id", "echo", "input", json("x", 1),
                "metadata", json("owner", "alice"), "config", json("tags", list("audited"))));
    }

    @Test
    void eachRunOfABatchIsStampedInItsOwnItem() {
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner,
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
        AuthOutcome.Allowed put = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner, TestAuths.request("PUT",
                "/store/items").body(json("namespace", list("notes"), "key", "k", "value", json())));
        AuthOutcome.Allowed search = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner, TestAuths.request("POST",
                "/store/items/search").body(json("namespace_prefix", list())));
        AuthOutcome.Allowed get = (AuthOutcome.Allowed) TestAuths.authorize(stampOwner, TestAuths.request("GET",
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

        assertThat(TestAuths.authorize(dotted, TestAuths.request("GET", "/store/items").rawQuery("key=k")))
                .isEqualTo(TestAuths.denied(422, "Namespace labels must not contain '.'"));
    }

    @Test
    void pathValuesAreNotRewritten() {
        Auth renaming = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            v.put("thread_id", "someone-elses");
            return AuthResult.allow();
        }).build();

        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) TestAuths.authorize(renaming,
                TestAuths.request("PATCH", "/threads/t1").body(json("metadata", json())));

        assertThat(allowed.body()).isEqualTo(json("metadata", json()));
    }

    @Test
    void aNonJsonOrMistypedValueLeftByAHandlerIsA500() {
        Auth nonJson = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            v.put("metadata", json("when", new java.util.Date()));
            return AuthResult.allow();
        }).build();
        Auth mistyped = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            v.put("metadata", "owner=alice");
            return AuthResult.allow();
        }).build();

        Auth nonJsonExtra = Auth.builder().authenticate(TestAuths.ALICE).on((ctx, v) -> {
            v.put("note", new Object());
            return AuthResult.allow();
        }).build();

        assertThat(TestAuths.authorize(nonJson, TestAuths.request("POST", "/threads").body(json())))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
        assertThat(TestAuths.authorize(nonJsonExtra, TestAuths.request("GET", "/threads/t1")))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
        assertThat(TestAuths.authorize(mistyped, TestAuths.request("POST", "/threads").body(json())))
                .isEqualTo(TestAuths.denied(500, "Internal Server Error"));
    }
}
