package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.crons.Cron;
import dev.langgraph.client.crons.CronParams;
import dev.langgraph.client.crons.CronSearchParams;
import dev.langgraph.client.crons.CronUpdateParams;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.Reducers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Crons: the routes, and the scheduler firing runs on a manual clock. */
class CronsTest {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    static volatile CountDownLatch gate = new CountDownLatch(0);
    /** Waits until the test opens the gate. */
    static final Graph GATED = Graph.builder()
            .channel("done", Reducers.lastValue())
            .node("wait", ctx -> {
                while (gate.getCount() > 0) {
                    ctx.sleep(Duration.ofMillis(5));
                }
                return Map.of("done", true);
            })
            .edge(Graph.START, "wait").edge("wait", Graph.END)
            .build();

    final TestClock clock = TestClock.startingAt(START);
    /** A server per test (an instance field), on a clock standing at {@link #START}. */
    @RegisterExtension
    final LangGraphServerExtension extension = LangGraphServerExtension.newInstance().referenceGraphs()
            .graph("gated", GATED).clock(clock).build();
    FakeLangGraphServer server;
    Http http;

    @BeforeEach
    void client() {
        server = extension.server();
        http = new Http(server.baseUrl());
    }

    Map<String, Object> cron(String path, Map<String, Object> body) {
        Http.Resp r = http.post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.map();
    }

    static Map<String, Object> counterCron(String schedule, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("assistant_id", "counter", "schedule", schedule,
                "input", Map.of("count", 0)));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    List<Map<String, Object>> runsOf(String tid) {
        return http.get("/threads/" + tid + "/runs?limit=100").list();
    }

    static String at(String time) {
        return "2025-01-01T" + time + ".000000+00:00";
    }

    @Test
    void createsCronsWithTheirScheduleAndPayload() {
        Map<String, Object> c = cron("/runs/crons", counterCron("*/5 * * * *", "metadata", Map.of("team", "a")));
        assertThat(c.get("cron_id")).asString().matches("[0-9a-f-]{36}");
        assertThat(c).containsEntry("assistant_id", server.assistantId("counter")).containsEntry("thread_id", null)
                .containsEntry("on_run_completed", "delete").containsEntry("end_time", null)
                .containsEntry("schedule", "*/5 * * * *").containsEntry("timezone", null)
                .containsEntry("user_id", null).containsEntry("enabled", true)
                .containsEntry("metadata", Map.of("team", "a")).containsEntry("next_run_date", at("00:05:00"));
        assertThat(c.get("created_at")).asString().startsWith("2025-01-01T00:00:00.0000");
        Map<?, ?> payload = (Map<?, ?>) c.get("payload");
        assertThat(payload.get("input")).isEqualTo(Map.of("count", 0));
        assertThat(payload.get("assistant_id")).isEqualTo(server.assistantId("counter"));
        assertThat(((Map<?, ?>) ((Map<?, ?>) payload.get("config")).get("configurable")).get("cron_id"))
                .isEqualTo(c.get("cron_id"));

        String tid = http.newThread();
        Map<String, Object> onThread = cron("/threads/" + tid + "/runs/crons", counterCron("0 9 * * *",
                "timezone", "Europe/Paris"));
        assertThat(onThread).containsEntry("thread_id", tid).containsEntry("on_run_completed", null)
                .containsEntry("next_run_date", at("08:00:00"));
        assertThat(http.get("/info").map().get("flags")).isEqualTo(Map.of("assistants", true, "crons", true,
                "langsmith", false, "langsmith_tracing_replicas", true));
    }

