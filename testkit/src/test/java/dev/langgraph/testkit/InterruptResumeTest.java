package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InterruptResumeTest {

    static FakeLangGraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = FakeLangGraphServer.create().start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void interruptThenResumeWithCommand() {
        String tid = (String) http.post("/threads", Map.of()).map().get("thread_id");
        List<Http.Event> first = http.stream("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "interrupt", "input", Map.of("topic", "streamed"),
                "stream_mode", List.of("values", "updates")));
        assertThat(first).extracting(Http.Event::event).containsExactly("metadata", "values", "updates", "values",
                "updates", "values");
        Map<String, Object> interruptUpdate = first.get(4).map();
        List<?> interrupts = (List<?>) interruptUpdate.get("__interrupt__");
        Map<?, ?> interrupt = (Map<?, ?>) interrupts.get(0);
        assertThat(interrupt.get("value")).isEqualTo(Map.of("question", "Approve streamed?", "topic", "streamed"));
        assertThat((String) interrupt.get("id")).matches("[0-9a-f]{32}");
        Map<String, Object> lastValues = first.get(5).map();
        assertThat(lastValues).containsEntry("__interrupt__", interrupts).containsEntry("log", List.of("prepare"));

        Map<String, Object> thread = http.get("/threads/" + tid).map();
        assertThat(thread.get("status")).isEqualTo("interrupted");
        Map<?, ?> threadInterrupts = (Map<?, ?>) thread.get("interrupts");
        assertThat(threadInterrupts).hasSize(1);
        Map<String, Object> state = http.get("/threads/" + tid + "/state").map();
        assertThat(state.get("next")).isEqualTo(List.of("ask"));
        Map<?, ?> task = (Map<?, ?>) ((List<?>) state.get("tasks")).get(0);
        assertThat(task.get("name")).isEqualTo("ask");
        assertThat(new java.util.ArrayList<Object>(threadInterrupts.keySet())).containsExactly(task.get("id"));
        assertThat(task.get("interrupts")).isEqualTo(interrupts);
        assertThat(state.get("interrupts")).isEqualTo(interrupts);
        assertThat(http.get("/threads/" + tid + "/runs").list().get(0).get("status")).isEqualTo("success");

        List<Http.Event> resumed = http.stream("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "interrupt", "command", Map.of("resume", Map.of("approved", true)),
                "stream_mode", List.of("updates", "values")));
        assertThat(resumed).extracting(Http.Event::event).containsExactly("metadata", "values", "updates", "values",
                "updates", "values");
        assertThat(resumed.get(2).map()).isEqualTo(Map.of("ask", Map.of("answer", Map.of("approved", true),
                "log", List.of("ask"))));
        assertThat(resumed.get(5).map()).isEqualTo(Map.of("topic", "streamed", "answer", Map.of("approved", true),
                "done", true, "log", List.of("prepare", "ask", "finish")));
        Map<String, Object> after = http.get("/threads/" + tid).map();
        assertThat(after.get("status")).isEqualTo("idle");
        assertThat(after.get("interrupts")).isEqualTo(Map.of());
    }

    @Test
    void waitReturnsStateWithInterruptAndCommandUpdateApplies() {
        String tid = (String) http.post("/threads", Map.of()).map().get("thread_id");
        Http.Resp wait = http.post("/threads/" + tid + "/runs/wait",
                Map.of("assistant_id", "interrupt", "input", Map.of("topic", "release 1.0")));
        assertThat(wait.status()).isEqualTo(200);
        assertThat(wait.header("content-location")).startsWith("/threads/" + tid + "/runs/");
        assertThat(wait.header("location")).isEqualTo(wait.header("content-location") + "/join");
        assertThat(wait.map()).containsKey("__interrupt__").containsEntry("topic", "release 1.0");
        Http.Resp resumed = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "interrupt",
                "command", Map.of("resume", "no", "update", Map.of("topic", "changed"))));
        assertThat(resumed.map()).isEqualTo(Map.of("topic", "changed", "answer", "no", "done", true,
                "log", List.of("prepare", "ask", "finish")));
    }

    @Test
    void interruptBeforeThenContinueWithNullInput() {
        String tid = (String) http.post("/threads", Map.of()).map().get("thread_id");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("assistant_id", "counter",
                "input", Map.of("count", 0), "interrupt_before", List.of("add_b")));
        Http.Resp first = http.post("/threads/" + tid + "/runs/wait", body);
        assertThat(first.map()).isEqualTo(Map.of("count", 1, "step", 1, "visited", List.of("add_a")));
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("interrupted");
        assertThat(http.get("/threads/" + tid + "/state").map().get("next")).isEqualTo(List.of("add_b"));
        Map<String, Object> cont = new java.util.HashMap<>();
        cont.put("assistant_id", "counter");
        cont.put("input", null);
        Http.Resp second = http.post("/threads/" + tid + "/runs/wait", cont);
        assertThat(second.map()).isEqualTo(Map.of("count", 3, "step", 1,
                "visited", List.of("add_a", "add_b", "add_c")));
    }

    @Test
    void resumeOnAStatelessRunIs400() {
        Http.Resp r = http.post("/runs/wait", Map.of("assistant_id", "interrupt", "command", Map.of("resume", 1)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.detail()).isEqualTo("You must provide a thread_id when resuming.");
    }
}
