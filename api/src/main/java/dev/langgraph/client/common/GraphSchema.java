package dev.langgraph.client.common;

import java.util.Map;

/**
 * The JSON schemas of a graph: input, output, state, config and context. Returned for assistants and subgraphs.
 *
 * <p>The JS server returns subgraph schemas under the short keys {@code input}, {@code output}, {@code state} and
 * {@code config}; the accessors fall back to those when the {@code *_schema} key is absent.
 */
public final class GraphSchema extends ApiObject {

    private GraphSchema(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the schemas
     * @throws NullPointerException if {@code fields} is null
     */
    public static GraphSchema fromMap(Map<String, ?> fields) {
        return new GraphSchema(fields);
    }

    /**
     * The graph id; absent for subgraph schemas.
     *
     * @return {@code graph_id}, or null
     */
    public String graphId() {
        return string("graph_id");
    }

    /**
     * The JSON schema of the graph's input.
     *
     * @return {@code input_schema} (or {@code input}), or null
     */
    public Map<String, Object> inputSchema() {
        return schema("input_schema", "input");
    }

    /**
     * The JSON schema of the graph's output.
     *
     * @return {@code output_schema} (or {@code output}), or null
     */
    public Map<String, Object> outputSchema() {
        return schema("output_schema", "output");
    }

    /**
     * The JSON schema of the graph's state.
     *
     * @return {@code state_schema} (or {@code state}), or null
     */
    public Map<String, Object> stateSchema() {
        return schema("state_schema", "state");
    }

    /**
     * The JSON schema of the graph's configurable values.
     *
     * @return {@code config_schema} (or {@code config}), or null
     */
    public Map<String, Object> configSchema() {
        return schema("config_schema", "config");
    }

    /**
     * The JSON schema of the graph's static context.
     *
     * @return {@code context_schema}, or null
     */
    public Map<String, Object> contextSchema() {
        return map("context_schema");
    }

    private Map<String, Object> schema(String name, String shortName) {
        Map<String, Object> schema = map(name);
        return schema != null ? schema : map(shortName);
    }
}
