package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code PATCH /threads/{id}/state} and thread search {@code extract}. */
class ThreadExtrasTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();
    final Http http = new Http(server.baseUrl());

    @Test
    void patchStateMergesCheckpointMetadata() {
        String tid = http.newThread();
        assertThat(http.send("PATCH", "/threads/" + tid + "/state", Map.of("metadata", Map.of("a", 1))).status())
                .isEqualTo(404);
        http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "counter", "input", Map.of()));
        Map<String, Object> before = http.get("/threads/" + tid + "/state").map();
        assertThat(http.send("PATCH", "/threads/" + tid + "/state", Map.of("metadata", Map.of("reviewed", true)))
                .status()).isEqualTo(204);
        Map<?, ?> metadata = (Map<?, ?>) http.get("/threads/" + tid + "/state").map().get("metadata");
        assertThat(metadata.get("reviewed")).isEqualTo(true);
        assertThat(metadata.get("source")).isEqualTo("loop");

        String first = (String) http.post("/threads/" + tid + "/history", Map.of("limit", 10)).list().get(4)
                .get("checkpoint_id");
        http.send("PATCH", "/threads/" + tid + "/state", Map.of("metadata", Map.of("first", true),
                "checkpoint", Map.of("checkpoint_id", first)));
        assertThat(http.post("/threads/" + tid + "/history", Map.of("metadata", Map.of("first", true))).list())
                .extracting(s -> s.get("checkpoint_id")).containsExactly(first);
        assertThat(http.get("/threads/" + tid + "/state").map().get("checkpoint")).isEqualTo(before.get("checkpoint"));
        assertThat(http.send("PATCH", "/threads/" + tid + "/state", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void searchExtractsValuesByPath() {
        String tid = http.newThread();
        http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "echo",
                "input", Map.of("messages", List.of(Map.of("type", "human", "content", "hi")))));
        Map<String, Object> extract = new HashMap<>();
        extract.put("last", "values.messages[-1].content");
        extract.put("first_type", "values.messages[0].type");
        extract.put("graph", "metadata.graph_id");
        extract.put("missing", "values.messages[9].content");
        List<Map<String, Object>> found = http.post("/threads/search", Map.of("ids", List.of(tid),
                "extract", extract, "select", List.of("thread_id"))).list();
        Map<String, Object> extracted = new HashMap<>();
        extracted.put("last", "echo: hi");
        extracted.put("first_type", "human");
        extracted.put("graph", "echo");
        extracted.put("missing", null);
        assertThat(found).containsExactly(Map.of("thread_id", tid, "extracted", extracted));
        Http.Resp bad = http.post("/threads/search", Map.of("extract", Map.of("x", "state.values")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.detail()).startsWith("Invalid extract path: 'state.values'");
    }
}
