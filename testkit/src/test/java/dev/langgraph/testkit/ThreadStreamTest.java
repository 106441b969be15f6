package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /threads/{id}/stream}: run events, lifecycle, state updates and replay. */
class ThreadStreamTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();
    final Http http = new Http(server.baseUrl());

    /** Opens the thread stream (subscribed when this returns). */
    Http.SseReader open(String tid, String query, String... headers) {
        return new Http.SseReader(http.open("GET", "/threads/" + tid + "/stream" + query, null, headers).body());
    }

    /** Reads events until {@code count} {@code run_done} markers (or state updates) were seen. */
    static List<Http.Event> readUntil(Http.SseReader reader, int count, String doneMarker) {
        List<Http.Event> events = new ArrayList<>();
        int seen = 0;
        try (reader) {
            while (seen < count) {
                Http.Event e = reader.next();
                events.add(e);
                if (e.data().contains(doneMarker)) {
                    seen++;
                }
            }
        }
        return events;
    }

    String run(String tid, Object streamMode) {
        Http.Resp r = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "counter",
                "input", Map.of("count", 0), "stream_mode", streamMode));
        String location = r.header("Content-Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void runModesCarryEveryRunEventAndTheRunEnd() {
        String tid = http.newThread();
        Http.SseReader reader = open(tid, "");
        String first = run(tid, "updates");
        String second = run(tid, "values");
        List<Http.Event> events = readUntil(reader, 2, "run_done");
        assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "updates", "updates",
                "updates", "metadata", "metadata", "values", "values", "values", "values", "metadata");
        assertThat(events.get(0).map()).isEqualTo(Map.of("run_id", first, "attempt", 1));
        assertThat(events.get(4).map()).isEqualTo(Map.of("status", "run_done", "run_id", first));
        assertThat(events.get(10).map()).isEqualTo(Map.of("status", "run_done", "run_id", second));
        assertThat(events).extracting(Http.Event::id).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void lifecycleAndStateUpdatesAreSeparateModes() {
        String tid = http.newThread();
        Http.SseReader lifecycle = open(tid, "?stream_mode=lifecycle");
        Http.SseReader updates = open(tid, "?stream_modes=state_update");
        String runId = run(tid, "updates");
        Map<String, Object> written = http.post("/threads/" + tid + "/state",
                Map.of("values", Map.of("count", 10))).map();
        assertThat(readUntil(lifecycle, 1, "run_done")).extracting(Http.Event::map).containsExactly(
                Map.of("run_id", runId, "attempt", 1), Map.of("status", "run_done", "run_id", runId));
        List<Http.Event> state = readUntil(updates, 1, tid);
        assertThat(state).extracting(Http.Event::event).containsExactly("state_update");
        Map<String, Object> update = state.get(0).map();
        assertThat(update.get("thread_id")).isEqualTo(tid);
        Map<?, ?> snapshot = (Map<?, ?>) update.get("state");
        assertThat(snapshot.get("checkpoint")).isEqualTo(written.get("checkpoint"));
        assertThat(((Map<?, ?>) snapshot.get("values")).get("count")).isEqualTo(10);
    }

    @Test
    void lastEventIdReplaysTheThreadsEvents() {
        String tid = http.newThread();
        String runId = run(tid, "updates");
        List<Http.Event> all = readUntil(open(tid, "", "Last-Event-ID", "-"), 1, "run_done");
        assertThat(all).extracting(Http.Event::id).containsExactly("0", "1", "2", "3", "4");
        assertThat(all.get(0).map().get("run_id")).isEqualTo(runId);
        List<Http.Event> after = readUntil(open(tid, "?stream_mode=run_modes", "Last-Event-ID", "2"), 1, "run_done");
        assertThat(after).extracting(Http.Event::id).containsExactly("3", "4");
    }

    @Test
    void rejectsUnknownModesAndThreads() {
        String tid = http.newThread();
        Http.Resp bad = http.get("/threads/" + tid + "/stream?stream_mode=values");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.detail()).isEqualTo("Invalid stream mode: values");
        assertThat(http.get("/threads/" + tid + "/stream", "Last-Event-ID", "x").status()).isEqualTo(422);
        assertThat(http.get("/threads/00000000-0000-4000-8000-000000000000/stream").status()).isEqualTo(404);
    }
}
