package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.Messages;
import dev.langgraph.testkit.graph.Reducers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The superstep engine through the server: loops, fan-out, recursion limit, goto, reducers. */
class GraphEngineTest {

    static FakeLangGraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        Graph loop = Graph.builder()
                .channel("n", Reducers.lastValue(), 0)
                .node("inc", ctx -> Map.of("n", ((Number) ctx.get("n")).intValue() + 1))
                .edge(Graph.START, "inc")
                .conditionalEdge("inc", s -> ((Number) s.get("n")).intValue() < 3 ? "inc" : Graph.END, "inc")
                .build();
        Graph fanOut = Graph.builder()
                .channel("seen", Reducers.append(), List.of())
                .node("a", ctx -> Map.of("seen", List.of("a")))
                .node("b", ctx -> Map.of("seen", List.of("b:" + ctx.get("seen"))))
                .node("c", ctx -> Map.of("seen", List.of("c:" + ctx.get("seen"))))
                .node("d", ctx -> Map.of("seen", List.of("d")))
                .edge(Graph.START, "a").edge("a", "b").edge("a", "c").edge("b", "d").edge("c", "d")
                .edge("d", Graph.END)
                .build();
        Graph forever = Graph.builder()
                .node("spin", ctx -> Map.of())
                .edge(Graph.START, "spin").edge("spin", "spin")
                .build();
        Graph chat = Graph.builder()
                .channel("messages", Reducers.messages(), List.of())
                .node("noop", ctx -> null)
                .edge(Graph.START, "noop")
                .build();
        server = FakeLangGraphServer.builder().graph("loop", loop).graph("fan_out", fanOut)
                .graph("forever", forever).graph("chat", chat).start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String thread() {
        return (String) http.post("/threads", Map.of()).map().get("thread_id");
    }

    @Test
    void conditionalEdgesLoop() {
        String tid = thread();
        assertThat(http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "loop", "input", Map.of()))
                .map()).isEqualTo(Map.of("n", 3));
        assertThat(http.get("/threads/" + tid + "/history").list()).hasSize(5);
    }

    @Test
    void fanOutRunsInOneSuperstepOnTheSameSnapshot() {
        List<Http.Event> events = http.stream("POST", "/threads/" + thread() + "/runs/stream", Map.of(
                "assistant_id", "fan_out", "input", Map.of(), "stream_mode", List.of("updates", "values")));
        assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "values", "updates", "values",
                "updates", "updates", "values", "updates", "values");
        assertThat(events.get(8).map()).isEqualTo(Map.of("seen", List.of("a", "b:[a]", "c:[a]", "d")));
    }

    @Test
    void recursionLimitFailsTheRun() {
        Http.Resp r = http.post("/threads/" + thread() + "/runs/wait", Map.of("assistant_id", "forever",
                "input", Map.of(), "config", Map.of("recursion_limit", 5)));
        assertThat(((Map<?, ?>) r.map().get("__error__")).get("error")).isEqualTo("GraphRecursionError");
    }

    @Test
    void commandGotoJumpsToANode() {
        String tid = thread();
        http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "loop", "input", Map.of()));
        Map<String, Object> again = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "loop",
                "command", Map.of("goto", "inc", "update", Map.of("n", 10)))).map();
        assertThat(again).isEqualTo(Map.of("n", 11));
        assertThat(http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "loop",
                "command", Map.of("goto", "nope"))).map()).containsKey("__error__");
    }

    @Test
    void messagesReducerNormalizesReplacesAndRemoves() {
        String tid = thread();
        Map<String, Object> first = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "chat",
                "input", Map.of("messages", List.of(Map.of("role", "user", "content", "hi", "id", "m1"), "plain")))).map();
        List<?> messages = (List<?>) first.get("messages");
        assertThat(messages).hasSize(2);
        assertThat(((Map<?, ?>) messages.get(0)).get("type")).isEqualTo("human");
        assertThat(((Map<?, ?>) messages.get(1)).get("content")).isEqualTo("plain");
        assertThat(((Map<?, ?>) messages.get(1)).get("id")).isNotNull();
        Map<String, Object> second = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "chat",
                "input", Map.of("messages", List.of(Map.of("type", "ai", "content", "edited", "id", "m1"),
                        Map.of("type", "remove", "id", ((Map<?, ?>) messages.get(1)).get("id")))))).map();
        assertThat((List<?>) second.get("messages")).singleElement()
                .satisfies(m -> assertThat(((Map<?, ?>) m).get("content")).isEqualTo("edited"));
        assertThat(Messages.lastHumanText(List.of(Messages.human("a"), Messages.ai("x", "b")))).isEqualTo("a");
    }

    @Test
    void graphsValidateTheirShape() {
        assertThatThrownBy(() -> Graph.builder().node("a", ctx -> null).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("START");
        assertThatThrownBy(() -> Graph.builder().edge(Graph.START, "missing").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> Graph.builder().node("a|b", ctx -> null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Graph.builder().node(Graph.END, ctx -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
