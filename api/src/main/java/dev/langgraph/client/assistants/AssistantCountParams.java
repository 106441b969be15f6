package dev.langgraph.client.assistants;

import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * Filters for counting assistants; null filters are not sent.
 *
 * @param metadata metadata the assistants must contain, or null
 * @param graphId the graph id to match, or null
 * @param name the name to match, or null
 */
public record AssistantCountParams(Map<String, Object> metadata, String graphId, String name) {

    /**
     * Copies the map.
     *
     * @param metadata metadata the assistants must contain, or null
     * @param graphId the graph id to match, or null
     * @param name the name to match, or null
     */
    public AssistantCountParams {
        metadata = Maps.copy(metadata);
    }

    /**
     * Counts the assistants of one graph.
     *
     * @param graphId the graph id
     * @return the parameters
     */
    public static AssistantCountParams ofGraph(String graphId) {
        return new AssistantCountParams(null, graphId, null);
    }
}
