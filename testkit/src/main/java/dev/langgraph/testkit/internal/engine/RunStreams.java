package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ServerClock;
import java.util.List;
import java.util.Map;

/**
 * What the graph loop reports while it runs (checkpoints, task starts and ends, states, chunks, custom data), turned
 * into every stream mode's events: {@code values}, {@code updates}, {@code custom}, {@code messages-tuple},
 * {@code messages}, {@code events}, {@code tasks}, {@code checkpoints} and {@code debug} all come from these calls,
 * so they agree with each other and with the stored checkpoints.
 */
final class RunStreams {

    private final EventEmitter emitter;
    private final Map<String, Object> config;
    private final StepEvents steps;
    private final MessageViews messages;
    private final ChainEvents chains;

    RunStreams(RunRecord run, Map<String, Object> config, ServerClock clock) {
        this.emitter = new EventEmitter(run);
        this.config = config;
        this.steps = new StepEvents(emitter, clock, run.threadId, config);
        this.messages = new MessageViews(emitter);
        this.chains = new ChainEvents(emitter, run.runId, config);
    }

    /** Emits an event whatever the stream modes ({@code metadata}, {@code error}). */
    void always(String name, Object data) {
        emitter.always(name, data);
    }

    void graphStarted(Object input) {
        chains.graphStarted(input);
    }

    void graphEnded(Object output) {
        chains.graphEnded(output);
    }

    void checkpoint(List<String> namespace, Map<String, String> checkpointMap, CheckpointRecord cp, Graph graph) {
        steps.checkpoint(namespace, checkpointMap, cp, graph);
    }

    void values(List<String> namespace, Map<String, Object> state) {
        emitter.emit("values", namespace, state);
    }

    void updates(List<String> namespace, Map<String, Object> update) {
        emitter.emit("updates", namespace, update);
    }

    void custom(List<String> namespace, Object data) {
        emitter.emit("custom", namespace, Json.copy(data));
    }

    /** The tasks of a superstep are about to run, all on {@code input}. */
    void stepStarting(List<TaskInfo> tasks, Map<String, Object> input) {
        tasks.forEach(t -> steps.taskStarted(t, input));
    }

    void nodeStarted(TaskInfo task, Map<String, Object> input) {
        messages.sawInput(input);
        chains.nodeStarted(task, input);
    }

    /** A node returned: its new messages, the chain end, {@code updates}, the task result. */
    void nodeFinished(TaskInfo task, Map<String, Object> input, Map<String, Object> update) {
        messages.returned(task, update, messageMetadata(task));
        chains.nodeEnded(task, input, update);
        updates(task.namespace(), Json.obj(task.node(), update));
        steps.taskEnded(task, update, null, List.of());
    }

    void nodeInterrupted(TaskInfo task, List<Object> interrupts) {
        steps.taskEnded(task, null, null, interrupts);
    }

    void nodeFailed(TaskInfo task, Map<String, Object> error) {
        steps.taskEnded(task, null, error, List.of());
    }

    void messageChunk(TaskInfo task, Map<String, Object> chunk) {
        Map<String, Object> metadata = messageMetadata(task);
        messages.chunk(task, chunk, metadata);
        chains.chatModelStream(task, chunk, metadata);
    }

    /** The metadata of a message event: the task's metadata plus the chat model's {@code ls_*} keys. */
    private Map<String, Object> messageMetadata(TaskInfo task) {
        Map<String, Object> meta = task.metadata(config);
        meta.put("tags", List.of());
        meta.put("ls_provider", "langgraph-testkit");
        meta.put("ls_model_type", "chat");
        return meta;
    }
}
