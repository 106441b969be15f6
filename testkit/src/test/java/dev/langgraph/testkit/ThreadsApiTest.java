package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreadsApiTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

    Http http() {
        return new Http(server.baseUrl());
    }

    @Test
    void createGetPatchDelete() {
        Http http = http();
        Map<String, Object> t = http.post("/threads", Map.of("metadata", Map.of("user", "u1"))).map();
        String id = (String) t.get("thread_id");
        assertThat(t).containsEntry("status", "idle").containsEntry("values", null)
                .containsEntry("interrupts", Map.of()).containsEntry("config", Map.of())
                .containsEntry("metadata", Map.of("user", "u1"));
        assertThat(http.get("/threads/" + id).map()).isEqualTo(t);
        Http.Resp dup = http.post("/threads", Map.of("thread_id", id));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.map()).isEqualTo(Map.of("detail", "Conflict"));
        assertThat(http.post("/threads", Map.of("thread_id", id, "if_exists", "do_nothing")).map()).isEqualTo(t);
        assertThat(http.post("/threads", Map.of("thread_id", "nope")).detail())
                .isEqualTo("Invalid thread ID: must be a UUID");
        assertThat(http.post("/threads", Map.of("ttl", Map.of("ttl", 5, "strategy", "keep"))).status())
                .isEqualTo(422);
        Map<String, Object> patched = http.patch("/threads/" + id, Map.of("metadata", Map.of("k", 1))).map();
        assertThat(patched.get("metadata")).isEqualTo(Map.of("user", "u1", "k", 1));
        assertThat((String) patched.get("updated_at")).isGreaterThan((String) t.get("updated_at"));
        assertThat(http.delete("/threads/" + id).status()).isEqualTo(204);
        assertThat(http.get("/threads/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/threads/" + id).status()).isEqualTo(404);
        assertThat(http.patch("/threads/" + id, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void searchAndCount() {
        Http http = http();
        String a = id(http.post("/threads", Map.of("metadata", Map.of("owner", "ann", "tags", List.of("x", "y")))));
        String b = id(http.post("/threads", Map.of("metadata", Map.of("owner", "bob"))));
        http.post("/threads/" + b + "/runs/wait", Map.of("assistant_id", "counter", "input", Map.of("count", 1)));
        Http.Resp all = http.post("/threads/search", Map.of());
        assertThat(all.list()).extracting(m -> m.get("thread_id")).containsExactly(b, a);
        assertThat(all.header("x-pagination-total")).isEqualTo("2");
        assertThat(http.post("/threads/search", Map.of("metadata", Map.of("tags", List.of("y")))).list())
                .extracting(m -> m.get("thread_id")).containsExactly(a);
        assertThat(http.post("/threads/search", Map.of("values", Map.of("count", 4))).list())
                .extracting(m -> m.get("thread_id")).containsExactly(b);
        assertThat(http.post("/threads/search", Map.of("status", "idle", "ids", List.of(a))).list()).hasSize(1);
        Http.Resp page = http.post("/threads/search", Map.of("limit", 1, "sort_by", "created_at",
                "sort_order", "asc", "select", List.of("thread_id", "status")));
        assertThat(page.list()).containsExactly(Map.of("thread_id", a, "status", "idle"));
        assertThat(page.header("x-pagination-next")).isEqualTo("1");
        assertThat(page.header("x-pagination-total")).isEqualTo("2");
        assertThat(http.post("/threads/search", Map.of("sort_by", "nope")).status()).isEqualTo(422);
        assertThat(http.post("/threads/search", Map.of("status", "sleeping")).status()).isEqualTo(422);
        assertThat(http.post("/threads/count", Map.of()).json()).isEqualTo(2);
        assertThat(http.post("/threads/count", Map.of("metadata", Map.of("owner", "bob"))).json()).isEqualTo(1);
    }

    @Test
    void stateHistoryAndUpdateState() {
        Http http = http();
        String id = id(http.post("/threads", Map.of()));
        assertThat(http.get("/threads/" + id + "/state").map()).containsEntry("values", Map.of())
                .containsEntry("next", List.of()).containsEntry("checkpoint", null);
        assertThat(http.get("/threads/" + id + "/history").list()).isEmpty();
        Http.Resp noGraph = http.post("/threads/" + id + "/state", Map.of("values", Map.of("count", 1)));
        assertThat(noGraph.status()).isEqualTo(400);

        http.post("/threads/" + id + "/runs/wait", Map.of("assistant_id", "counter", "input", Map.of("count", 0),
                "metadata", Map.of("purpose", "test")));
        List<Map<String, Object>> history = http.get("/threads/" + id + "/history").list();
        assertThat(history).extracting(s -> (Object) ((Map<?, ?>) s.get("metadata")).get("step"))
                .containsExactly(3, 2, 1, 0, -1);
        assertThat(history).extracting(s -> (Object) ((Map<?, ?>) s.get("metadata")).get("source"))
                .containsExactly("loop", "loop", "loop", "loop", "input");
        assertThat(history).extracting(s -> s.get("next")).containsExactly(List.of(), List.of("add_c"),
                List.of("add_b"), List.of("add_a"), List.of("__start__"));
        assertThat(((Map<?, ?>) history.get(0).get("metadata")).get("purpose")).isEqualTo("test");
        Map<?, ?> parent = (Map<?, ?>) history.get(0).get("parent_checkpoint");
        assertThat(parent.get("checkpoint_id")).isEqualTo(((Map<?, ?>) history.get(1).get("checkpoint"))
                .get("checkpoint_id"));
        String second = (String) ((Map<?, ?>) history.get(1).get("checkpoint")).get("checkpoint_id");
        assertThat(http.get("/threads/" + id + "/history?limit=2").list()).hasSize(2);
        assertThat(http.post("/threads/" + id + "/history", Map.of("before", second, "limit", 10)).list())
                .hasSize(3);
        assertThat(http.post("/threads/" + id + "/history", Map.of("metadata", Map.of("source", "input"))).list())
                .hasSize(1);
        Map<String, Object> atSecond = http.get("/threads/" + id + "/state/" + second).map();
        assertThat(atSecond.get("values")).isEqualTo(Map.of("count", 2, "step", 1,
                "visited", List.of("add_a", "add_b")));
        assertThat(http.post("/threads/" + id + "/state/checkpoint", Map.of("checkpoint",
                Map.of("checkpoint_id", second))).map()).isEqualTo(atSecond);

        Map<String, Object> updated = http.post("/threads/" + id + "/state", Map.of("values",
                Map.of("count", 10, "visited", List.of("manual")), "as_node", "add_b")).map();
        Map<?, ?> checkpoint = (Map<?, ?>) updated.get("checkpoint");
        assertThat(checkpoint.get("thread_id")).isEqualTo(id);
        Map<String, Object> state = http.get("/threads/" + id + "/state").map();
        assertThat(state.get("values")).isEqualTo(Map.of("count", 10, "step", 1,
                "visited", List.of("add_a", "add_b", "add_c", "manual")));
        assertThat(state.get("next")).isEqualTo(List.of("add_c"));
        assertThat(((Map<?, ?>) state.get("metadata")).get("source")).isEqualTo("update");
        assertThat(http.get("/threads/" + id).map().get("status")).isEqualTo("interrupted");
        Map<String, Object> resume = new java.util.HashMap<>();
        resume.put("assistant_id", "counter");
        resume.put("input", null);
        assertThat(http.post("/threads/" + id + "/runs/wait", resume).map()).containsEntry("count", 11)
                .containsEntry("visited", List.of("add_a", "add_b", "add_c", "manual", "add_c"));
        assertThat(http.post("/threads/" + id + "/state", Map.of("values", Map.of(), "as_node", "nope")).status())
                .isEqualTo(400);
    }

    @Test
    void copyAndPrune() {
        Http http = http();
        String id = id(http.post("/threads", Map.of("metadata", Map.of("m", 1))));
        http.post("/threads/" + id + "/runs/wait", Map.of("assistant_id", "counter", "input", Map.of("count", 0)));
        Map<String, Object> copy = http.post("/threads/" + id + "/copy", null).map();
        String copyId = (String) copy.get("thread_id");
        assertThat(copyId).isNotEqualTo(id);
        assertThat(copy.get("metadata")).isEqualTo(http.get("/threads/" + id).map().get("metadata"));
        assertThat(copy.get("status")).isEqualTo("idle");
        assertThat(http.get("/threads/" + copyId + "/state").map().get("values"))
                .isEqualTo(http.get("/threads/" + id + "/state").map().get("values"));
        assertThat(http.get("/threads/" + copyId + "/history").list()).hasSize(5);
        assertThat(http.post("/threads/00000000-0000-4000-8000-000000000000/copy", null).status()).isEqualTo(409);

        Map<String, Object> kept = http.post("/threads/prune", Map.of("thread_ids", List.of(copyId),
                "strategy", "keep_latest")).map();
        assertThat(kept).isEqualTo(Map.of("pruned_count", 1));
        assertThat(http.get("/threads/" + copyId + "/history").list()).hasSize(1);
        assertThat(http.post("/threads/prune", Map.of("thread_ids", List.of(id, copyId))).map())
                .isEqualTo(Map.of("pruned_count", 2));
        assertThat(http.get("/threads/" + id).status()).isEqualTo(404);
    }

    @Test
    void stateUpdateOnABusyThreadIs409() {
        Http http = http();
        String id = id(http.post("/threads", Map.of()));
        java.net.http.HttpResponse<java.io.InputStream> r = http.open("POST", "/threads/" + id + "/runs/stream",
                Map.of("assistant_id", "slow", "input", Map.of("delay_ms", 60_000)));
        Http.SseReader reader = new Http.SseReader(r.body());
        reader.next();
        Http.Resp busy = http.post("/threads/" + id + "/state", Map.of("values", Map.of("delay_ms", 1)));
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.detail()).isEqualTo("Thread is busy with a running job. Cannot update state.");
        assertThat(http.delete("/threads/" + id).status()).isEqualTo(204);
        while (reader.next() != null) {
            // the deleted thread's run ends
        }
    }

    @Test
    void superstepsAndTtl() {
        Http http = http();
        Map<String, Object> t = http.post("/threads", Map.of("metadata", Map.of("graph_id", "counter"),
                "ttl", 30, "supersteps", List.of(Map.of("updates", List.of(Map.of("values", Map.of("count", 5),
                        "as_node", "add_a")))))).map();
        String id = (String) t.get("thread_id");
        assertThat(t.get("status")).isEqualTo("interrupted");
        assertThat(t.get("values")).isEqualTo(Map.of("count", 5));
        assertThat(http.get("/threads/" + id + "/state").map().get("next")).isEqualTo(List.of("add_b"));
        assertThat(http.get("/threads/" + id + "?include=ttl").map().get("ttl"))
                .isEqualTo(Map.of("ttl", 30, "strategy", "delete"));
        assertThat(http.get("/threads/" + id).map()).doesNotContainKey("ttl");
        Map<String, Object> resume = new java.util.HashMap<>();
        resume.put("assistant_id", "counter");
        resume.put("input", null);
        assertThat(http.post("/threads/" + id + "/runs/wait", resume).map()).isEqualTo(Map.of("count", 7,
                "visited", List.of("add_b", "add_c")));
        assertThat(http.post("/threads", Map.of("supersteps", List.of(Map.of("updates", List.of(Map.of("values",
                Map.of("count", 1))))))).status()).isEqualTo(400);
    }

    private static String id(Http.Resp r) {
        return (String) r.map().get("thread_id");
    }
}
