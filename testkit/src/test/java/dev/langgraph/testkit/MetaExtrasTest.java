package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.auth.PeerAuthRules;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.threads.ThreadUpdateParams;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /metrics}, {@code /openapi.json}, {@code /docs}, {@code feedback_keys} and {@code Prefer: return=minimal}. */
class MetaExtrasTest {

    static FakeLangGraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        // Held background runs make the queue gauges exact.
        server = FakeLangGraphServer.builder().backgroundRuns(BackgroundRuns.MANUAL).start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private String background(String threadId) {
        return (String) http.post("/threads/" + threadId + "/runs", Map.of("assistant_id", "echo")).map()
                .get("run_id");
    }

    @Test
    void metricsInPrometheusFormatCountPendingRuns() {
        background(http.newThread());
        background(http.newThread());

        Http.Resp metrics = http.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body().lines().collect(Collectors.toList())).contains(
                "# HELP lg_api_num_pending_runs The number of runs currently pending.",
                "# TYPE lg_api_num_pending_runs gauge",
                "lg_api_num_pending_runs{project_id=\"None\", revision_id=\"None\"} 2",
                "# TYPE lg_api_num_running_runs gauge",
                "lg_api_num_running_runs{project_id=\"None\", revision_id=\"None\"} 0");
        assertThat(metrics.body()).contains("# TYPE lg_api_pending_runs_wait_time_max gauge");
        Http.Resp unknownFormat = http.get("/metrics?format=unknown");   // the Python server falls back too
        assertThat(unknownFormat.header("Content-Type")).startsWith("text/plain");
        assertThat(unknownFormat.body()).startsWith("# HELP lg_api_num_pending_runs");

        server.runPendingRuns();
        assertThat(http.get("/metrics?format=prometheus").body())
                .contains("lg_api_num_pending_runs{project_id=\"None\", revision_id=\"None\"} 0");
    }

    @Test
    void metricsInJsonFormatHaveTheQueue() {
        background(http.newThread());

        Http.Resp metrics = http.get("/metrics?format=json");

        assertThat(metrics.header("Content-Type")).startsWith("application/json");
        Map<String, Object> queue = Http.object(metrics.map().get("queue"));
        assertThat(queue).containsEntry("n_pending", 1).containsEntry("n_running", 0)
                .containsKeys("pending_runs_wait_time_max_secs", "pending_runs_wait_time_med_secs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiListsEveryServedRoute() {
        Http.Resp doc = http.get("/openapi.json");

        assertThat(doc.status()).isEqualTo(200);
        Map<String, Object> api = doc.map();
        assertThat((String) api.get("openapi")).startsWith("3.1");
        assertThat(Http.object(api.get("info"))).containsKeys("title", "version");
        Map<String, Object> paths = Http.object(api.get("paths"));
        assertThat(paths).containsKeys("/ok", "/info", "/metrics", "/docs", "/openapi.json", "/assistants/search",
                "/threads/{thread_id}", "/threads/{thread_id}/runs/stream", "/runs/crons", "/store/items");
        Map<String, Object> runs = Http.object(paths.get("/threads/{thread_id}/runs"));
        assertThat(runs).containsOnlyKeys("get", "post");
        Map<String, Object> create = Http.object(runs.get("post"));
        assertThat((List<Map<String, Object>>) create.get("parameters")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("name", "thread_id").containsEntry("in", "path")
                        .containsEntry("required", true));
        assertThat(Http.object(create.get("responses"))).isNotEmpty();
        assertThat(Http.object(Http.object(paths.get("/threads/{thread_id}")).get("patch")))
                .containsEntry("tags", List.of("Threads"));

        Set<Object> operationIds = new HashSet<>();
        int operations = 0;
        for (Object item : paths.values()) {
            for (Object op : Http.object(item).values()) {
                operations++;
                operationIds.add(Http.object(op).get("operationId"));
            }
        }
        assertThat(operationIds).hasSize(operations);
        assertThat(operations).isGreaterThanOrEqualTo(50);   // every route the router serves
    }

    @Test
    void docsIsAnHtmlPageListingTheRoutes() {
        Http.Resp docs = http.get("/docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Type")).startsWith("text/html");
        assertThat(docs.body()).contains("<html", "href=\"/openapi.json\"", "/threads/{thread_id}/runs/stream");
    }

    @Test
    void metaRoutesStayOpenBehindAuth() {
        try (FakeLangGraphServer guarded = FakeLangGraphServer.builder().auth(PeerAuthRules.auth()).start()) {
            Http anonymous = new Http(guarded.baseUrl());
            assertThat(anonymous.post("/threads", Map.of()).status()).isEqualTo(401);
            assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
            assertThat(anonymous.get("/openapi.json").status()).isEqualTo(200);
            assertThat(anonymous.get("/docs").status()).isEqualTo(200);
        }
    }

    @Test
    void feedbackKeysAreValidatedAndKeptInTheRunsKwargs() {
        String thread = http.newThread();
        Http.Resp created = http.post("/threads/" + thread + "/runs",
                Map.of("assistant_id", "echo", "feedback_keys", List.of("correctness", "helpfulness")));
        assertThat(created.status()).isEqualTo(200);
        assertThat(Http.object(created.map().get("kwargs")))
                .containsEntry("feedback_keys", List.of("correctness", "helpfulness"));

        assertThat(http.post("/threads/" + thread + "/runs",
                Map.of("assistant_id", "echo", "feedback_keys", "correctness")).status()).isEqualTo(422);
        assertThat(http.post("/threads/" + thread + "/runs",
                Map.of("assistant_id", "echo", "feedback_keys", List.of(1))).status()).isEqualTo(422);

        // Without LangSmith there are no feedback URLs: the stream has no feedback event.
        List<Http.Event> events = http.streamRun(Map.of("assistant_id", "echo", "feedback_keys", List.of("k"),
                "input", Map.of("messages", List.of(Map.of("role", "user", "content", "hi")))));
        assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "values", "values");
    }

    @Test
    void preferReturnMinimalAnswers204AndStillUpdates() {
        String thread = http.newThread();

        Http.Resp minimal = http.send("PATCH", "/threads/" + thread, Map.of("metadata", Map.of("k", "v")),
                "Prefer", "return=minimal");
        assertThat(minimal.status()).isEqualTo(204);
        assertThat(minimal.body()).isEmpty();
        assertThat(Http.object(http.get("/threads/" + thread).map().get("metadata"))).containsEntry("k", "v");

        Http.Resp full = http.send("PATCH", "/threads/" + thread, Map.of("metadata", Map.of("k", "w")),
                "Prefer", "handling=lenient");
        assertThat(full.status()).isEqualTo(200);
        assertThat(Http.object(full.map().get("metadata"))).containsEntry("k", "w");
    }

    @Test
    void theSdksReturnMinimalUpdateWorksAgainstTheFake() {
        try (LangGraphClient client = server.client()) {
            String thread = client.threads().create().threadId();
            Object updated = client.threads().update(thread,
                    ThreadUpdateParams.builder(Map.of("owner", "me")).returnMinimal(true).build());
            assertThat(updated).isNull();
            assertThat(client.threads().get(thread).metadata()).containsEntry("owner", "me");
        }
    }
}
