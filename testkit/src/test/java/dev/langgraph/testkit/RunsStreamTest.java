package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunsStreamTest {

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

    static String newThread() {
        return (String) http.post("/threads", Map.of()).map().get("thread_id");
    }

    @Test
    void statefulStreamHasIdsCrlfAndLocationHeaders() throws Exception {
        String tid = newThread();
        HttpResponse<InputStream> r = http.open("POST", "/threads/" + tid + "/runs/stream",
                Map.of("assistant_id", "counter", "input", Map.of("count", 0), "stream_mode", "updates"));
        String raw = new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
        String runPath = r.headers().firstValue("content-location").orElseThrow();
        assertThat(runPath).matches("/threads/" + tid + "/runs/[0-9a-f-]{36}");
        assertThat(r.headers().firstValue("location")).hasValue(runPath + "/stream");
        String runId = runPath.substring(runPath.lastIndexOf('/') + 1);
        assertThat(raw).startsWith("event: metadata\r\ndata: {\"run_id\":\"" + runId + "\",\"attempt\":1}\r\nid: 0\r\n\r\n");
        assertThat(raw).contains("event: updates\r\ndata: {\"add_a\":{\"count\":1,\"visited\":[\"add_a\"]}}\r\nid: 1\r\n\r\n");
        assertThat(raw).endsWith("event: updates\r\ndata: {\"add_c\":{\"count\":3,\"visited\":[\"add_c\"]}}\r\nid: 3\r\n\r\n");
        assertThat(http.get(runPath).map().get("status")).isEqualTo("success");
    }

    @Test
    void statelessStreamHasNoIds() {
        List<Http.Event> events = http.stream("POST", "/runs/stream",
                Map.of("assistant_id", "counter", "input", Map.of("count", 5)));
        assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "values", "values", "values",
                "values");
        assertThat(events).allMatch(e -> e.id() == null);
        assertThat(events.get(4).map()).isEqualTo(Map.of("count", 8, "step", 1,
                "visited", List.of("add_a", "add_b", "add_c")));
    }

    @Test
    void echoStreamsOneMessagesEventPerWord() {
        String tid = newThread();
        List<Http.Event> events = http.stream("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "echo",
                "input", Map.of("messages", List.of(Map.of("type", "human", "content", "stream me please"))),
                "stream_mode", List.of("messages-tuple", "values", "updates")));
        assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "values", "messages",
                "messages", "messages", "messages", "updates", "values");
        List<String> tokens = events.stream().filter(e -> e.event().equals("messages"))
                .map(e -> (String) ((Map<?, ?>) ((List<?>) e.json()).get(0)).get("content"))
                .collect(Collectors.toList());
        assertThat(tokens).containsExactly("echo: ", "stream ", "me ", "please");
        Map<?, ?> metadata = (Map<?, ?>) ((List<?>) events.get(2).json()).get(1);
        assertThat(metadata.get("langgraph_node")).isEqualTo("echo");
        assertThat(metadata.get("thread_id")).isEqualTo(tid);
        List<?> messages = (List<?>) events.get(7).map().get("messages");
        assertThat(messages).hasSize(2);
        assertThat(((Map<?, ?>) messages.get(1)).get("content")).isEqualTo("echo: stream me please");
        assertThat(((Map<?, ?>) messages.get(1)).get("type")).isEqualTo("ai");
        assertThat(events).extracting(Http.Event::id).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void customEvents() {
        List<Http.Event> events = http.stream("POST", "/threads/" + newThread() + "/runs/stream", Map.of(
                "assistant_id", "custom", "input", Map.of("total", 3), "stream_mode", List.of("custom", "updates")));
        assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "custom", "custom", "custom",
                "updates");
        assertThat(events.get(3).map()).isEqualTo(Map.of("step", 3, "total", 3));
        assertThat(events.get(4).map()).isEqualTo(Map.of("progress", Map.of("finished", true)));
    }

    @Test
    void subgraphEventsAreNamespacedOnlyWithStreamSubgraphs() {
        List<Http.Event> plain = http.stream("POST", "/threads/" + newThread() + "/runs/stream", Map.of(
                "assistant_id", "subgraph", "input", Map.of("trail", List.of("start")),
                "stream_mode", List.of("updates", "custom")));
        assertThat(plain).extracting(Http.Event::event).containsExactly("metadata", "updates", "custom", "updates",
                "updates");
        assertThat(plain.get(4).map()).isEqualTo(Map.of("after", Map.of("trail",
                List.of("start", "before", "inner_1", "inner_2", "after"))));

        List<Http.Event> nested = http.stream("POST", "/threads/" + newThread() + "/runs/stream", Map.of(
                "assistant_id", "subgraph", "input", Map.of("trail", List.of("start")),
                "stream_mode", List.of("updates", "custom"), "stream_subgraphs", true));
        List<String> names = nested.stream().map(Http.Event::event).collect(Collectors.toList());
        assertThat(names).hasSize(7);
        assertThat(names.get(2)).matches("updates\\|inner:[0-9a-f-]{36}");
        assertThat(names.get(3)).isEqualTo("custom" + names.get(2).substring("updates".length()));
        assertThat(names.get(4)).isEqualTo(names.get(2));
        assertThat(names.subList(5, 7)).containsExactly("updates", "updates");
    }

    @Test
    void failingRunEndsWithAnErrorEventAndErrorStatuses() {
        String tid = newThread();
        List<Http.Event> events = http.stream("POST", "/threads/" + tid + "/runs/stream",
                Map.of("assistant_id", "fail", "input", Map.of()));
        Http.Event last = events.get(events.size() - 1);
        assertThat(last.event()).isEqualTo("error");
        assertThat(last.map()).isEqualTo(Map.of("error", "PeerGraphError", "message", "peer graph failed on purpose"));
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("error");
        Map<String, Object> run = http.get("/threads/" + tid + "/runs").list().get(0);
        assertThat(run.get("status")).isEqualTo("error");
        Http.Resp wait = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "fail", "input", Map.of()));
        assertThat(wait.status()).isEqualTo(200);
        assertThat(wait.map()).isEqualTo(Map.of("__error__", Map.of("error", "PeerGraphError",
                "message", "peer graph failed on purpose")));
        Map<String, Object> state = http.get("/threads/" + tid + "/state").map();
        assertThat(state.get("next")).isEqualTo(List.of("boom"));
        assertThat(((Map<?, ?>) ((List<?>) state.get("tasks")).get(0)).get("error"))
                .isEqualTo("PeerGraphError('peer graph failed on purpose')");
    }
}