    @Test
    void rejectsInvalidCrons() {
        Http.Resp schedule = http.post("/runs/crons", counterCron("every minute"));
        assertThat(schedule.status()).isEqualTo(422);
        assertThat(schedule.detail()).startsWith("Invalid cron schedule: 'every minute'. Reason:");
        assertThat(http.post("/runs/crons", counterCron("61 * * * *")).status()).isEqualTo(422);
        assertThat(http.post("/runs/crons", counterCron("* * * * *", "timezone", "Mars/Base")).detail())
                .isEqualTo("Invalid timezone: 'Mars/Base'");
        assertThat(http.post("/runs/crons", counterCron("* * * * *", "end_time", "soon")).status()).isEqualTo(422);
        assertThat(http.post("/runs/crons", counterCron("* * * * *", "stream_mode", "nope")).status())
                .isEqualTo(422);
        String missing = "0b0b0b0b-0000-4000-8000-000000000000";
        Http.Resp thread = http.post("/threads/" + missing + "/runs/crons", counterCron("* * * * *"));
        assertThat(thread.status()).isEqualTo(404);
        assertThat(thread.detail()).startsWith("Thread with ID '" + missing + "' not found.");
        assertThat(http.delete("/runs/crons/nope").detail()).isEqualTo("Invalid cron ID: must be a UUID");
        assertThat(http.delete("/runs/crons/" + missing).status()).isEqualTo(404);
        assertThat(http.post("/runs/crons/search", Map.of("sort_by", "schedule")).detail())
                .startsWith("Invalid sort_by field: 'schedule'.");
    }

    @Test
    void searchesCountsPatchesAndDeletes() {
        String tid = http.newThread();
        Map<String, Object> first = cron("/runs/crons", counterCron("0 * * * *", "metadata", Map.of("team", "a")));
        Map<String, Object> second = cron("/threads/" + tid + "/runs/crons", counterCron("*/10 * * * *"));
        Http.Resp all = http.post("/runs/crons/search", Map.of());
        assertThat(all.list()).extracting(c -> c.get("cron_id")).containsExactly(second.get("cron_id"),
                first.get("cron_id"));
        assertThat(all.header("X-Pagination-Total")).isEqualTo("2");
        assertThat(http.post("/runs/crons/search", Map.of("thread_id", tid)).list()).hasSize(1);
        assertThat(http.post("/runs/crons/search", Map.of("assistant_id", "counter", "limit", 1)).header(
                "X-Pagination-Next")).isEqualTo("1");
        assertThat(http.post("/runs/crons/search", Map.of("metadata", Map.of("team", "a"),
                "select", List.of("cron_id", "schedule"))).list())
                .containsExactly(Map.of("cron_id", first.get("cron_id"), "schedule", "0 * * * *"));
        assertThat(http.post("/runs/crons/search", Map.of("sort_by", "next_run_date", "sort_order", "asc")).list())
                .extracting(c -> c.get("cron_id")).containsExactly(second.get("cron_id"), first.get("cron_id"));
        assertThat(http.post("/runs/crons/count", Map.of()).json()).isEqualTo(2);
        assertThat(http.post("/runs/crons/count", Map.of("thread_id", tid)).json()).isEqualTo(1);

        String id = (String) first.get("cron_id");
        Map<String, Object> patched = http.patch("/runs/crons/" + id, Map.of("schedule", "30 * * * *",
                "end_time", "2025-01-02T00:00:00Z", "input", Map.of("count", 5), "enabled", false)).map();
        assertThat(patched).containsEntry("schedule", "30 * * * *").containsEntry("enabled", false)
                .containsEntry("next_run_date", at("00:30:00"))
                .containsEntry("end_time", "2025-01-02T00:00:00.000000+00:00");
        assertThat(((Map<?, ?>) patched.get("payload")).get("input")).isEqualTo(Map.of("count", 5));
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("end_time", null);
        assertThat(http.patch("/runs/crons/" + id, cleared).map().get("end_time")).isNull();
        assertThat(http.post("/runs/crons/search", Map.of("enabled", false)).list()).hasSize(1);

        assertThat(http.delete("/runs/crons/" + id).status()).isEqualTo(204);
        assertThat(http.delete("/runs/crons/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/threads/" + tid).status()).isEqualTo(204);
        assertThat(http.post("/runs/crons/count", Map.of()).json()).isEqualTo(0);
    }

