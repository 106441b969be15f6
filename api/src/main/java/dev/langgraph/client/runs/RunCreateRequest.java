package dev.langgraph.client.runs;

import dev.langgraph.client.internal.PathSegments;

/**
 * One run of a {@link RunsClient#createBatch batch}: which assistant runs, on which thread, with what arguments.
 * In a batch only the fields that were set are sent (the stream mode is not defaulted), {@code onDisconnect} is
 * ignored, and {@code onRunCreated} is not called (the batch response has no per-run {@code Content-Location}).
 *
 * @param threadId the thread, or null for a stateless run
 * @param assistantId the assistant id or graph id
 * @param params the run's arguments; null for none
 */
public record RunCreateRequest(String threadId, String assistantId, RunParams params) {

    /**
     * Checks the ids.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments; null for none
     * @throws IllegalArgumentException if {@code assistantId} is null or blank, or {@code threadId} is blank
     */
    public RunCreateRequest {
        PathSegments.requireId("assistantId", assistantId);
        if (threadId != null) {
            PathSegments.requireId("threadId", threadId);
        }
        params = params == null ? RunParams.defaults() : params;
    }

    /**
     * A stateless run.
     *
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments; null for none
     * @return the request
     * @throws IllegalArgumentException if {@code assistantId} is null or blank
     */
    public static RunCreateRequest stateless(String assistantId, RunParams params) {
        return new RunCreateRequest(null, assistantId, params);
    }
}
