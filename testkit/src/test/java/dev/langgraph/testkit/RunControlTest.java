package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.Reducers;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Multitask strategies, cancel, join and join-stream replay: the run status machine. */
class RunControlTest {

    static final CountDownLatch GATE = new CountDownLatch(1);
    static FakeLangGraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        Graph gated = Graph.builder()
                .channel("visited", Reducers.append(), List.of())
                .node("one", ctx -> Map.of("visited", List.of("one")))
                .node("gate", ctx -> {
                    while (GATE.getCount() > 0) {
                        ctx.sleep(Duration.ofMillis(5));
                    }
                    return Map.of("visited", List.of("gate"));
                })
                .edge(Graph.START, "one").edge("one", "gate").edge("gate", Graph.END)
                .build();
        server = FakeLangGraphServer.builder().referenceGraphs().graph("gated", gated)
                .heartbeatInterval(Duration.ofMillis(50)).start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String newThread() {
        return (String) http.post("/threads", Map.of()).map().get("thread_id");
    }

    /** Starts a slow run with a stream and returns once its metadata event arrived (the run is running). */
    static Running startSlow(String tid, long delayMs) {
        HttpResponse<InputStream> r = http.open("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "slow", "input", Map.of("delay_ms", delayMs), "stream_mode", "updates"));
        Http.SseReader reader = new Http.SseReader(r.body());
        Http.Event metadata = reader.next();
        assertThat(metadata.event()).isEqualTo("metadata");
        return new Running((String) metadata.map().get("run_id"), reader);
    }

    record Running(String runId, Http.SseReader reader) {
        List<Http.Event> rest() {
            List<Http.Event> events = new java.util.ArrayList<>();
            for (Http.Event e = reader.next(); e != null; e = reader.next()) {
                events.add(e);
            }
            return events;
        }
    }

    @Test
    void rejectAnswers409WhileBusyAndCancelStopsTheRunPromptly() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("busy");
        assertThat(http.get("/threads/" + tid + "/runs/" + first.runId()).map().get("status")).isEqualTo("running");

        Http.Resp rejected = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "slow",
                "input", Map.of("delay_ms", 0), "multitask_strategy", "reject"));
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.map()).isEqualTo(Map.of("detail", "Thread is already running a task. Wait for it to"
                + " finish or choose a different multitask strategy."));

        Http.Resp cancel = http.post("/threads/" + tid + "/runs/" + first.runId() + "/cancel", null);
        assertThat(cancel.status()).isEqualTo(202);
        assertThat(cancel.body()).isEmpty();
        assertThat(first.rest()).isEmpty(); // no error event for a cancelled run
        Map<String, Object> run = http.get("/threads/" + tid + "/runs/" + first.runId()).map();
        assertThat(run.get("status")).isEqualTo("interrupted");
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("interrupted");

        Http.Resp again = http.post("/threads/" + tid + "/runs/" + first.runId() + "/cancel", null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.detail()).isEqualTo("Some runs were not found or not cancelable.");
    }

    @Test
    void enqueueRunsAfterTheRunningOne() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        Map<String, Object> second = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "input", Map.of("count", 10), "multitask_strategy", "enqueue")).map();
        assertThat(second.get("status")).isEqualTo("pending");
        assertThat(second.get("multitask_strategy")).isEqualTo("enqueue");
        String secondPath = "/threads/" + tid + "/runs/" + second.get("run_id");
        assertThat(http.get(secondPath).map().get("status")).isEqualTo("pending");
        http.post("/threads/" + tid + "/runs/" + first.runId() + "/cancel", null);
        Http.Resp joined = http.get(secondPath + "/join");
        assertThat(joined.map()).containsEntry("count", 13);
        assertThat(http.get(secondPath).map().get("status")).isEqualTo("success");
        first.rest();
    }

    @Test
    void defaultStrategyIsEnqueue() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        Map<String, Object> second = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "input", Map.of("count", 0))).map();
        assertThat(second.get("multitask_strategy")).isEqualTo("enqueue");
        http.post("/threads/" + tid + "/runs/" + first.runId() + "/cancel", null);
        assertThat(http.get("/threads/" + tid + "/runs/" + second.get("run_id") + "/join").map())
                .containsEntry("count", 3);
        first.rest();
    }

    @Test
    void interruptStrategyStopsTheRunningRun() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        Map<String, Object> second = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "slow",
                "input", Map.of("delay_ms", 0), "multitask_strategy", "interrupt")).map();
        Http.Resp joined = http.get("/threads/" + tid + "/runs/" + second.get("run_id") + "/join");
        assertThat(joined.map()).containsEntry("visited", List.of("slow_1", "slow_2", "slow_3"));
        assertThat(http.get("/threads/" + tid + "/runs/" + first.runId()).map().get("status"))
                .isEqualTo("interrupted");
        first.rest();
    }

    @Test
    void rollbackStrategyDeletesTheRunningRunAndItsCheckpoints() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        Map<String, Object> second = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "input", Map.of("count", 0), "multitask_strategy", "rollback")).map();
        http.get("/threads/" + tid + "/runs/" + second.get("run_id") + "/join");
        assertThat(http.get("/threads/" + tid + "/runs/" + first.runId()).status()).isEqualTo(404);
        List<Map<String, Object>> history = http.get("/threads/" + tid + "/history").list();
        assertThat(history).allSatisfy(s -> assertThat(((Map<?, ?>) s.get("metadata")).get("run_id"))
                .isEqualTo(second.get("run_id")));
        first.rest();
    }

    @Test
    void cancelWithWaitReturnsTheJoinResult() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        Http.Resp r = http.post("/threads/" + tid + "/runs/" + first.runId() + "/cancel?wait=true", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.map()).isEqualTo(Map.of("delay_ms", 60_000, "visited", List.of()));
        first.rest();
    }

    @Test
    void cancelWithRollbackDeletesTheRun() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        assertThat(http.post("/threads/" + tid + "/runs/" + first.runId() + "/cancel?action=rollback&wait=1", null)
                .status()).isEqualTo(200);
        assertThat(http.get("/threads/" + tid + "/runs/" + first.runId()).status()).isEqualTo(404);
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("idle");
        first.rest();
    }

    @Test
    void bulkCancelByStatus() {
        String tid = newThread();
        Running first = startSlow(tid, 60_000);
        Http.Resp bad = http.post("/runs/cancel", Map.of("status", "all", "thread_id", tid));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(http.post("/runs/cancel", Map.of("status", "everything")).status()).isEqualTo(422);
        assertThat(http.post("/runs/cancel", Map.of("thread_id", tid, "run_ids", List.of(first.runId())))
                .status()).isEqualTo(204);
        assertThat(first.rest()).isEmpty();
        assertThat(http.post("/runs/cancel", Map.of("status", "running")).status()).isEqualTo(404);
    }

    @Test
    void onDisconnectCancelInterruptsTheRunWhenTheClientGoesAway() throws Exception {
        String tid = newThread();
        HttpResponse<InputStream> r = http.open("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "slow", "input", Map.of("delay_ms", 60_000), "on_disconnect", "cancel"));
        Http.SseReader reader = new Http.SseReader(r.body());
        String runId = (String) reader.next().map().get("run_id");
        reader.close();
        Map<String, Object> result = http.get("/threads/" + tid + "/runs/" + runId + "/join").map();
        assertThat(result).containsEntry("visited", List.of());
        assertThat(http.get("/threads/" + tid + "/runs/" + runId).map().get("status")).isEqualTo("interrupted");
    }

    @Test
    void joinStreamReplaysAfterLastEventIdForResumableRuns() {
        String tid = newThread();
        Map<String, Object> run = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "slow",
                "input", Map.of("delay_ms", 0), "stream_mode", List.of("updates", "values"),
                "stream_resumable", true)).map();
        String path = "/threads/" + tid + "/runs/" + run.get("run_id");
        http.get(path + "/join");
        List<Http.Event> fromThree = http.stream("GET", path + "/stream", null, "Last-Event-ID", "2");
        assertThat(fromThree).extracting(Http.Event::id).containsExactly("3", "4", "5", "6", "7");
        assertThat(fromThree.get(0).map()).isEqualTo(Map.of("delay_ms", 0, "visited", List.of("slow_1")));
        List<Http.Event> all = http.stream("GET", path + "/stream", null, "Last-Event-ID", "-1");
        assertThat(all).extracting(Http.Event::event).containsExactly("metadata", "values", "updates", "values",
                "updates", "values", "updates", "values");
        assertThat(http.stream("GET", path + "/stream", null)).isEmpty();
        List<Http.Event> onlyUpdates = http.stream("GET", path + "/stream?stream_mode=updates", null,
                "Last-Event-ID", "-1");
        assertThat(onlyUpdates).extracting(Http.Event::event).containsExactly("metadata", "updates", "updates",
                "updates");
    }

    @Test
    void reconnectingToACutStreamContinuesWhereItStopped() {
        String tid = newThread();
        HttpResponse<InputStream> r = http.open("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "gated", "input", Map.of(), "stream_mode", "updates", "stream_resumable", true));
        String location = r.headers().firstValue("location").orElseThrow();
        Http.SseReader reader = new Http.SseReader(r.body());
        assertThat(reader.next().event()).isEqualTo("metadata");
        Http.Event one = reader.next();
        assertThat(one.id()).isEqualTo("1");
        reader.close();
        GATE.countDown();
        List<Http.Event> rest = http.stream("GET", location, null, "Last-Event-ID", one.id());
        assertThat(rest).extracting(Http.Event::id).containsExactly("2");
        assertThat(rest.get(0).map()).isEqualTo(Map.of("gate", Map.of("visited", List.of("gate"))));
    }

    @Test
    void joinOfAnUnknownRunAnswersInsideTheBody() {
        String tid = newThread();
        String unknown = "00000000-0000-4000-8000-000000000000";
        Http.Resp join = http.get("/threads/" + tid + "/runs/" + unknown + "/join");
        assertThat(join.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) join.map().get("__error__")).get("error")).isEqualTo("HTTPException");
        List<Http.Event> stream = http.stream("GET", "/threads/" + tid + "/runs/" + unknown + "/stream", null);
        assertThat(stream).extracting(Http.Event::event).containsExactly("error");
        assertThat((String) stream.get(0).map().get("message")).startsWith("404: Run with ID");
        assertThat(http.get("/threads/" + unknown + "/runs/" + unknown + "/join").status()).isEqualTo(404);
    }

    @Test
    void runsAreListedNewestFirstAndCanBeDeleted() {
        String tid = newThread();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Http.Resp r = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "counter",
                    "input", Map.of("count", i), "metadata", Map.of("n", i)));
            String loc = r.header("content-location");
            ids.add(loc.substring(loc.lastIndexOf('/') + 1));
        }
        List<Map<String, Object>> runs = http.get("/threads/" + tid + "/runs").list();
        assertThat(runs).extracting(m -> m.get("run_id")).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        Map<String, Object> run = runs.get(0);
        assertThat(run.keySet()).containsExactlyInAnyOrder("run_id", "thread_id", "assistant_id", "created_at",
                "updated_at", "status", "metadata", "kwargs", "multitask_strategy");
        assertThat(run.get("metadata")).isEqualTo(Map.of("n", 2, "assistant_id", server.assistantId("counter")));
        Map<?, ?> kwargs = (Map<?, ?>) run.get("kwargs");
        assertThat(kwargs.get("stream_mode")).isEqualTo(List.of("values"));
        assertThat(((Map<?, ?>) ((Map<?, ?>) kwargs.get("config")).get("configurable")).get("run_id"))
                .isEqualTo(ids.get(2));
        List<Map<String, Object>> paged = http.get("/threads/" + tid + "/runs?limit=1&offset=1&select=run_id").list();
        assertThat(paged).containsExactly(Map.of("run_id", ids.get(1)));
        assertThat(http.delete("/threads/" + tid + "/runs/" + ids.get(0)).status()).isEqualTo(204);
        assertThat(http.get("/threads/" + tid + "/runs/" + ids.get(0)).status()).isEqualTo(404);
        assertThat(http.get("/threads/" + tid + "/runs").list()).hasSize(2);
    }

    @Test
    void statelessRunsUseATemporaryThreadThatIsDeletedAfterwards() {
        Http.Resp created = http.post("/runs", Map.of("assistant_id", "counter", "input", Map.of("count", 1)));
        Map<String, Object> run = created.map();
        assertThat(created.header("content-location")).isEqualTo("/runs/" + run.get("run_id"));
        List<Http.Event> joined = http.stream("GET", "/runs/" + run.get("run_id") + "/stream", null);
        joined.size(); // waits for the end of the run (or an immediately closed stream if it already ended)
        Http.Resp wait = http.post("/runs/wait", Map.of("assistant_id", "counter", "input", Map.of("count", 1)));
        assertThat(wait.map()).containsEntry("count", 4);
        String threadPath = wait.header("content-location").substring(0, wait.header("content-location")
                .indexOf("/runs/"));
        assertThat(http.get(threadPath).status()).isEqualTo(404);
        Map<String, Object> keep = new HashMap<>(Map.of("assistant_id", "counter", "input", Map.of("count", 1),
                "on_completion", "keep"));
        Http.Resp kept = http.post("/runs/wait", keep);
        String keptThread = kept.header("content-location").substring(0, kept.header("content-location")
                .indexOf("/runs/"));
        assertThat(http.get(keptThread).map().get("status")).isEqualTo("idle");
    }

    @Test
    void batchCreatesStatelessRuns() {
        Http.Resp r = http.post("/runs/batch", List.of(Map.of("assistant_id", "counter", "input", Map.of("count", 0)),
                Map.of("assistant_id", "echo", "input", Map.of("messages", List.of()))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.list()).extracting(m -> m.get("assistant_id")).containsExactly(server.assistantId("counter"),
                server.assistantId("echo"));
        assertThat(http.post("/runs/batch", List.of()).status()).isEqualTo(422);
        assertThat(http.post("/runs/batch", List.of(Map.of("assistant_id", "nope"))).status()).isEqualTo(422);
    }

    @Test
    void ifNotExistsCreateMakesTheThread() {
        String tid = "3f1e2d4c-0000-4000-8000-" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        Http.Resp missing = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "counter",
                "input", Map.of()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).isEqualTo("Thread or assistant not found.");
        Http.Resp created = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "counter",
                "input", Map.of(), "if_not_exists", "create", "metadata", Map.of("k", "v")));
        assertThat(created.map()).containsEntry("count", 3);
        Map<String, Object> thread = http.get("/threads/" + tid).map();
        assertThat(thread.get("metadata")).isEqualTo(Map.of("graph_id", "counter",
                "assistant_id", server.assistantId("counter"), "k", "v"));
    }

    @Test
    void runCreationValidatesItsInput() {
        String tid = newThread();
        Http.Resp badAssistant = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "nope"));
        assertThat(badAssistant.status()).isEqualTo(422);
        assertThat(badAssistant.detail()).startsWith("Invalid assistant: 'nope'. Must be either:");
        Http.Resp unknownAssistant = http.post("/threads/" + tid + "/runs",
                Map.of("assistant_id", "00000000-0000-4000-8000-000000000001"));
        assertThat(unknownAssistant.status()).isEqualTo(404);
        assertThat(http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "stream_mode", "sideways")).status()).isEqualTo(422);
        assertThat(http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "multitask_strategy", "later")).status()).isEqualTo(422);
        assertThat(http.post("/threads/not-a-uuid/runs", Map.of("assistant_id", "counter")).detail())
                .isEqualTo("Invalid thread ID: must be a UUID");
        assertThat(http.post("/threads/" + tid + "/runs", "{not json").map())
                .isEqualTo(Map.of("detail", "Invalid JSON in request body"));
        assertThat(http.post("/threads/" + tid + "/runs", "").status()).isEqualTo(422);
        assertThat(http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "config", Map.of("configurable", Map.of("a", 1)), "context", Map.of("b", 2))).status())
                .isEqualTo(400);
        List<String> statuses = http.get("/threads/" + tid + "/runs").list().stream()
                .map(m -> (String) m.get("status")).collect(Collectors.toList());
        assertThat(statuses).isEmpty();
    }

    @Test
    void afterSecondsDelaysTheStart() {
        String tid = newThread();
        Map<String, Object> run = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "input", Map.of("count", 0), "after_seconds", 0.2)).map();
        String path = "/threads/" + tid + "/runs/" + run.get("run_id");
        assertThat(http.get(path).map().get("status")).isEqualTo("pending");
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("busy");
        assertThat(http.get(path + "/join").map()).containsEntry("count", 3);
        assertThat(http.get(path).map().get("status")).isEqualTo("success");
    }

    @Test
    void concurrentClientsLoseNoWrites() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        String marker = java.util.UUID.randomUUID().toString();
        List<java.util.concurrent.Future<Integer>> futures = new java.util.ArrayList<>();
        for (int c = 0; c < 16; c++) {
            futures.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < 25; i++) {
                    ok += http.post("/threads", Map.of("metadata", Map.of("marker", marker))).status() == 200 ? 1 : 0;
                    http.post("/threads/search", Map.of("metadata", Map.of("marker", marker)));
                }
                return ok;
            }));
        }
        int created = 0;
        for (java.util.concurrent.Future<Integer> f : futures) {
            created += f.get();
        }
        pool.shutdown();
        assertThat(created).isEqualTo(400);
        assertThat(http.post("/threads/count", Map.of("metadata", Map.of("marker", marker))).json()).isEqualTo(400);
    }
}
