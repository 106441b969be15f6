package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON views of a checkpoint that several places render (thread state, history, and the {@code checkpoints} and
 * {@code debug} stream events), so that they cannot drift apart.
 */
public final class CheckpointView {

    private CheckpointView() {
    }

    /**
     * Renders a {@code Checkpoint} reference.
     *
     * @param threadId the thread
     * @param checkpointNs the namespace ({@code ""} for the root graph)
     * @param checkpointId the checkpoint id
     * @param checkpointMap the ids of the enclosing graphs' checkpoints by namespace, or {@code null}
     * @return {@code {thread_id, checkpoint_ns, checkpoint_id, checkpoint_map}}
     */
    public static Map<String, Object> ref(String threadId, String checkpointNs, String checkpointId,
            Map<String, ?> checkpointMap) {
        return Json.obj("thread_id", threadId, "checkpoint_ns", checkpointNs, "checkpoint_id", checkpointId,
                "checkpoint_map", checkpointMap == null ? null : Json.copy(checkpointMap));
    }

    /**
     * Renders the tasks due from a checkpoint as {@code ThreadState} tasks: id, name, path, error, interrupts, and
     * for an interrupted subgraph node the subgraph's checkpoint namespace.
     *
     * @param cp the checkpoint
     * @param graph the graph that wrote it, or {@code null} if unknown
     * @param threadId the thread
     * @param checkpointNs the checkpoint's namespace ({@code ""} for the root graph)
     * @return a fresh list
     */
    public static List<Object> tasks(CheckpointRecord cp, Graph graph, String threadId, String checkpointNs) {
        List<Object> tasks = new ArrayList<>();
        for (String node : cp.next) {
            String taskId = cp.taskId(node);
            boolean subgraph = graph != null && graph.subgraph(node).isPresent();
            String childNs = (checkpointNs.isEmpty() ? "" : checkpointNs + "|") + node + ":" + taskId;
            tasks.add(Json.obj("id", taskId, "name", node, "path", List.of("__pregel_pull", node),
                    "error", cp.errors.get(taskId),
                    "interrupts", Json.copy(cp.interrupts.getOrDefault(taskId, List.of())),
                    "checkpoint", subgraph && cp.interrupts.containsKey(taskId)
                            ? Json.obj("thread_id", threadId, "checkpoint_ns", childNs) : null,
                    "state", null, "result", null));
        }
        return tasks;
    }
}
