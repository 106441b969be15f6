package dev.langgraph.client.threads;

import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * Filters for counting threads. Null or empty filters are not sent.
 *
 * @param metadata metadata the threads must contain, or null
 * @param values state values the threads must contain, or null
 * @param status the status to match, or null
 */
public record ThreadCountParams(Map<String, Object> metadata, Map<String, Object> values, ThreadStatus status) {

    /**
     * Copies the maps.
     *
     * @param metadata metadata the threads must contain, or null
     * @param values state values the threads must contain, or null
     * @param status the status to match, or null
     */
    public ThreadCountParams {
        metadata = Maps.copy(metadata);
        values = Maps.copy(values);
    }

    /**
     * Counts every thread.
     *
     * @return parameters without filters
     */
    public static ThreadCountParams all() {
        return new ThreadCountParams(null, null, null);
    }

    /**
     * Counts the threads with a status.
     *
     * @param status the status
     * @return the parameters
     */
    public static ThreadCountParams ofStatus(ThreadStatus status) {
        return new ThreadCountParams(null, null, status);
    }

    /**
     * Counts the threads whose metadata contains these pairs.
     *
     * @param metadata the metadata filter
     * @return the parameters
     */
    public static ThreadCountParams ofMetadata(Map<String, Object> metadata) {
        return new ThreadCountParams(metadata, null, null);
    }
}
