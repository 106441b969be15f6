package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AssistantsApiTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

    Http http() {
        return new Http(server.baseUrl());
    }

    @Test
    void systemAssistantsAreReachableByIdAndByGraphId() {
        Map<String, Object> byGraph = http().get("/assistants/echo").map();
        assertThat(byGraph).containsEntry("assistant_id", "046b5dc7-2108-582c-9c6c-31d556d138f0")
                .containsEntry("graph_id", "echo").containsEntry("name", "echo").containsEntry("version", 1)
                .containsEntry("metadata", Map.of("created_by", "system")).containsEntry("description", null);
        assertThat(byGraph.keySet()).containsExactlyInAnyOrder("assistant_id", "graph_id", "config", "context",
                "metadata", "name", "description", "version", "created_at", "updated_at");
        assertThat((String) byGraph.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
        assertThat(http().get("/assistants/046B5DC7-2108-582C-9C6C-31D556D138F0").map()).isEqualTo(byGraph);
        Http.Resp bad = http().get("/assistants/not-a-graph");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.detail()).isEqualTo("Invalid assistant ID: must be a UUID");
        assertThat(http().get("/assistants/00000000-0000-4000-8000-000000000000").map())
                .isEqualTo(Map.of("detail", "Not Found"));
    }

    @Test
    void createPatchVersionsLatestDelete() {
        Http http = http();
        Http.Resp unknownGraph = http.post("/assistants", Map.of("graph_id", "nope"));
        assertThat(unknownGraph.status()).isEqualTo(404);
        assertThat(unknownGraph.detail()).startsWith("Graph 'nope' not found. Expected one of: ['echo', 'counter'");
        Map<String, Object> created = http.post("/assistants", Map.of("graph_id", "counter", "name", "mine",
                "config", Map.of("configurable", Map.of("step", 2)), "metadata", Map.of("team", "a"))).map();
        String id = (String) created.get("assistant_id");
        assertThat(created).containsEntry("version", 1).containsEntry("context", Map.of("step", 2));
        Http.Resp conflict = http.post("/assistants", Map.of("graph_id", "counter", "assistant_id", id));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.detail()).isEqualTo("Conflict");
        assertThat(http.post("/assistants", Map.of("graph_id", "counter", "assistant_id", id,
                "if_exists", "do_nothing")).map()).isEqualTo(created);
        assertThat(http.post("/assistants", Map.of("graph_id", "counter", "config",
                Map.of("configurable", Map.of("a", 1)), "context", Map.of("b", 1))).status()).isEqualTo(400);

        Map<String, Object> patched = http.patch("/assistants/" + id, Map.of("metadata", Map.of("env", "test"),
                "name", "renamed")).map();
        assertThat(patched).containsEntry("version", 2).containsEntry("name", "renamed")
                .containsEntry("metadata", Map.of("team", "a", "env", "test"));
        assertThat(http.patch("/assistants/" + id, Map.of()).map()).containsEntry("version", 3);

        List<Map<String, Object>> versions = http.post("/assistants/" + id + "/versions", Map.of()).list();
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(3, 2, 1);
        assertThat(versions.get(0)).doesNotContainKey("updated_at");
        assertThat(http.post("/assistants/" + id + "/versions", Map.of("metadata", Map.of("env", "test"))).list())
                .hasSize(2);

        Map<String, Object> latest = http.post("/assistants/" + id + "/latest", Map.of("version", 1)).map();
        assertThat(latest).containsEntry("version", 1).containsEntry("name", "mine")
                .containsEntry("metadata", Map.of("team", "a"));
        assertThat(http.post("/assistants/" + id + "/latest", Map.of("version", 9)).status()).isEqualTo(404);

        assertThat(http.delete("/assistants/" + id).status()).isEqualTo(204);
        assertThat(http.get("/assistants/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/assistants/" + id).status()).isEqualTo(404);
        assertThat(http.post("/assistants/" + id + "/versions", Map.of()).detail())
                .isEqualTo("Assistant " + id + " not found");
    }

    @Test
    void searchFiltersSortsSelectsAndPaginates() {
        Http http = http();
        for (int i = 0; i < 3; i++) {
            http.post("/assistants", Map.of("graph_id", "echo", "name", "Echo " + i, "metadata", Map.of("i", i,
                    "tags", List.of("x", "y"))));
        }
        Http.Resp page = http.post("/assistants/search", Map.of("graph_id", "echo", "limit", 2));
        assertThat(page.list()).extracting(a -> a.get("name")).containsExactly("Echo 2", "Echo 1");
        assertThat(page.header("x-pagination-next")).isEqualTo("2");
        assertThat(page.header("x-pagination-total")).isEqualTo("3");
        Http.Resp last = http.post("/assistants/search", Map.of("graph_id", "echo", "limit", 2, "offset", 2));
        assertThat(last.list()).hasSize(2);
        assertThat(last.header("x-pagination-next")).isNull();
        assertThat(last.header("x-pagination-total")).isEqualTo("4");
        assertThat(http.post("/assistants/search", Map.of("metadata", Map.of("tags", List.of("y")),
                "sort_by", "name", "sort_order", "asc", "select", List.of("name"))).list())
                .containsExactly(Map.of("name", "Echo 0"), Map.of("name", "Echo 1"), Map.of("name", "Echo 2"));
        assertThat(http.post("/assistants/search", Map.of("name", "echo 1")).list()).hasSize(1);
        assertThat(http.post("/assistants/search", Map.of("select", List.of("nope"))).status()).isEqualTo(422);
        assertThat(http.post("/assistants/search", Map.of("sort_by", "nope")).status()).isEqualTo(422);
        assertThat(http.post("/assistants/search", Map.of("limit", 0)).status()).isEqualTo(422);
        assertThat(http.post("/assistants/count", Map.of("graph_id", "echo")).json()).isEqualTo(4);
        assertThat(http.post("/assistants/count", Map.of()).json()).isEqualTo(10);
    }

    @Test
    void graphSchemasAndSubgraphs() {
        Http http = http();
        Map<String, Object> graph = http.get("/assistants/subgraph/graph").map();
        assertThat(Http.objects(graph.get("nodes"))).extracting(n -> (Object) ((Map<?, ?>) n).get("id"))
                .containsExactly("__start__", "before", "inner", "after", "__end__");
        assertThat(Http.objects(graph.get("edges"))).contains(Map.of("source", "before", "target", "inner"));
        Map<String, Object> xray = http.get("/assistants/subgraph/graph?xray=true").map();
        assertThat(Http.objects(xray.get("nodes"))).extracting(n -> (Object) ((Map<?, ?>) n).get("id"))
                .containsExactly("__start__", "before", "inner:inner_1", "inner:inner_2", "after", "__end__");
        assertThat(Http.objects(xray.get("edges"))).contains(Map.of("source", "before", "target", "inner:inner_1"),
                Map.of("source", "inner:inner_1", "target", "inner:inner_2"),
                Map.of("source", "inner:inner_2", "target", "after"));
        assertThat(http.get("/assistants/subgraph/graph?xray=-1").status()).isEqualTo(422);

        Map<String, Object> schemas = http.get("/assistants/counter/schemas").map();
        assertThat(schemas).containsEntry("graph_id", "counter").containsKeys("input_schema", "output_schema",
                "state_schema", "config_schema", "context_schema");
        assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) ((Map<?, ?>) schemas.get("state_schema"))
                .get("properties")).keySet()))
                .containsExactly("count", "step", "visited");

        assertThat(http.get("/assistants/subgraph/subgraphs").map()).containsOnlyKeys("inner");
        assertThat(http.get("/assistants/subgraph/subgraphs/inner").map()).containsOnlyKeys("inner");
        assertThat(http.get("/assistants/subgraph/subgraphs/other").map()).isEmpty();
        assertThat(http.get("/assistants/echo/subgraphs?recurse=true").map()).isEmpty();
    }
}
