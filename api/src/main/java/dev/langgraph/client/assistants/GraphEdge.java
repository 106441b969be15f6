package dev.langgraph.client.assistants;

import dev.langgraph.client.common.ApiObject;
import java.util.Map;

/** An edge of an {@link AssistantGraph}. */
public final class GraphEdge extends ApiObject {

    private GraphEdge(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the edge
     * @throws NullPointerException if {@code fields} is null
     */
    public static GraphEdge fromMap(Map<String, ?> fields) {
        return new GraphEdge(fields);
    }

    /**
     * The id of the node the edge starts at.
     *
     * @return {@code source}, or null
     */
    public String source() {
        return string("source");
    }

    /**
     * The id of the node the edge leads to.
     *
     * @return {@code target}, or null
     */
    public String target() {
        return string("target");
    }

    /**
     * The edge's label or other data.
     *
     * @return {@code data} as plain JSON types, or null
     */
    public Object data() {
        return get("data");
    }

    /**
     * Whether the edge is taken only under a condition.
     *
     * @return {@code conditional}, or null
     */
    public Boolean conditional() {
        return bool("conditional");
    }
}
