package dev.langgraph.client.assistants;

import dev.langgraph.client.common.ApiObject;
import java.util.List;
import java.util.Map;

/**
 * The drawable graph of an assistant: its nodes and edges. With {@code xray}, subgraph nodes appear with ids such as
 * {@code inner:inner_1}. The raw lists stay available through {@code get("nodes")} and {@code get("edges")}.
 */
public final class AssistantGraph extends ApiObject {

    private AssistantGraph(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the graph
     * @throws NullPointerException if {@code fields} is null
     */
    public static AssistantGraph fromMap(Map<String, ?> fields) {
        return new AssistantGraph(fields);
    }

    /**
     * The nodes.
     *
     * @return {@code nodes}, or null
     */
    public List<GraphNode> nodes() {
        return objects("nodes", GraphNode::fromMap);
    }

    /**
     * The edges.
     *
     * @return {@code edges}, or null
     */
    public List<GraphEdge> edges() {
        return objects("edges", GraphEdge::fromMap);
    }
}
