package dev.langgraph.client;

import dev.langgraph.client.assistants.AssistantsClient;
import dev.langgraph.client.crons.CronsClient;
import dev.langgraph.client.runs.RunsClient;
import dev.langgraph.client.store.StoreClient;
import dev.langgraph.client.threads.ThreadsClient;

/**
 * The blocking client for the LangGraph Server API. Thread-safe; create one per server and share it.
 *
 * <pre>{@code
 * try (LangGraphClient client = LangGraphClient.builder().baseUrl("http://localhost:2024").build()) {
 *     Thread thread = client.threads().create();
 *     Object result = client.runs().wait(thread.threadId(), "agent", RunParams.builder().input(input).build());
 * }
 * }</pre>
 *
 * <p>Every method throws the SDK's unchecked exceptions: a subclass of
 * {@link dev.langgraph.client.errors.ApiStatusException} for an HTTP error status,
 * {@link dev.langgraph.client.errors.ApiConnectionException} or
 * {@link dev.langgraph.client.errors.ApiTimeoutException} when the server cannot be reached in time, and
 * {@link IllegalArgumentException} for invalid arguments, before anything is sent. {@link #async()} gives the
 * non-blocking view of the same client.
 */
public interface LangGraphClient extends AutoCloseable {

    /**
     * A builder. Without settings it talks to {@code http://localhost:8123} and reads the API key from
     * {@code LANGGRAPH_API_KEY}, {@code LANGSMITH_API_KEY} or {@code LANGCHAIN_API_KEY}.
     *
     * @return a new builder
     */
    static LangGraphClientBuilder builder() {
        return new LangGraphClientBuilder();
    }

    /**
     * A client configured from the environment: {@code LANGGRAPH_API_URL} (else {@code http://localhost:8123})
     * and the API key variables.
     *
     * @return a new client
     * @throws dev.langgraph.client.errors.LangGraphException if no transport is on the class path
     * @throws IllegalArgumentException if {@code LANGGRAPH_API_URL} is not an http(s) URL
     */
    static LangGraphClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * Assistants: versioned configurations of a graph.
     *
     * @return the assistants client
     */
    AssistantsClient assistants();

    /**
     * Threads: conversations with state and history.
     *
     * @return the threads client
     */
    ThreadsClient threads();

    /**
     * Runs: executions of an assistant, streamed, awaited or in the background.
     *
     * @return the runs client
     */
    RunsClient runs();

    /**
     * Crons: scheduled runs.
     *
     * @return the crons client
     */
    CronsClient crons();

    /**
     * The store: long-term key-value memory by namespace.
     *
     * @return the store client
     */
    StoreClient store();

    /**
     * The non-blocking view of this client, sharing its transport and settings.
     *
     * @return the async client
     */
    LangGraphAsyncClient async();

    /** Releases the transport (if the client created it) and the client's threads. Idempotent. */
    @Override
    void close();
}
