package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.common.DisconnectMode;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /threads/{id}/runs/stream} through {@link dev.langgraph.client.runs.RunsClient#stream}: every stream
 * mode, subgraph namespaces, SSE ids, the error event, and what closing a stream early does to the run.
 */
class RunStreamInteropTest extends RunScenario {

    /** The counter graph's state, to check {@link StreamPart#dataAs(Class)}. */
    record CounterState(int count, int step, List<String> visited) {
    }


    RunStreamInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void valuesStreamStartsWithMetadataHasSequentialIdsAndEndsWithTheFinalState() {
        String threadId = newThread();
        AtomicReference<RunCreateMetadata> created = new AtomicReference<>();
        RunParams params = RunParams.builder()
                .input(Map.of("count", 0))
                .onRunCreated(created::set)
                .build();

        List<StreamPart> parts;
        RunCreateMetadata ids;
        String lastEventId;
        try (RunStream stream = client.runs().stream(threadId, "counter", params)) {
            ids = stream.runMetadata();
            parts = readAll(stream);
            lastEventId = stream.lastEventId();
        }

        // Content-Location names the run and the thread, before the first event is read.
        assertThat(ids).isNotNull();
        assertThat(ids.threadId()).isEqualTo(threadId);
        assertThat(created.get()).isEqualTo(ids);

        StreamPart first = parts.get(0);
        assertThat(first.event()).isEqualTo("metadata");
        assertThat(first.dataAsMap()).containsEntry("run_id", ids.runId());

        // Stateful streams number their events 0, 1, 2, ... per run.
        List<String> expectedIds = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            expectedIds.add(Integer.toString(i));
        }
        assertThat(parts).extracting(StreamPart::id).containsExactlyElementsOf(expectedIds);
        assertThat(lastEventId).isEqualTo(expectedIds.get(expectedIds.size() - 1));

        // No stream_mode means values: the input state, then one event per node.
        List<StreamPart> values = parts.subList(1, parts.size());
        assertThat(values).extracting(StreamPart::event).containsOnly("values");
        assertThat(values).hasSize(4);
        assertThat(values).extracting(p -> p.dataAsMap().get("count")).containsExactly(0, 1, 2, 3);

        CounterState last = values.get(values.size() - 1).dataAs(CounterState.class);
        assertThat(last).isEqualTo(new CounterState(3, 1, List.of("add_a", "add_b", "add_c")));

        assertThat(awaitFinal(threadId, ids.runId()).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void updatesStreamHasOneEventPerNode() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 10, "step", 5))
                .streamMode(StreamMode.UPDATES)
                .build());

        List<StreamPart> updates = ofMode(parts, "updates");
        assertThat(parts).extracting(StreamPart::event).containsOnly("metadata", "updates");
        assertThat(updates).hasSize(3);
        assertThat(updates).extracting(p -> p.dataAsMap().keySet()).containsExactly(
                Set.of("add_a"), Set.of("add_b"), Set.of("add_c"));
        assertThat(updates.get(2).dataAsMap().get("add_c"))
                .isEqualTo(Map.of("count", 25, "visited", List.of("add_c")));
        assertThat(updates).allSatisfy(p -> assertThat(p.namespace()).isEmpty());
    }

    @Test
    void messagesTupleStreamsTheModelTokens() {
        String threadId = newThread();
        AtomicReference<RunCreateMetadata> created = new AtomicReference<>();
        List<StreamPart> parts = streamAll(threadId, "echo", RunParams.builder()
                .input(humanMessage("hi there"))
                .streamMode(StreamMode.MESSAGES_TUPLE)
                .onRunCreated(created::set)
                .build());

        // The request mode is "messages-tuple", the event name is "messages", data [chunk, metadata].
        List<StreamPart> tokens = ofMode(parts, "messages");
        assertThat(tokens).hasSizeGreaterThanOrEqualTo(3); // one chunk per word: "echo: ", "hi ", "there"
        StringBuilder text = new StringBuilder();
        for (StreamPart token : tokens) {
            List<?> tuple = (List<?>) token.data();
            assertThat(tuple).hasSize(2);
            Map<?, ?> chunk = (Map<?, ?>) tuple.get(0);
            Map<?, ?> metadata = (Map<?, ?>) tuple.get(1);
            assertThat(chunk.get("type"))
                    .isEqualTo(Divergence.CHUNK_TYPE_IS_AI_MESSAGE_CHUNK.js("ai").python("AIMessageChunk").on(server));
            assertThat(metadata.get("langgraph_node")).isEqualTo("echo");
            assertThat(metadata.get("thread_id")).isEqualTo(threadId);
            assertThat(metadata.get("run_id")).isEqualTo(created.get().runId());
            text.append(chunk.get("content"));
        }
        assertThat(text).hasToString("echo: hi there");
    }

    @Test
    void legacyMessagesModeSendsMetadataPartialAndCompleteEvents() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "echo", RunParams.builder()
                .input(humanMessage("legacy mode"))
                .streamMode(StreamMode.MESSAGES)
                .build());

        Set<String> events = parts.stream().map(StreamPart::event).collect(Collectors.toSet());
        // The Python server sends no messages/complete for a message it streamed in chunks.
        assertThat(events).containsAll(Divergence.LEGACY_MESSAGES_DEDUPED
                .js(List.of("messages/metadata", "messages/partial", "messages/complete"))
                .python(List.of("messages/metadata", "messages/partial")).on(server));
        assertThat(parts).filteredOn(p -> !p.event().equals("metadata"))
                .allSatisfy(p -> assertThat(p.mode()).startsWith("messages/"));

        // Partial events carry the message accumulated so far; the last one holds the whole reply.
        List<StreamPart> partials = parts.stream().filter(p -> p.event().equals("messages/partial")).toList();
        Map<?, ?> lastPartial = (Map<?, ?>) ((List<?>) partials.get(partials.size() - 1).data()).get(0);
        assertThat(lastPartial.get("content")).isEqualTo("echo: legacy mode");
        assertThat(lastPartial.get("type")).isEqualTo("ai");
    }

    @Test
    void customStreamCarriesWhatTheGraphWrites() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "custom", RunParams.builder()
                .input(Map.of("total", 4))
                .streamMode(StreamMode.CUSTOM)
                .build());

        List<StreamPart> custom = ofMode(parts, "custom");
        assertThat(custom).extracting(StreamPart::data).containsExactly(
                Map.of("step", 1, "total", 4),
                Map.of("step", 2, "total", 4),
                Map.of("step", 3, "total", 4),
                Map.of("step", 4, "total", 4));
    }

    @Test
    void debugStreamReportsCheckpointsTasksAndResults() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .streamMode(StreamMode.DEBUG)
                .build());

        List<StreamPart> debug = ofMode(parts, "debug");
        assertThat(debug).isNotEmpty();
        assertThat(debug).allSatisfy(p -> assertThat(p.dataAsMap()).containsKeys("step", "type", "timestamp", "payload"));
        assertThat(debug).extracting(p -> p.dataAsMap().get("type")).contains("checkpoint", "task", "task_result");
        assertThat(debug).filteredOn(p -> "task".equals(p.dataAsMap().get("type")))
                .extracting(p -> (Object) ((Map<?, ?>) p.dataAsMap().get("payload")).get("name"))
                .containsExactly("add_a", "add_b", "add_c");
    }

    @Test
    void eventsStreamCarriesStreamEventsV2() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "echo", RunParams.builder()
                .input(humanMessage("events please"))
                .streamMode(StreamMode.EVENTS)
                .build());

        List<StreamPart> events = ofMode(parts, "events");
        assertThat(events).isNotEmpty();
        List<Object> kinds = events.stream().map(p -> p.dataAsMap().get("event")).toList();
        assertThat(kinds).containsAll(Divergence.NO_CHAT_MODEL_START_END_EVENTS
                .js(List.of("on_chain_start", "on_chat_model_start", "on_chat_model_stream", "on_chat_model_end",
                        "on_chain_end"))
                .python(List.of("on_chain_start", "on_chat_model_stream", "on_chain_end")).on(server));
        String streamed = events.stream()
                .filter(p -> "on_chat_model_stream".equals(p.dataAsMap().get("event")))
                .map(p -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) p.dataAsMap().get("data")).get("chunk")).get("content")))
                .collect(Collectors.joining());
        assertThat(streamed).isEqualTo("echo: events please");
    }

    @Test
    void tasksAndCheckpointsStreams() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .streamMode(StreamMode.TASKS, StreamMode.CHECKPOINTS)
                .build());

        List<StreamPart> tasks = ofMode(parts, "tasks");
        // A task start {id,name,input,triggers,...} and a task result {id,name,result,...} per node.
        assertThat(tasks).filteredOn(p -> p.dataAsMap().containsKey("input"))
                .extracting(p -> p.dataAsMap().get("name")).containsExactly("add_a", "add_b", "add_c");
        assertThat(tasks).filteredOn(p -> p.dataAsMap().containsKey("result"))
                .extracting(p -> p.dataAsMap().get("name")).containsExactly("add_a", "add_b", "add_c");

        List<StreamPart> checkpoints = ofMode(parts, "checkpoints");
        assertThat(checkpoints).isNotEmpty();
        assertThat(checkpoints).allSatisfy(p -> assertThat(p.dataAsMap()).containsKeys("values", "next", "metadata"));
        Map<?, ?> lastValues = (Map<?, ?>) checkpoints.get(checkpoints.size() - 1).dataAsMap().get("values");
        assertThat(lastValues.get("count")).isEqualTo(3);
        assertThat(checkpoints.get(checkpoints.size() - 1).dataAsMap().get("next")).isEqualTo(List.of());
    }

    @Test
    void severalModesAtOnceInterleaveInOneStream() {
        String threadId = newThread();
        List<StreamPart> parts = streamAll(threadId, "custom", RunParams.builder()
                .input(Map.of("total", 2))
                .streamMode(StreamMode.VALUES, StreamMode.UPDATES, StreamMode.CUSTOM)
                .build());

        Set<String> modes = parts.stream().map(StreamPart::mode).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(modes).containsExactlyInAnyOrder("metadata", "values", "updates", "custom");
        assertThat(ofMode(parts, "custom")).hasSize(2);
        assertThat(ofMode(parts, "updates")).singleElement()
                .satisfies(p -> assertThat(p.dataAsMap()).containsKey("progress"));
        List<StreamPart> values = ofMode(parts, "values");
        assertThat(values.get(values.size() - 1).dataAsMap()).containsEntry("finished", true);
        // The custom events come before the node's update, which comes before the final values.
        List<String> order = parts.stream().map(StreamPart::mode).toList();
        assertThat(order.lastIndexOf("custom")).isLessThan(order.indexOf("updates"));
        assertThat(order.indexOf("updates")).isLessThan(order.lastIndexOf("values"));
    }

    @Test
    void streamSubgraphsNamespacesChildEvents() {
        String threadId = newThread();
        AtomicReference<RunCreateMetadata> created = new AtomicReference<>();
        List<StreamPart> parts;
        RunCreateMetadata ids;
        try (RunStream stream = client.runs().stream(threadId, "subgraph", RunParams.builder()
                .input(Map.of("trail", List.of("start")))
                .streamMode(StreamMode.UPDATES, StreamMode.CUSTOM)
                .streamSubgraphs(true)
                .onRunCreated(created::set)
                .build())) {
            ids = stream.runMetadata();
            parts = readAll(stream);
        }

        assertThat(parts.get(0).event()).isEqualTo("metadata");
        assertThat(parts.get(0).dataAsMap().get("run_id")).isEqualTo(ids.runId()).isEqualTo(created.get().runId());

        List<StreamPart> rootUpdates = parts.stream()
                .filter(p -> p.mode().equals("updates") && p.namespace().isEmpty()).toList();
        assertThat(rootUpdates).extracting(p -> p.dataAsMap().keySet())
                .containsExactly(Set.of("before"), Set.of("inner"), Set.of("after"));

        List<StreamPart> childUpdates = parts.stream()
                .filter(p -> p.mode().equals("updates") && !p.namespace().isEmpty()).toList();
        assertThat(childUpdates).extracting(p -> p.dataAsMap().keySet())
                .containsExactly(Set.of("inner_1"), Set.of("inner_2"));
        assertThat(childUpdates).allSatisfy(p -> {
            assertThat(p.event()).startsWith("updates|inner:");
            assertThat(p.namespace()).singleElement().asString().matches("inner:[0-9a-f-]{36}");
        });
        // Both child events come from the same task of the parent's "inner" node.
        assertThat(childUpdates.stream().map(StreamPart::namespace).distinct()).hasSize(1);

        StreamPart childCustom = parts.stream().filter(p -> p.mode().equals("custom")).findFirst().orElseThrow();
        assertThat(childCustom.namespace()).isEqualTo(childUpdates.get(0).namespace());
        assertThat(childCustom.dataAsMap()).containsEntry("from", "inner_2");

        assertThat(client.threads().getState(threadId).values())
                .isEqualTo(Map.of("trail", List.of("start", "before", "inner_1", "inner_2", "after")));
    }

    @Test
    void failingGraphEndsTheStreamWithStreamErrorException() {
        String threadId = newThread();
        List<StreamPart> before = new ArrayList<>();
        String runId;
        try (RunStream stream = client.runs().stream(threadId, "fail", RunParams.builder()
                .input(Map.of())
                .streamMode(StreamMode.UPDATES)
                .build())) {
            runId = stream.runMetadata().runId();
            assertThatThrownBy(() -> stream.forEach(before::add))
                    .isInstanceOfSatisfying(StreamErrorException.class, e -> {
                        assertThat(e.error()).isEqualTo("PeerGraphError");
                        assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                    });
        }

        // The parts before the error event are delivered first.
        assertThat(before).extracting(StreamPart::event).containsExactly("metadata", "updates");
        assertThat(before.get(1).dataAsMap()).containsKey("ok");
        // The SDK stops at the error event, which the server sends before it records the run's status.
        assertThat(awaitFinal(threadId, runId).status()).isEqualTo(RunStatus.ERROR);
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.ERROR);
    }

    @Test
    void closingAStreamEarlyLetsTheRunFinishByDefault() {
        String threadId = newThread();
        String runId;
        try (RunStream stream = client.runs().stream(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 300))
                .streamMode(StreamMode.UPDATES)
                .build())) {
            Iterator<StreamPart> it = stream.iterator();
            assertThat(it.next().event()).isEqualTo("metadata");
            runId = stream.runMetadata().runId();
        }

        Run run = awaitFinal(threadId, runId);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(client.threads().getState(threadId).values())
                .isEqualTo(Map.of("delay_ms", 300, "visited", List.of("slow_1", "slow_2", "slow_3")));
    }

    @Test
    void closingAStreamEarlyWithOnDisconnectCancelInterruptsTheRun() {
        String threadId = newThread();
        String runId;
        try (RunStream stream = client.runs().stream(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 2000))
                .streamMode(StreamMode.UPDATES)
                .onDisconnect(DisconnectMode.CANCEL)
                .build())) {
            Iterator<StreamPart> it = stream.iterator();
            assertThat(it.next().event()).isEqualTo("metadata");
            runId = stream.runMetadata().runId();
        }

        Run run = awaitFinal(threadId, runId);
        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(settledThreadStatus(threadId)).isEqualTo(Divergence.CANCELLED_THREAD_IS_INTERRUPTED
                .js(ThreadStatus.IDLE).python(ThreadStatus.INTERRUPTED).on(server));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The thread's status once no run is pending or running on it (the worker sets it just after the run's). */
    private ThreadStatus settledThreadStatus(String threadId) {
        return Await.awaitValue(Await.DEFAULT_DEADLINE, "thread " + threadId + " to settle",
                () -> client.threads().get(threadId).status(), s -> !ThreadStatus.BUSY.equals(s));
    }


    private List<StreamPart> streamAll(String threadId, String assistantId, RunParams params) {
        try (RunStream stream = client.runs().stream(threadId, assistantId, params)) {
            return readAll(stream);
        }
    }


    private static List<StreamPart> readAll(RunStream stream) {
        List<StreamPart> parts = new ArrayList<>();
        stream.forEach(parts::add);
        return parts;
    }

    private static List<StreamPart> ofMode(List<StreamPart> parts, String mode) {
        return parts.stream().filter(p -> p.mode().equals(mode)).toList();
    }

    private static Map<String, Object> humanMessage(String text) {
        return Map.of("messages", List.of(Map.of("type", "human", "content", text)));
    }
}
