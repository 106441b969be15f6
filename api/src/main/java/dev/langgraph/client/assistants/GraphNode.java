package dev.langgraph.client.assistants;

import dev.langgraph.client.common.ApiObject;
import java.util.Map;

/** A node of an {@link AssistantGraph}. */
public final class GraphNode extends ApiObject {

    private GraphNode(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the node
     * @throws NullPointerException if {@code fields} is null
     */
    public static GraphNode fromMap(Map<String, ?> fields) {
        return new GraphNode(fields);
    }

    /**
     * The node id, such as {@code __start__}, {@code echo} or {@code inner:inner_1}.
     *
     * @return {@code id}, or null
     */
    public String id() {
        return string("id");
    }

    /**
     * The node kind, such as {@code schema} or {@code runnable}.
     *
     * @return {@code type}, or null
     */
    public String type() {
        return string("type");
    }

    /**
     * The node's display name (JS SDK).
     *
     * @return {@code name}, or null
     */
    public String name() {
        return string("name");
    }

    /**
     * Details of the node: a JSON schema, a runnable description, or a plain string.
     *
     * @return {@code data} as plain JSON types, or null
     */
    public Object data() {
        return get("data");
    }

    /**
     * The node's metadata.
     *
     * @return {@code metadata}, or null
     */
    public Map<String, Object> metadata() {
        return map("metadata");
    }
}
