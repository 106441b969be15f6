package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.CheckpointView;
import dev.langgraph.testkit.internal.model.ServerClock;
import java.util.List;
import java.util.Map;

/**
 * The {@code checkpoints}, {@code tasks} and {@code debug} stream modes: a checkpoint payload per checkpoint written,
 * a task start and a task result per task, and {@code debug} wrapping both with step, timestamp and type (as
 * LangGraph derives {@code debug} from the other two).
 */
final class StepEvents {

    private final EventEmitter emitter;
    private final ServerClock clock;
    private final String threadId;
    private final Map<String, Object> configurable;

    StepEvents(EventEmitter emitter, ServerClock clock, String threadId, Map<String, Object> config) {
        this.emitter = emitter;
        this.clock = clock;
        this.threadId = threadId;
        this.configurable = Json.copyMap(Json.mapAt(config, "configurable"));
    }

    /** A checkpoint was written by the graph of {@code namespace}. */
    void checkpoint(List<String> namespace, Map<String, String> checkpointMap, CheckpointRecord cp, Graph graph) {
        if (!wants("checkpoints", namespace)) {
            return;
        }
        String ns = String.join("|", namespace);
        Map<String, Object> payload = Json.obj(
                "config", config(ns, cp.checkpointId, checkpointMap),
                "parent_config", cp.parentId == null ? null : config(ns, cp.parentId, checkpointMap),
                "values", Json.copy(cp.values), "metadata", Json.copy(cp.metadata), "next", cp.next,
                "tasks", CheckpointView.tasks(cp, graph, threadId, ns),
                "checkpoint", CheckpointView.ref(threadId, ns, cp.checkpointId, checkpointMap),
                "parent_checkpoint", cp.parentId == null ? null
                        : CheckpointView.ref(threadId, ns, cp.parentId, checkpointMap));
        emit("checkpoints", "checkpoint", cp.step, namespace, payload);
    }

    /** A task is about to run on {@code input}. */
    void taskStarted(TaskInfo task, Map<String, Object> input) {
        if (wants("tasks", task.namespace())) {
            emit("tasks", "task", task.step(), task.namespace(), Json.obj("id", task.taskId(), "name", task.node(),
                    "input", Json.copy(input), "triggers", task.triggers()));
        }
    }

    /** A task ended: its writes, or its error, or the interrupts it raised. */
    void taskEnded(TaskInfo task, Map<String, Object> result, Map<String, Object> error, List<Object> interrupts) {
        if (wants("tasks", task.namespace())) {
            emit("tasks", "task_result", task.step(), task.namespace(), Json.obj("id", task.taskId(),
                    "name", task.node(), "error", error, "result", result == null ? Json.obj() : Json.copy(result),
                    "interrupts", Json.copy(interrupts)));
        }
    }

    private boolean wants(String mode, List<String> namespace) {
        return emitter.wants(mode, namespace) || emitter.wants("debug", namespace);
    }

    private void emit(String mode, String debugType, int step, List<String> namespace, Map<String, Object> payload) {
        emitter.emit(mode, namespace, payload);
        if (emitter.wants("debug", namespace)) {
            emitter.emit("debug", namespace, Json.obj("step", step,
                    "timestamp", ServerClock.format(clock.now()), "type", debugType, "payload", payload));
        }
    }

    private Map<String, Object> config(String ns, String checkpointId, Map<String, String> checkpointMap) {
        Map<String, Object> c = Json.copyMap(configurable);
        c.put("thread_id", threadId);
        c.put("checkpoint_ns", ns);
        c.put("checkpoint_id", checkpointId);
        if (checkpointMap != null) {
            c.put("checkpoint_map", Json.copy(checkpointMap));
        }
        return Json.obj("configurable", c);
    }
}
