package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.Messages;
import dev.langgraph.testkit.graph.Reducers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The debug, tasks, checkpoints, events and legacy messages stream modes, and their agreement with the state. */
class StreamModesTest {

    /** Returns a whole message without streaming it. */
    static final Graph REPLIER = Graph.builder()
            .channel("messages", Reducers.messages(), List.of())
            .node("reply", ctx -> Map.of("messages", List.of(Messages.ai("m-1", "hello"))))
            .edge(Graph.START, "reply").edge("reply", Graph.END)
            .build();

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().referenceGraphs()
            .graph("replier", REPLIER).build();
    final Http http = new Http(server.baseUrl());

    static List<String> names(List<Http.Event> events) {
        return events.stream().map(Http.Event::event).collect(Collectors.toList());
    }

    static List<Map<String, Object>> data(List<Http.Event> events, String name) {
        return events.stream().filter(e -> e.event().equals(name)).map(Http.Event::map).collect(Collectors.toList());
    }

    @Test
    void debugWrapsEveryCheckpointAndTaskWithStepTimestampAndType() {
        List<Http.Event> events = http.streamRun(Map.of("assistant_id", "counter", "input", Map.of("count", 0),
                "stream_mode", "debug"));
        assertThat(names(events).subList(1, events.size())).containsOnly("debug");
        List<Map<String, Object>> debug = data(events, "debug");
        assertThat(debug).extracting(d -> d.get("type") + "@" + d.get("step")).containsExactly(
                "checkpoint@-1", "checkpoint@0", "task@1", "task_result@1", "checkpoint@1", "task@2",
                "task_result@2", "checkpoint@2", "task@3", "task_result@3", "checkpoint@3");
        assertThat((String) debug.get(0).get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]{15}\\+00:00");
        Map<String, Object> checkpoint = Http.object(debug.get(1).get("payload"));
        assertThat(checkpoint.keySet()).containsExactlyInAnyOrder("config", "parent_config", "values", "metadata",
                "next", "tasks", "checkpoint", "parent_checkpoint");
        assertThat(checkpoint.get("next")).isEqualTo(List.of("add_a"));
        Map<?, ?> task = (Map<?, ?>) debug.get(2).get("payload");
        assertThat(task.get("name")).isEqualTo("add_a");
        assertThat(task.get("triggers")).isEqualTo(List.of("branch:to:add_a"));
        assertThat(((Map<?, ?>) debug.get(3).get("payload")).get("result"))
                .isEqualTo(Map.of("count", 1, "visited", List.of("add_a")));
    }

