package dev.langgraph.client.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A message sent to a specific node with its own input, used as a {@link Command} {@code goto} target. */
public final class Send extends ApiObject {

    private Send(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the send
     * @throws NullPointerException if {@code fields} is null
     */
    public static Send fromMap(Map<String, ?> fields) {
        return new Send(fields);
    }

    /**
     * A send to a node.
     *
     * @param node the target node's name
     * @param input the input for that node (usually a map of state values), may be null
     * @return the send
     * @throws NullPointerException if {@code node} is null
     */
    public static Send of(String node, Object input) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("node", Objects.requireNonNull(node, "node"));
        fields.put("input", ModelFields.plain(input));
        return new Send(fields);
    }

    /**
     * The target node's name.
     *
     * @return {@code node}, or null
     */
    public String node() {
        return string("node");
    }

    /**
     * The input for the target node, as plain JSON types.
     *
     * @return {@code input}, or null
     */
    public Object input() {
        return get("input");
    }
}