    @Test
    void threadCronFiresAtEachTickOfTheManualClock() {
        String tid = http.newThread();
        Map<String, Object> c = cron("/threads/" + tid + "/runs/crons", counterCron("*/5 * * * *"));
        clock.advance(Duration.ofMinutes(4));
        assertThat(runsOf(tid)).isEmpty();
        clock.advance(Duration.ofMinutes(11));
        List<Map<String, Object>> runs = runsOf(tid);
        assertThat(runs).extracting(r -> ((String) r.get("created_at")).substring(11, 19))
                .containsExactly("00:15:00", "00:10:00", "00:05:00");
        for (Map<String, Object> run : runs) {
            assertThat(http.get("/threads/" + tid + "/runs/" + run.get("run_id") + "/join").map())
                    .containsKey("count");
            Map<?, ?> config = (Map<?, ?>) ((Map<?, ?>) run.get("kwargs")).get("config");
            assertThat(((Map<?, ?>) config.get("configurable")).get("cron_id")).isEqualTo(c.get("cron_id"));
        }
        assertThat(http.post("/runs/crons/search", Map.of()).list().get(0).get("next_run_date"))
                .isEqualTo(at("00:20:00"));
    }

    @Test
    void endTimeAndEnabledStopFiringsUntilEnabledAgain() {
        String ended = http.newThread();
        cron("/threads/" + ended + "/runs/crons", counterCron("*/5 * * * *", "end_time", "2025-01-01T00:12:00Z"));
        String disabled = http.newThread();
        String id = (String) cron("/threads/" + disabled + "/runs/crons", counterCron("*/5 * * * *",
                "enabled", false)).get("cron_id");
        clock.advance(Duration.ofMinutes(30));
        assertThat(runsOf(ended)).hasSize(2);
        assertThat(runsOf(disabled)).isEmpty();

        assertThat(http.patch("/runs/crons/" + id, Map.of("enabled", true)).map().get("next_run_date"))
                .isEqualTo(at("00:35:00"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(runsOf(disabled)).hasSize(1);
        assertThat(runsOf(ended)).hasSize(2);
    }

    @Test
    void statelessCronThreadsAreDeletedAfterTheRunUnlessKept() {
        gate = new CountDownLatch(1);
        cron("/runs/crons", Map.of("assistant_id", "gated", "schedule", "* * * * *", "input", Map.of(),
                "metadata", Map.of("cron", "delete")));
        cron("/runs/crons", Map.of("assistant_id", "gated", "schedule", "* * * * *", "input", Map.of(),
                "metadata", Map.of("cron", "keep"), "on_run_completed", "keep"));
        clock.advance(Duration.ofMinutes(1));
        String deleted = threadWithMetadata("delete");
        String kept = threadWithMetadata("keep");
        String deletedRun = (String) runsOf(deleted).get(0).get("run_id");
        String keptRun = (String) runsOf(kept).get(0).get("run_id");
        gate.countDown();
        assertThat(http.get("/threads/" + kept + "/runs/" + keptRun + "/join").map()).isEqualTo(Map.of("done", true));
        http.get("/threads/" + deleted + "/runs/" + deletedRun + "/join");
        assertThat(http.get("/threads/" + kept).map().get("status")).isEqualTo("idle");
        assertThat(http.get("/threads/" + deleted).status()).isEqualTo(404);
    }

    String threadWithMetadata(String value) {
        List<Map<String, Object>> found = http.post("/threads/search", Map.of("metadata", Map.of("cron", value)))
                .list();
        assertThat(found).hasSize(1);
        return (String) found.get(0).get("thread_id");
    }

    @Test
    void worksThroughTheSdk() {
        Cron created;
        try (LangGraphClient client = server.client()) {
            created = client.crons().create("counter", CronParams.builder("0 12 * * *")
                    .input(Map.of("count", 1)).metadata(Map.of("sdk", true)).build());
            assertThat(created.nextRunDate()).isEqualTo(Instant.parse("2025-01-01T12:00:00Z"));
            assertThat(created.enabled()).isTrue();
            Cron updated = client.crons().update(created.cronId(), CronUpdateParams.builder()
                    .schedule("0 13 * * *").build());
            assertThat(updated.nextRunDate()).isEqualTo(Instant.parse("2025-01-01T13:00:00Z"));
            assertThat(client.crons().search(CronSearchParams.builder().metadata(Map.of("sdk", true)).build()))
                    .extracting(Cron::cronId).containsExactly(created.cronId());
            assertThat(client.crons().count()).isEqualTo(1);
            client.crons().delete(created.cronId());
            assertThat(client.crons().count()).isZero();
        }
        assertThat(server.recordedRequests()).extracting(RecordedRequest::toString)
                .contains("POST /runs/crons", "POST /runs/crons/search", "DELETE /runs/crons/" + created.cronId());
    }
}
