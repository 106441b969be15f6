package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoreApiTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

    @Test
    void putGetDelete() {
        Http http = new Http(server.baseUrl());
        assertThat(http.put("/store/items", Map.of("namespace", List.of("users", "u1"), "key", "prefs",
                "value", Map.of("theme", "dark"))).status()).isEqualTo(204);
        Map<String, Object> item = http.get("/store/items?namespace=users.u1&key=prefs").map();
        assertThat(item).containsEntry("namespace", List.of("users", "u1")).containsEntry("key", "prefs")
                .containsEntry("value", Map.of("theme", "dark")).containsKeys("created_at", "updated_at");
        http.put("/store/items", Map.of("namespace", List.of("users", "u1"), "key", "prefs",
                "value", Map.of("theme", "light")));
        Map<String, Object> updated = http.get("/store/items?namespace=users.u1&key=prefs").map();
        assertThat(updated.get("created_at")).isEqualTo(item.get("created_at"));
        assertThat((String) updated.get("updated_at")).isGreaterThan((String) item.get("updated_at"));
        assertThat(http.get("/store/items?namespace=users.u1&key=missing").body()).isEqualTo("null");
        assertThat(http.delete("/store/items", Map.of("namespace", List.of("users", "u1"), "key", "prefs")).status())
                .isEqualTo(204);
        assertThat(http.get("/store/items?namespace=users.u1&key=prefs").body()).isEqualTo("null");
        assertThat(http.delete("/store/items", Map.of("namespace", List.of("users"), "key", "gone")).status())
                .isEqualTo(204);
    }

    @Test
    void errors() {
        Http http = new Http(server.baseUrl());
        Http.Resp dotted = http.put("/store/items", Map.of("namespace", List.of("a.b"), "key", "k", "value", Map.of()));
        assertThat(dotted.status()).isEqualTo(422);
        assertThat(dotted.header("content-type")).startsWith("text/plain");
        assertThat(dotted.body()).isEqualTo("Namespace labels cannot be empty or contain periods. Received: a.b");
        assertThat(http.put("/store/items", Map.of("namespace", List.of(), "key", "k", "value", Map.of())).status())
                .isEqualTo(400);
        assertThat(http.put("/store/items", Map.of("namespace", List.of("a"), "key", "k", "value", "text"))
                .status()).isEqualTo(422);
        Http.Resp noKey = http.get("/store/items?namespace=a");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.map()).isEqualTo(Map.of("error", "Key is required"));
    }

    @Test
    void searchWithFiltersAndNamespaces() {
        Http http = new Http(server.baseUrl());
        put(http, List.of("docs", "a"), "1", Map.of("kind", "note", "score", 5, "meta", Map.of("lang", "en")));
        put(http, List.of("docs", "a"), "2", Map.of("kind", "note", "score", 9, "meta", Map.of("lang", "fr")));
        put(http, List.of("docs", "b"), "3", Map.of("kind", "todo", "score", 7, "tags", List.of("x", "y")));
        put(http, List.of("other"), "4", Map.of("kind", "note"));

        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs")))).containsExactly("3", "2", "1");
        assertThat(keys(http, Map.of("namespace_prefix", List.of()))).hasSize(4);
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "filter", Map.of("kind", "note"))))
                .containsExactly("2", "1");
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "filter",
                Map.of("score", Map.of("$gte", 7))))).containsExactly("3", "2");
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "filter",
                Map.of("score", Map.of("$gt", 5, "$lt", 9))))).containsExactly("3");
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "filter",
                Map.of("kind", Map.of("$ne", "note"))))).containsExactly("3");
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "filter",
                Map.of("meta", Map.of("lang", "fr"))))).containsExactly("2");
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "filter",
                Map.of("tags", List.of("x", "y"))))).containsExactly("3");
        assertThat(keys(http, Map.of("namespace_prefix", List.of("docs"), "limit", 1, "offset", 1)))
                .containsExactly("2");
        Map<?, ?> first = (Map<?, ?>) ((List<?>) http.post("/store/items/search", Map.of("namespace_prefix",
                List.of("other"), "query", "anything")).map().get("items")).get(0);
        assertThat(first.containsKey("score")).isTrue();
        assertThat(first.get("score")).isNull();

        assertThat(http.post("/store/namespaces", Map.of()).map().get("namespaces"))
                .isEqualTo(List.of(List.of("docs", "a"), List.of("docs", "b"), List.of("other")));
        assertThat(http.post("/store/namespaces", Map.of("prefix", List.of("docs"), "suffix", List.of("b")))
                .map().get("namespaces")).isEqualTo(List.of(List.of("docs", "b")));
        assertThat(http.post("/store/namespaces", Map.of("prefix", List.of("*", "a"))).map().get("namespaces"))
                .isEqualTo(List.of(List.of("docs", "a")));
        assertThat(http.post("/store/namespaces", Map.of("max_depth", 1)).map().get("namespaces"))
                .isEqualTo(List.of(List.of("docs"), List.of("other")));
        assertThat(http.post("/store/namespaces", Map.of("limit", 1, "offset", 1)).map().get("namespaces"))
                .isEqualTo(List.of(List.of("docs", "b")));
    }

    private static void put(Http http, List<String> ns, String key, Map<String, Object> value) {
        assertThat(http.put("/store/items", Map.of("namespace", ns, "key", key, "value", value)).status())
                .isEqualTo(204);
    }

    private static List<Object> keys(Http http, Map<String, Object> body) {
        List<?> items = (List<?>) http.post("/store/items/search", body).map().get("items");
        return items.stream().map(i -> ((Map<?, ?>) i).get("key")).collect(java.util.stream.Collectors.toList());
    }
}
