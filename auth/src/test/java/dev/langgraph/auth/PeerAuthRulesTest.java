package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The peer's alice/bob rules, applied by the engine to a list of requests. */
class PeerAuthRulesTest {

    private static final AuthEngine ENGINE = AuthEngine.create(PeerAuthRules.auth());
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");
    private static final Map<String, Object> ALICE_ONLY = Map.of("owner", "alice");
    private static final Map<String, Object> BOB_ONLY = Map.of("owner", "bob");

    record Step(String name, AuthRequest request, Consumer<AuthOutcome> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static AuthRequest.Builder as(String token, String method, String path) {
        AuthRequest.Builder b = AuthRequest.builder(method, path);
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    static Step step(String name, AuthRequest.Builder request, Consumer<AuthOutcome> expect) {
        return new Step(name, request.build(), expect);
    }

    static Consumer<AuthOutcome> denied(int status, String detail) {
        return o -> assertThat(o).isEqualTo(new AuthOutcome.Denied(status, detail, Map.of()));
    }

    static Consumer<AuthOutcome> unauthorized(String detail) {
        return o -> assertThat(o).isEqualTo(new AuthOutcome.Denied(401, detail, CHALLENGE));
    }

    static Consumer<AuthOutcome> allowed(Map<String, Object> filter) {
        return o -> assertThat(o).isInstanceOfSatisfying(AuthOutcome.Allowed.class,
                a -> assertThat(a.filter().orElse(null)).isEqualTo(filter));
    }

    static Consumer<AuthOutcome> allowedWithBody(Map<String, Object> filter, Object body) {
        return allowed(filter).andThen(o -> assertThat(((AuthOutcome.Allowed) o).body()).isEqualTo(body));
    }

    static final String ALICE = PeerAuthRules.ALICE_TOKEN;
    static final String BOB = PeerAuthRules.BOB_TOKEN;

    static Stream<Step> scenario() {
        return Stream.of(
                step("meta routes need no token", as(null, "GET", "/ok"),
                        o -> assertThat(o).isEqualTo(new AuthOutcome.Public("/ok"))),
                step("info needs no token", as(null, "GET", "/info"),
                        o -> assertThat(o).isEqualTo(new AuthOutcome.Public("/info"))),
                step("no token", as(null, "POST", "/threads/search"), unauthorized("Missing bearer token")),
                step("another scheme", AuthRequest.builder("GET", "/threads/t1")
                        .header("Authorization", "Basic YWxpY2U6eA=="), unauthorized("Missing bearer token")),
                step("unknown token", as("mallory-token", "GET", "/threads/t1"), unauthorized("Invalid bearer token")),
                step("scheme is case-insensitive", AuthRequest.builder("GET", "/threads/t1")
                        .header("authorization", "BEARER  alice-token "), allowed(ALICE_ONLY)),
                step("alice creates a thread: owner stamped", as(ALICE, "POST", "/threads")
                        .body(json("metadata", json("topic", "x"))),
                        allowedWithBody(ALICE_ONLY, json("metadata", json("topic", "x", "owner", "alice")))),
                step("bob cannot claim alice's ownership", as(BOB, "POST", "/threads")
                        .body(json("metadata", json("owner", "alice"))),
                        allowedWithBody(BOB_ONLY, json("metadata", json("owner", "bob")))),
                step("bob reads a thread: filtered to his own", as(BOB, "GET", "/threads/t1"), allowed(BOB_ONLY)),
                step("bob searches threads: only his", as(BOB, "POST", "/threads/search").body(json()),
                        allowed(BOB_ONLY)),
                step("alice patches a thread: owner stamped", as(ALICE, "PATCH", "/threads/t1")
                        .body(json("metadata", json("k", 1))),
                        allowedWithBody(ALICE_ONLY, json("metadata", json("k", 1, "owner", "alice")))),
                step("bob deletes a thread: filtered", as(BOB, "DELETE", "/threads/t1"), allowed(BOB_ONLY)),
                step("alice runs on a thread: run owner stamped", as(ALICE, "POST", "/threads/t1/runs/wait")
                        .body(json("assistant_id", "echo", "input", json())),
                        allowedWithBody(ALICE_ONLY, json("assistant_id", "echo", "input", json(),
                                "metadata", json("owner", "alice")))),
                step("bob batches runs: each stamped", as(BOB, "POST", "/runs/batch")
                        .body(list(json("assistant_id", "echo"), json("assistant_id", "counter"))),
                        allowedWithBody(BOB_ONLY, list(json("assistant_id", "echo", "metadata", json("owner", "bob")),
                                json("assistant_id", "counter", "metadata", json("owner", "bob"))))),
                step("bob reads an assistant: unfiltered", as(BOB, "GET", "/assistants/a1"), allowed(null)),
                step("bob searches assistants: unfiltered", as(BOB, "POST", "/assistants/search").body(json()),
                        allowed(null)),
                step("bob cannot create assistants", as(BOB, "POST", "/assistants").body(json("graph_id", "echo")),
                        denied(403, "Missing permission: assistants:write")),
                step("bob cannot update assistants", as(BOB, "PATCH", "/assistants/a1").body(json()),
                        denied(403, "Missing permission: assistants:write")),
                step("bob cannot delete assistants", as(BOB, "DELETE", "/assistants/a1"),
                        denied(403, "Missing permission: assistants:write")),
                step("alice creates an assistant: owner stamped", as(ALICE, "POST", "/assistants")
                        .body(json("graph_id", "echo")),
                        allowedWithBody(ALICE_ONLY, json("graph_id", "echo", "metadata", json("owner", "alice")))),
                step("alice deletes an assistant: filtered", as(ALICE, "DELETE", "/assistants/a1"),
                        allowed(ALICE_ONLY)),
                step("bob has no store", as(BOB, "PUT", "/store/items").body(json("namespace", list("bob"),
                        "key", "k", "value", json())), denied(403, "Missing permission: store")),
                step("alice puts in her namespace", as(ALICE, "PUT", "/store/items").body(json("namespace",
                        list("alice", "notes"), "key", "k", "value", json())), allowed(null)),
                step("alice cannot put in bob's namespace", as(ALICE, "PUT", "/store/items").body(json("namespace",
                        list("bob"), "key", "k", "value", json())),
                        denied(403, "Namespace must start with the caller's identity")),
                step("alice cannot get from bob's namespace", as(ALICE, "GET", "/store/items")
                        .rawQuery("namespace=bob.notes&key=k"),
                        denied(403, "Namespace must start with the caller's identity")),
                step("alice cannot smuggle bob's namespace in a repeated parameter", as(ALICE, "GET", "/store/items")
                        .rawQuery("namespace=alice&key=k&namespace=bob"),
                        denied(400, "Repeated query parameter: namespace")),
                step("alice lists namespaces", as(ALICE, "POST", "/store/namespaces").body(json()), allowed(null)),
                step("bob creates a cron: no rule, allowed", as(BOB, "POST", "/runs/crons")
                        .body(json("schedule", "* * * * *", "assistant_id", "echo")), allowed(null)),
                step("bob cannot reach a thread through an encoded path", as(BOB, "GET", "/threads/t1%2F..%2Fx"),
                        denied(400, "Invalid request path")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenario")
    void theEngineAppliesThePeersRules(Step step) {
        step.expect().accept(ENGINE.authorize(step.request()));
    }
}
