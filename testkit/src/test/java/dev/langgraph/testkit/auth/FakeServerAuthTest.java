package dev.langgraph.testkit.auth;

import dev.langgraph.auth.PeerAuthRules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.testkit.FakeLangGraphServer;
import dev.langgraph.testkit.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake server hosting the peer's auth rules, as the Python server applies a custom auth. */
class FakeServerAuthTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeLangGraphServer server;

    @BeforeAll
    static void start() {
        server = FakeLangGraphServer.builder().auth(PeerAuthRules.auth()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Answer(int status, Object json, HttpResponse<String> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json;
        }
    }

    private static Answer call(String token, String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Object json = r.body().isEmpty() || !r.body().trim().startsWith("{") && !r.body().trim().startsWith("[")
                && !Character.isDigit(r.body().trim().charAt(0)) ? null : Json.parse(r.body().getBytes());
        return new Answer(r.statusCode(), json, r);
    }

    private static final String ALICE = PeerAuthRules.ALICE_TOKEN;
    private static final String BOB = PeerAuthRules.BOB_TOKEN;

    @Test
    void withoutTokenIs401WithChallengeAndMetaRoutesArePublic() throws Exception {
        Answer a = call(null, "POST", "/threads/search", Map.of());
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.map()).containsEntry("detail", "Missing bearer token");
        assertThat(a.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(call("mallory", "GET", "/assistants/echo", null).status()).isEqualTo(401);
        assertThat(call(null, "GET", "/ok", null).status()).isEqualTo(200);
    }

    @Test
    void threadsAreStampedAndHiddenFromOtherUsers() throws Exception {
        String tag = "t-" + System.nanoTime();
        Answer created = call(ALICE, "POST", "/threads", Map.of("metadata", Map.of("tag", tag)));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.map().get("metadata")).isEqualTo(Map.of("tag", tag, "owner", "alice"));
        String id = (String) created.map().get("thread_id");

        // bob claims alice's ownership: the handler stamps him anyway (the mutated body is what is stored)
        Answer bobs = call(BOB, "POST", "/threads", Map.of("metadata", Map.of("tag", tag, "owner", "alice")));
        assertThat(bobs.map().get("metadata")).isEqualTo(Map.of("tag", tag, "owner", "bob"));

        assertThat(call(ALICE, "GET", "/threads/" + id, null).status()).isEqualTo(200);
        assertThat(call(BOB, "GET", "/threads/" + id, null).status()).isEqualTo(404);
        assertThat(call(BOB, "GET", "/threads/" + id + "/state", null).status()).isEqualTo(404);
        assertThat(call(BOB, "PATCH", "/threads/" + id, Map.of("metadata", Map.of("owner", "bob"))).status())
                .isEqualTo(404);
        assertThat(call(BOB, "DELETE", "/threads/" + id, null).status()).isEqualTo(404);
        assertThat(call(BOB, "POST", "/threads/" + id + "/copy", null).status()).isEqualTo(409);
        assertThat(call(BOB, "POST", "/threads", Map.of("thread_id", id, "if_exists", "do_nothing")).status())
                .isEqualTo(409);
        assertThat(call(BOB, "POST", "/threads/" + id + "/runs/wait",
                Map.of("assistant_id", "echo", "input", Map.of())).status()).isEqualTo(404);
        assertThat(call(BOB, "GET", "/threads/" + id + "/runs", null).status()).isEqualTo(404);

        assertThat((List<?>) call(ALICE, "POST", "/threads/search", Map.of("metadata", Map.of("tag", tag))).json())
                .hasSize(1);
        assertThat((List<?>) call(BOB, "POST", "/threads/search", Map.of("ids", List.of(id))).json()).isEmpty();
        assertThat((List<?>) call(BOB, "POST", "/threads/search",
                Map.of("metadata", Map.of("tag", tag, "owner", "alice"))).json()).isEmpty();
        assertThat(((Number) call(ALICE, "POST", "/threads/count", Map.of("metadata", Map.of("tag", tag))).json())
                .intValue()).isEqualTo(1);
        assertThat(((Number) call(BOB, "POST", "/threads/count",
                Map.of("metadata", Map.of("tag", tag, "owner", "alice"))).json()).intValue()).isZero();

        Answer intact = call(ALICE, "GET", "/threads/" + id, null);
        assertThat(intact.map().get("metadata")).isEqualTo(Map.of("tag", tag, "owner", "alice"));
        assertThat(call(ALICE, "DELETE", "/threads/" + id, null).status()).isEqualTo(204);
    }

    @Test
    void assistantsNeedThePermissionAndAreOwnerFiltered() throws Exception {
        Answer denied = call(BOB, "POST", "/assistants", Map.of("graph_id", "echo"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.map()).containsEntry("detail", "Missing permission: assistants:write");
        Answer x = call(ALICE, "POST", "/assistants", Map.of("graph_id", "echo", "metadata", Map.of("k", 1)));
        assertThat(x.status()).isEqualTo(200);
        assertThat(x.map().get("metadata")).isEqualTo(Map.of("k", 1, "owner", "alice"));
        String id = (String) x.map().get("assistant_id");
        assertThat(call(BOB, "GET", "/assistants/" + id, null).status()).isEqualTo(200);
        assertThat(call(BOB, "PATCH", "/assistants/" + id, Map.of("name", "b")).status()).isEqualTo(403);
        // alice's write filter hides the system assistant (no owner): 404, as on the Python server
        assertThat(call(ALICE, "DELETE", "/assistants/echo", null).status()).isEqualTo(404);
        assertThat(call(ALICE, "DELETE", "/assistants/" + id, null).status()).isEqualTo(204);
    }

    @Test
    void storeNamespacesFollowTheRules() throws Exception {
        Map<String, Object> bobsItem = Map.of("namespace", List.of("bob", "n"), "key", "k", "value", Map.of("v", 1));
        Answer noPermission = call(BOB, "PUT", "/store/items", bobsItem);
        assertThat(noPermission.status()).isEqualTo(403);
        assertThat(noPermission.map()).containsEntry("detail", "Missing permission: store");
        Answer foreign = call(ALICE, "PUT", "/store/items", bobsItem);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.map()).containsEntry("detail", "Namespace must start with the caller's identity");
        assertThat(call(ALICE, "PUT", "/store/items",
                Map.of("namespace", List.of("alice", "n"), "key", "k", "value", Map.of("v", 1))).status())
                .isEqualTo(204);
        Answer got = call(ALICE, "GET", "/store/items?namespace=alice.n&key=k", null);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.map().get("value")).isEqualTo(Map.of("v", 1));
        assertThat(call(ALICE, "GET", "/store/items?namespace=bob.n&key=k", null).status()).isEqualTo(403);
    }
}
