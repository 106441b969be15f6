package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code events} stream mode: {@code astream_events} (v2) records, never namespaced. The graph as a whole
 * ({@code LangGraph}, with the run's id) and each node are chains ({@code on_chain_start}, {@code on_chain_end}); a
 * streamed message chunk is {@code on_chat_model_stream}. {@code parent_ids} names the enclosing chains.
 */
final class ChainEvents {

    private static final List<String> ROOT = List.of();

    private final EventEmitter emitter;
    private final String runId;
    private final Map<String, Object> config;
    /** Chain run ids of started tasks, by checkpoint namespace. */
    private final Map<String, String> chains = new ConcurrentHashMap<>();

    ChainEvents(EventEmitter emitter, String runId, Map<String, Object> config) {
        this.emitter = emitter;
        this.runId = runId;
        this.config = config;
    }

    /** The graph starts on {@code input}. */
    void graphStarted(Object input) {
        if (emitter.wants("events", ROOT)) {
            emitter.emit("events", ROOT, record("on_chain_start", "LangGraph", runId, List.of(),
                    Json.copyMap(Json.mapAt(config, "metadata")), List.of(), Json.obj("input", Json.copy(input))));
        }
    }

    /** The graph ended with {@code output}. */
    void graphEnded(Object output) {
        if (emitter.wants("events", ROOT)) {
            emitter.emit("events", ROOT, record("on_chain_end", "LangGraph", runId, List.of(),
                    Json.copyMap(Json.mapAt(config, "metadata")), List.of(), Json.obj("output", Json.copy(output))));
        }
    }

    /** A node starts on {@code input}. */
    void nodeStarted(TaskInfo task, Map<String, Object> input) {
        String chainId = Ids.newId();
        chains.put(task.checkpointNs(), chainId);
        if (emitter.wants("events", ROOT)) {
            emitter.emit("events", ROOT, record("on_chain_start", task.node(), chainId, tags(task),
                    task.metadata(config), parents(task.namespace()), Json.obj("input", Json.copy(input))));
        }
    }

    /** A node returned {@code output}. */
    void nodeEnded(TaskInfo task, Map<String, Object> input, Object output) {
        if (emitter.wants("events", ROOT)) {
            emitter.emit("events", ROOT, record("on_chain_end", task.node(), chains.get(task.checkpointNs()),
                    tags(task), task.metadata(config), parents(task.namespace()),
                    Json.obj("output", Json.copy(output), "input", Json.copy(input))));
        }
    }

    /** A node streamed a message chunk. */
    void chatModelStream(TaskInfo task, Map<String, Object> chunk, Map<String, Object> metadata) {
        if (emitter.wants("events", ROOT)) {
            List<String> parents = parents(task.namespace());
            parents.add(chains.get(task.checkpointNs()));
            String id = String.valueOf(chunk.get("id"));
            emitter.emit("events", ROOT, record("on_chat_model_stream", "FakeChatModel",
                    id.startsWith("run-") ? id.substring(4) : id, List.of(), metadata, parents,
                    Json.obj("chunk", Json.copy(chunk))));
        }
    }

    private static Map<String, Object> record(String event, String name, String id, List<String> tags,
            Map<String, Object> metadata, List<String> parentIds, Map<String, Object> data) {
        return Json.obj("event", event, "data", data, "name", name, "tags", tags, "run_id", id,
                "metadata", metadata, "parent_ids", parentIds);
    }

    private static List<String> tags(TaskInfo task) {
        return List.of("graph:step:" + task.step());
    }

    /** The run, then the chain of each enclosing subgraph task. */
    private List<String> parents(List<String> namespace) {
        List<String> ids = new ArrayList<>();
        ids.add(runId);
        for (int i = 1; i <= namespace.size(); i++) {
            ids.add(chains.get(String.join("|", namespace.subList(0, i))));
        }
        return ids;
    }
}