    @Test
    void checkpointsAndTasksAgreeWithHistoryAndState() {
        String tid = http.newThread();
        List<Http.Event> events = http.stream("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "counter", "input", Map.of("count", 0),
                "stream_mode", List.of("checkpoints", "tasks", "values")));
        List<Map<String, Object>> checkpoints = data(events, "checkpoints");
        List<Map<String, Object>> history = http.post("/threads/" + tid + "/history", Map.of("limit", 100)).list();
        assertThat(checkpoints).hasSize(history.size()).hasSize(5);
        for (int i = 0; i < checkpoints.size(); i++) {
            Map<String, Object> streamed = checkpoints.get(i);
            Map<String, Object> stored = history.get(history.size() - 1 - i);
            assertThat(streamed.get("checkpoint")).isEqualTo(stored.get("checkpoint"));
            assertThat(streamed.get("parent_checkpoint")).isEqualTo(stored.get("parent_checkpoint"));
            assertThat(streamed.get("values")).isEqualTo(stored.get("values"));
            assertThat(streamed.get("next")).isEqualTo(stored.get("next"));
            assertThat(streamed.get("tasks")).isEqualTo(stored.get("tasks"));
            assertThat(streamed.get("metadata")).isEqualTo(stored.get("metadata"));
            Map<?, ?> config = (Map<?, ?>) ((Map<?, ?>) streamed.get("config")).get("configurable");
            assertThat(config.get("checkpoint_id")).isEqualTo(((Map<?, ?>) stored.get("checkpoint")).get("checkpoint_id"));
        }
        List<Map<String, Object>> starts = data(events, "tasks").stream().filter(t -> t.containsKey("input"))
                .collect(Collectors.toList());
        for (int i = 0; i < starts.size(); i++) {
            Map<?, ?> due = (Map<?, ?>) ((List<?>) checkpoints.get(i + 1).get("tasks")).get(0);
            assertThat(starts.get(i).get("id")).isEqualTo(due.get("id"));
            assertThat(starts.get(i).get("input")).isEqualTo(checkpoints.get(i + 1).get("values"));
        }
        List<Map<String, Object>> values = data(events, "values");
        assertThat(values.get(values.size() - 1)).isEqualTo(checkpoints.get(4).get("values"));
        assertThat(names(events)).containsSubsequence("tasks", "tasks", "values", "checkpoints");
    }

    @Test
    void taskResultsCarryInterruptsAndErrors() {
        String tid = http.newThread();
        List<Http.Event> interrupted = http.stream("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "interrupt", "input", Map.of("topic", "cats"), "stream_mode", "tasks"));
        Map<String, Object> ask = data(interrupted, "tasks").get(3);
        assertThat(ask.get("name")).isEqualTo("ask");
        Map<String, Object> thread = http.get("/threads/" + tid).map();
        assertThat(ask.get("interrupts")).isEqualTo(((Map<?, ?>) thread.get("interrupts")).get(ask.get("id")));
        assertThat(ask.get("error")).isNull();

        List<Http.Event> failed = http.streamRun(Map.of("assistant_id", "fail", "input", Map.of(),
                "stream_mode", "tasks"));
        Map<String, Object> boom = data(failed, "tasks").get(3);
        assertThat(boom.get("name")).isEqualTo("boom");
        assertThat(boom.get("error")).isEqualTo(Map.of("error", "PeerGraphError",
                "message", "peer graph failed on purpose"));
        assertThat(names(failed)).endsWith("tasks", "error");
    }

    @Test
    void legacyMessagesAccumulateChunks() {
        List<Http.Event> events = http.streamRun(Map.of("assistant_id", "echo",
                "input", Map.of("messages", List.of(Map.of("type", "human", "content", "stream me please"))),
                "stream_mode", "messages"));
        assertThat(names(events)).containsExactly("metadata", "messages/metadata", "messages/partial",
                "messages/partial", "messages/partial", "messages/partial");
        List<Object> partials = events.stream().filter(e -> e.event().equals("messages/partial"))
                .map(e -> ((List<?>) e.json()).get(0)).collect(Collectors.toList());
        assertThat(partials).extracting(m -> (Object) ((Map<?, ?>) m).get("content"))
                .containsExactly("echo: ", "echo: stream ", "echo: stream me ", "echo: stream me please");
        Map<?, ?> last = (Map<?, ?>) partials.get(3);
        assertThat(last.get("type")).isEqualTo("ai");
        assertThat(last.containsKey("tool_call_chunks")).isFalse();
        Map<String, Object> metadata = events.get(1).map();
        assertThat(metadata.keySet()).containsExactly((String) last.get("id"));
        assertThat(((Map<?, ?>) ((Map<?, ?>) metadata.get(last.get("id"))).get("metadata")).get("langgraph_node"))
                .isEqualTo("echo");
    }

    @Test
    void wholeMessagesFromNodesAreStreamedOnceInBothMessageModes() {
        Map<String, Object> input = Map.of("messages", List.of(Map.of("type", "human", "content", "hi", "id", "h-1")));
        List<Http.Event> tuples = http.streamRun(Map.of("assistant_id", "replier", "input", input,
                "stream_mode", List.of("messages-tuple", "messages")));
        assertThat(names(tuples)).containsExactly("metadata", "messages");
        List<?> tuple = (List<?>) tuples.get(1).json();
        assertThat(((Map<?, ?>) tuple.get(0)).get("id")).isEqualTo("m-1");
        assertThat(((Map<?, ?>) tuple.get(1)).get("langgraph_node")).isEqualTo("reply");

        List<Http.Event> legacy = http.streamRun(Map.of("assistant_id", "replier", "input", input,
                "stream_mode", "messages"));
        assertThat(names(legacy)).containsExactly("metadata", "messages/metadata", "messages/complete");
        assertThat(((Map<?, ?>) ((List<?>) legacy.get(2).json()).get(0)).get("content")).isEqualTo("hello");
    }

    @Test
    void eventsAreChainRecordsNeverNamespaced() {
        List<Http.Event> events = http.streamRun(Map.of("assistant_id", "subgraph",
                "input", Map.of("trail", List.of("start")), "stream_mode", "events", "stream_subgraphs", true));
        String runId = (String) events.get(0).map().get("run_id");
        List<Map<String, Object>> records = data(events, "events");
        assertThat(names(events).subList(1, events.size())).containsOnly("events");
        assertThat(records).extracting(r -> r.get("event") + ":" + r.get("name")).containsExactly(
                "on_chain_start:LangGraph", "on_chain_start:before", "on_chain_end:before",
                "on_chain_start:inner", "on_chain_start:inner_1", "on_chain_end:inner_1",
                "on_chain_start:inner_2", "on_chain_end:inner_2", "on_chain_end:inner",
                "on_chain_start:after", "on_chain_end:after", "on_chain_end:LangGraph");
        assertThat(records.get(0).get("run_id")).isEqualTo(runId);
        Object innerChain = records.get(3).get("run_id");
        assertThat(records.get(4).get("parent_ids")).isEqualTo(List.of(runId, innerChain));
        assertThat(records.get(8).get("run_id")).isEqualTo(innerChain);
        assertThat(records.get(11).get("data")).isEqualTo(Map.of("output",
                Map.of("trail", List.of("start", "before", "inner_1", "inner_2", "after"))));
        assertThat(((Map<?, ?>) records.get(1).get("metadata")).get("langgraph_node")).isEqualTo("before");

        List<Http.Event> chat = http.streamRun(Map.of("assistant_id", "echo",
                "input", Map.of("messages", List.of(Map.of("type", "human", "content", "a b"))),
                "stream_mode", "events"));
        assertThat(data(chat, "events")).filteredOn(r -> r.get("event").equals("on_chat_model_stream"))
                .extracting(r -> (Object) ((Map<?, ?>) ((Map<?, ?>) r.get("data")).get("chunk")).get("content"))
                .containsExactly("echo: ", "a ", "b");
    }

    @Test
    void subgraphStepsAreNamespacedOnlyWithStreamSubgraphs() {
        Map<String, Object> run = Map.of("assistant_id", "subgraph", "input", Map.of("trail", List.of("start")),
                "stream_mode", List.of("tasks", "checkpoints"));
        List<Http.Event> plain = http.streamRun(run);
        assertThat(names(plain)).noneMatch(n -> n.contains("|"));
        assertThat(data(plain, "tasks")).extracting(t -> t.get("name")).containsExactly("before", "before",
                "inner", "inner", "after", "after");

        Map<String, Object> nested = new java.util.HashMap<>(run);
        nested.put("stream_subgraphs", true);
        List<Http.Event> events = http.streamRun(nested);
        Map<String, Object> innerTask = data(events, "tasks").get(2);
        String ns = "inner:" + innerTask.get("id");
        assertThat(names(events)).contains("tasks|" + ns, "checkpoints|" + ns);
        Map<String, Object> rootCheckpoint = data(events, "checkpoints").get(2);
        Map<String, Object> childInput = events.stream().filter(e -> e.event().equals("checkpoints|" + ns))
                .findFirst().orElseThrow().map();
        Map<?, ?> ref = (Map<?, ?>) childInput.get("checkpoint");
        assertThat(ref.get("checkpoint_ns")).isEqualTo(ns);
        assertThat(ref.get("checkpoint_map")).isEqualTo(Map.of("",
                ((Map<?, ?>) rootCheckpoint.get("checkpoint")).get("checkpoint_id")));
        assertThat(childInput.get("metadata")).isEqualTo(Map.of("source", "input", "step", -1, "parents", Map.of()));
        assertThat(childInput.get("next")).isEqualTo(List.of("__start__"));
    }
}
