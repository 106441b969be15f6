package dev.langgraph.client.assistants;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.GraphSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Non-blocking operations on assistants ({@code /assistants}). Every method also has an overload taking
 * {@link RequestOptions} for per-call headers, query parameters and timeouts.
 *
 * <p>Futures fail with the SDK's unchecked exceptions: {@link dev.langgraph.client.errors.NotFoundException} for an
 * unknown assistant, {@link dev.langgraph.client.errors.ConflictException} when creating an id that exists,
 * another {@link dev.langgraph.client.errors.ApiStatusException} for other error statuses,
 * {@link dev.langgraph.client.errors.ApiConnectionException} when the server cannot be reached, and
 * {@link IllegalArgumentException} for a null or blank id before anything is sent. Wherever an assistant id is
 * expected, the server also accepts a graph id (its system assistant).
 */
public interface AssistantsAsyncClient {

    /**
     * Gets an assistant.
     *
     * @param assistantId the assistant id (or a graph id)
     * @return a future of the assistant
     */
    default CompletableFuture<Assistant> get(String assistantId) {
        return get(assistantId, RequestOptions.none());
    }

    /**
     * Gets an assistant.
     *
     * @param assistantId the assistant id (or a graph id)
     * @param options per-call options
     * @return a future of the assistant
     */
    CompletableFuture<Assistant> get(String assistantId, RequestOptions options);

    /**
     * Gets the graph's nodes and edges.
     *
     * @param assistantId the assistant id
     * @return a future of the graph
     */
    default CompletableFuture<AssistantGraph> getGraph(String assistantId) {
        return getGraph(assistantId, 0, RequestOptions.none());
    }

    /**
     * Gets the graph's nodes and edges, with subgraphs expanded.
     *
     * @param assistantId the assistant id
     * @param xray how many subgraph levels to expand; 0 for none, -1 for all
     * @param options per-call options
     * @return a future of the graph
     */
    CompletableFuture<AssistantGraph> getGraph(String assistantId, int xray, RequestOptions options);

    /**
     * Gets the JSON schemas of the graph's input, output, state, config and context.
     *
     * @param assistantId the assistant id
     * @return a future of the schemas
     */
    default CompletableFuture<GraphSchema> getSchemas(String assistantId) {
        return getSchemas(assistantId, RequestOptions.none());
    }

    /**
     * Gets the JSON schemas of the graph's input, output, state, config and context.
     *
     * @param assistantId the assistant id
     * @param options per-call options
     * @return a future of the schemas
     */
    CompletableFuture<GraphSchema> getSchemas(String assistantId, RequestOptions options);

    /**
     * Gets the schemas of the graph's subgraphs, by namespace.
     *
     * @param assistantId the assistant id
     * @return a future of subgraph namespace to schemas
     */
    default CompletableFuture<Map<String, GraphSchema>> getSubgraphs(String assistantId) {
        return getSubgraphs(assistantId, null, false, RequestOptions.none());
    }

    /**
     * Gets the schemas of the graph's subgraphs.
     *
     * @param assistantId the assistant id
     * @param namespace only this subgraph namespace, or null for all
     * @param recurse whether to include nested subgraphs
     * @param options per-call options
     * @return a future of subgraph namespace to schemas
     */
    CompletableFuture<Map<String, GraphSchema>> getSubgraphs(String assistantId, String namespace, boolean recurse,
            RequestOptions options);

    /**
     * Creates an assistant.
     *
     * @param params what to create
     * @return a future of the new assistant
     */
    default CompletableFuture<Assistant> create(AssistantCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Creates an assistant.
     *
     * @param params what to create
     * @param options per-call options
     * @return a future of the new assistant
     */
    CompletableFuture<Assistant> create(AssistantCreateParams params, RequestOptions options);

    /**
     * Updates an assistant, creating a new version.
     *
     * @param assistantId the assistant id
     * @param params what to change
     * @return a future of the updated assistant
     */
    default CompletableFuture<Assistant> update(String assistantId, AssistantUpdateParams params) {
        return update(assistantId, params, RequestOptions.none());
    }

    /**
     * Updates an assistant, creating a new version.
     *
     * @param assistantId the assistant id
     * @param params what to change
     * @param options per-call options
     * @return a future of the updated assistant
     */
    CompletableFuture<Assistant> update(String assistantId, AssistantUpdateParams params, RequestOptions options);

    /**
     * Deletes an assistant.
     *
     * @param assistantId the assistant id
     * @return a future that completes when done
     */
    default CompletableFuture<Void> delete(String assistantId) {
        return delete(assistantId, false, RequestOptions.none());
    }

    /**
     * Deletes an assistant.
     *
     * @param assistantId the assistant id
     * @param deleteThreads whether to delete the assistant's threads too
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> delete(String assistantId, boolean deleteThreads, RequestOptions options);

    /**
     * Searches assistants.
     *
     * @param params filters and paging
     * @return a future of the matching assistants
     */
    default CompletableFuture<List<Assistant>> search(AssistantSearchParams params) {
        return search(params, RequestOptions.none());
    }

    /**
     * Searches assistants.
     *
     * @param params filters and paging
     * @param options per-call options
     * @return a future of the matching assistants
     */
    CompletableFuture<List<Assistant>> search(AssistantSearchParams params, RequestOptions options);

    /**
     * Searches assistants and returns the page with the server's next-page pointer.
     *
     * @param params filters and paging
     * @param options per-call options
     * @return a future of the page
     */
    CompletableFuture<AssistantsPage> searchPage(AssistantSearchParams params, RequestOptions options);

    /**
     * Counts assistants.
     *
     * @param params filters
     * @param options per-call options
     * @return a future of the count
     */
    CompletableFuture<Integer> count(AssistantCountParams params, RequestOptions options);

    /**
     * Lists an assistant's versions, newest first.
     *
     * @param assistantId the assistant id
     * @param metadata metadata the versions must contain, or null
     * @param limit the page size
     * @param offset the number to skip
     * @param options per-call options
     * @return a future of the versions
     */
    CompletableFuture<List<AssistantVersion>> getVersions(String assistantId, Map<String, Object> metadata, int limit, int offset,
            RequestOptions options);

    /**
     * Makes a version the assistant's latest.
     *
     * @param assistantId the assistant id
     * @param version the version number
     * @param options per-call options
     * @return a future of the assistant at that version
     */
    CompletableFuture<Assistant> setLatest(String assistantId, int version, RequestOptions options);
}
