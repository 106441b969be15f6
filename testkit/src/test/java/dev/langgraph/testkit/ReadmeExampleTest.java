package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.Messages;
import dev.langgraph.testkit.graph.Reducers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The README's scripted graph, run end to end: tokens, custom event, interrupt, conditional edge, resume. */
class ReadmeExampleTest {

    static Graph approval() {
        return Graph.builder()
                .channel("messages", Reducers.messages(), List.of())
                .channel("approved", Reducers.lastValue())
                .channel("log", Reducers.append(), List.of())
                .node("draft", ctx -> {
                    String id = "run-" + UUID.randomUUID();
                    for (String token : List.of("Here ", "is ", "a ", "draft")) {
                        ctx.messageChunk(Messages.aiChunk(id, token));
                    }
                    ctx.write(Map.of("progress", 0.5));
                    return Map.of("messages", List.of(Messages.ai(id, "Here is a draft")), "log", List.of("draft"));
                })
                .node("review", ctx -> Map.of("approved", ctx.interrupt(Map.of("question", "Publish?"))))
                .node("publish", ctx -> Map.of("log", List.of("published")))
                .edge(Graph.START, "draft")
                .edge("draft", "review")
                .conditionalEdge("review", state -> Boolean.TRUE.equals(state.get("approved")) ? "publish" : Graph.END,
                        "publish", Graph.END)
                .edge("publish", Graph.END)
                .build();
    }

    @Test
    void runsAsDescribed() {
        try (FakeLangGraphServer server = FakeLangGraphServer.builder().graph("approval", approval()).start()) {
            Http http = new Http(server.baseUrl());
            String tid = (String) http.post("/threads", Map.of()).map().get("thread_id");
            List<Http.Event> events = http.stream("POST", "/threads/" + tid + "/runs/stream", Map.of(
                    "assistant_id", "approval", "input", Map.of(),
                    "stream_mode", List.of("messages-tuple", "custom", "updates")));
            assertThat(events).extracting(Http.Event::event).containsExactly("metadata", "messages", "messages",
                    "messages", "messages", "custom", "updates", "updates");
            assertThat(events.get(7).map()).containsKey("__interrupt__");
            assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("interrupted");

            Map<String, Object> done = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "approval",
                    "command", Map.of("resume", true))).map();
            assertThat(done).containsEntry("approved", true).containsEntry("log", List.of("draft", "published"));
            Map<String, Object> graph = http.get("/assistants/approval/graph").map();
            assertThat(Http.objects(graph.get("edges"))).contains(
                    Map.of("source", "review", "target", "publish", "conditional", true),
                    Map.of("source", "review", "target", "__end__", "conditional", true));
        }
    }
}
