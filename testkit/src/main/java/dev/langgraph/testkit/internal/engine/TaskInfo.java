package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One task of a superstep, as its events name it.
 *
 * @param namespace the namespace of the graph running it ({@code []} for the root, {@code [inner:<task id>]} inside
 *     a subgraph node)
 * @param node the node name
 * @param taskId the task id
 * @param step the superstep
 */
record TaskInfo(List<String> namespace, String node, String taskId, int step) {

    TaskInfo {
        namespace = List.copyOf(namespace);
    }

    /** The namespace of a subgraph run by this task: the graph's namespace plus {@code node:taskId}. */
    List<String> childNamespace() {
        List<String> ns = new ArrayList<>(namespace);
        ns.add(node + ":" + taskId);
        return ns;
    }

    /** The task's checkpoint namespace ({@code inner:<id>|inner_1:<id>}). */
    String checkpointNs() {
        return String.join("|", childNamespace());
    }

    /** What LangGraph puts on a task's channels' triggers. */
    List<String> triggers() {
        return List.of("branch:to:" + node);
    }

    /** The run's config metadata plus the task's {@code langgraph_*} keys, as the task's callbacks see them. */
    Map<String, Object> metadata(Map<String, Object> config) {
        Map<String, Object> meta = Json.copyMap(Json.mapAt(config, "metadata"));
        meta.put("langgraph_step", step);
        meta.put("langgraph_node", node);
        meta.put("langgraph_triggers", triggers());
        meta.put("langgraph_path", List.of("__pregel_pull", node));
        meta.put("langgraph_checkpoint_ns", checkpointNs());
        meta.put("checkpoint_ns", checkpointNs());
        return meta;
    }
}
