package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.ReferenceGraphs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link BackgroundRuns#MANUAL}, {@link FakeLangGraphServer#runPendingRuns()} and {@code awaitIdle}. */
class BackgroundRunsTest {

    /** The {@code tag} input of every run of the {@code recorder} graph, in the order the runs executed. */
    private final List<Object> executed = new CopyOnWriteArrayList<>();
    private FakeLangGraphServer server;
    private Http http;

    private void start(BackgroundRuns mode) {
        start(FakeLangGraphServer.builder().backgroundRuns(mode));
    }

    private void start(FakeLangGraphServer.Builder builder) {
        Graph recorder = Graph.builder()
                .node("record", ctx -> {
                    executed.add(ctx.get("tag"));
                    return Map.of("done", true);
                })
                .edge(Graph.START, "record").edge("record", Graph.END)
                .build();
        ReferenceGraphs.all().forEach(builder::graph);
        server = builder.graph("recorder", recorder).heartbeatInterval(Duration.ofMillis(100)).start();
        http = new Http(server.baseUrl());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String background(String threadId, Map<String, Object> body) {
        return (String) http.post("/threads/" + threadId + "/runs", body).map().get("run_id");
    }

    private String status(String threadId, String runId) {
        return (String) http.get("/threads/" + threadId + "/runs/" + runId).map().get("status");
    }

    @Test
    void manualRunsWaitForTheTestAndRunInCreationOrder() {
        start(BackgroundRuns.MANUAL);
        String a = http.newThread();
        String b = http.newThread();
        String a1 = background(a, Map.of("assistant_id", "recorder", "input", Map.of("tag", "a1")));
        String b1 = background(b, Map.of("assistant_id", "recorder", "input", Map.of("tag", "b1")));
        String a2 = background(a, Map.of("assistant_id", "recorder", "input", Map.of("tag", "a2")));

        // Other requests come and go; nothing starts the runs.
        assertThat(http.get("/ok").status()).isEqualTo(200);
        assertThat(List.of(status(a, a1), status(b, b1), status(a, a2))).containsOnly("pending");
        assertThat(http.get("/threads/" + a).map().get("status")).isEqualTo("busy");
        assertThat(executed).isEmpty();

        assertThat(server.runPendingRuns()).isEqualTo(3);

        assertThat(executed).containsExactly("a1", "b1", "a2");
        assertThat(List.of(status(a, a1), status(b, b1), status(a, a2))).containsOnly("success");
        assertThat(http.get("/threads/" + a).map().get("status")).isEqualTo("idle");
        assertThat(server.runPendingRuns()).isZero();
        server.awaitIdle(Duration.ofSeconds(5));
    }

    @Test
    void manualModeLeavesTheRunsResultsAsARealRunWould() {
        start(BackgroundRuns.MANUAL);
        String thread = http.newThread();
        background(thread, Map.of("assistant_id", "counter", "input", Map.of("count", 0)));
        background(thread, Map.of("assistant_id", "counter", "input", Map.of("step", 10)));

        server.runPendingRuns();

        Map<String, Object> values = Http.object(http.get("/threads/" + thread + "/state").map().get("values"));
        assertThat(values).containsEntry("count", 33);
    }

    @Test
    void aWaitedRunStartsAtOnceAfterTheHeldRunsOfItsThread() {
        start(BackgroundRuns.MANUAL);
        String thread = http.newThread();
        String held = background(thread, Map.of("assistant_id", "recorder", "input", Map.of("tag", "held")));
        String other = http.newThread();
        background(other, Map.of("assistant_id", "recorder", "input", Map.of("tag", "elsewhere")));

        Http.Resp waited = http.post("/threads/" + thread + "/runs/wait",
                Map.of("assistant_id", "recorder", "input", Map.of("tag", "waited")));

        assertThat(waited.status()).isEqualTo(200);
        assertThat(waited.map()).containsEntry("tag", "waited").containsEntry("done", true);
        assertThat(executed).containsExactly("held", "waited");   // FIFO on the thread; the other thread waits
        assertThat(status(thread, held)).isEqualTo("success");
        assertThat(server.runPendingRuns()).isEqualTo(1);
        assertThat(executed).containsExactly("held", "waited", "elsewhere");
    }

    @Test
    void aStreamedRunStartsAtOnce() {
        start(BackgroundRuns.MANUAL);
        List<Http.Event> events = http.streamRun(Map.of("assistant_id", "counter", "input", Map.of("count", 0),
                "stream_mode", "updates"));

        assertThat(events.stream().map(Http.Event::event).collect(Collectors.toList()))
                .containsExactly("metadata", "updates", "updates", "updates");
        server.awaitIdle(Duration.ofSeconds(5));
    }

    @Test
    void joiningAHeldRunStartsIt() {
        start(BackgroundRuns.MANUAL);
        String thread = http.newThread();
        String joined = background(thread, Map.of("assistant_id", "recorder", "input", Map.of("tag", "joined")));
        String streamed = background(thread, Map.of("assistant_id", "counter", "input", Map.of("count", 0)));

        Http.Resp join = http.get("/threads/" + thread + "/runs/" + joined + "/join");
        assertThat(join.map()).containsEntry("tag", "joined");
        assertThat(status(thread, streamed)).isEqualTo("pending");

        // A join stream of a held run sees it from its first event.
        List<Http.Event> events = http.stream("GET", "/threads/" + thread + "/runs/" + streamed + "/stream", null);
        assertThat(events.get(0).event()).isEqualTo("metadata");
        assertThat(events.get(0).map()).containsEntry("run_id", streamed);
        assertThat(events).extracting(Http.Event::event).contains("values");
        assertThat(status(thread, streamed)).isEqualTo("success");
    }

    @Test
    void aHeldRunCanBeCancelledAndCountsAsInFlight() {
        start(FakeLangGraphServer.builder().backgroundRuns(BackgroundRuns.MANUAL).defaultMultitaskStrategy("reject"));
        String thread = http.newThread();
        String held = background(thread, Map.of("assistant_id", "recorder", "input", Map.of("tag", "x")));

        assertThat(http.post("/threads/" + thread + "/runs", Map.of("assistant_id", "recorder")).status())
                .isEqualTo(409);
        assertThat(http.post("/threads/" + thread + "/runs/" + held + "/cancel", null).status()).isEqualTo(202);

        assertThat(status(thread, held)).isEqualTo("interrupted");
        assertThat(server.runPendingRuns()).isZero();
        assertThat(executed).isEmpty();
    }

    @Test
    void awaitIdleNamesTheHeldRunsWhenTimeRunsOut() {
        start(BackgroundRuns.MANUAL);
        String thread = http.newThread();
        String held = background(thread, Map.of("assistant_id", "recorder", "input", Map.of("tag", "x")));

        assertThatThrownBy(() -> server.awaitIdle(Duration.ofMillis(50)))
                .isInstanceOf(IdleTimeoutException.class)
                .hasMessageContaining("run " + held)
                .hasMessageContaining("held until runPendingRuns()")
                .satisfies(e -> assertThat(((IdleTimeoutException) e).activeRuns()).hasSize(1));

        server.runPendingRuns();
        server.awaitIdle(Duration.ofSeconds(5));
    }

    @Test
    void awaitIdleWaitsForAutomaticRuns() {
        start(BackgroundRuns.AUTOMATIC);
        String a = http.newThread();
        String b = http.newThread();
        String slow = background(a, Map.of("assistant_id", "slow", "input", Map.of("delay_ms", 30)));
        String queued = background(a, Map.of("assistant_id", "recorder", "input", Map.of("tag", "after slow")));
        String other = background(b, Map.of("assistant_id", "recorder", "input", Map.of("tag", "other")));

        server.awaitIdle(Duration.ofSeconds(10));

        assertThat(List.of(status(a, slow), status(a, queued), status(b, other))).containsOnly("success");
        assertThat(executed).containsExactlyInAnyOrder("after slow", "other");
    }

    @Test
    void runPendingRunsGivesUpAfterItsTimeout() {
        start(BackgroundRuns.MANUAL);
        String thread = http.newThread();
        String slow = background(thread, Map.of("assistant_id", "slow", "input", Map.of("delay_ms", 20_000)));

        assertThatThrownBy(() -> server.runPendingRuns(Duration.ofMillis(100)))
                .isInstanceOf(IdleTimeoutException.class)
                .hasMessageContaining("run " + slow + " of graph 'slow'")
                .hasMessageContaining(": running");

        http.post("/threads/" + thread + "/runs/" + slow + "/cancel", null);
        server.awaitIdle(Duration.ofSeconds(10));
        assertThat(status(thread, slow)).isEqualTo("interrupted");
    }

    @Test
    void aDelayedRunWaitsForTheClockAndThenForTheTest() {
        TestClock clock = TestClock.startingAt(Instant.parse("2025-01-01T00:00:00Z"));
        start(FakeLangGraphServer.builder().backgroundRuns(BackgroundRuns.MANUAL).clock(clock));
        String thread = http.newThread();
        String delayed = background(thread, Map.of("assistant_id", "recorder", "input", Map.of("tag", "late"),
                "after_seconds", 60));

        assertThat(server.runPendingRuns()).isZero();
        clock.advance(Duration.ofSeconds(60));
        assertThat(status(thread, delayed)).isEqualTo("pending");
        assertThat(executed).isEmpty();

        assertThat(server.runPendingRuns()).isEqualTo(1);
        assertThat(status(thread, delayed)).isEqualTo("success");
    }

    @Test
    void resetForgetsHeldRuns() {
        start(BackgroundRuns.MANUAL);
        background(http.newThread(), Map.of("assistant_id", "recorder", "input", Map.of("tag", "x")));

        server.reset();

        server.awaitIdle(Duration.ofSeconds(5));
        assertThat(server.runPendingRuns()).isZero();
        assertThat(executed).isEmpty();
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> FakeLangGraphServer.builder().backgroundRuns(null))
                .isInstanceOf(NullPointerException.class);
        start(BackgroundRuns.MANUAL);
        assertThatThrownBy(() -> server.awaitIdle(null)).isInstanceOf(NullPointerException.class);
    }
}
