package dev.langgraph.client;

import dev.langgraph.client.assistants.AssistantsAsyncClient;
import dev.langgraph.client.crons.CronsAsyncClient;
import dev.langgraph.client.runs.RunsAsyncClient;
import dev.langgraph.client.store.StoreAsyncClient;
import dev.langgraph.client.threads.ThreadsAsyncClient;

/**
 * The non-blocking client for the LangGraph Server API. Methods return {@link java.util.concurrent.CompletableFuture}s
 * that complete on the client's completion executor, never on a transport I/O thread, so dependent stages may
 * block safely. Failures complete the future with the same exceptions the blocking client throws. Cancelling
 * a future aborts its HTTP exchange. Thread-safe.
 */
public interface LangGraphAsyncClient extends AutoCloseable {

    /**
     * Assistants: versioned configurations of a graph.
     *
     * @return the assistants client
     */
    AssistantsAsyncClient assistants();

    /**
     * Threads: conversations with state and history.
     *
     * @return the threads client
     */
    ThreadsAsyncClient threads();

    /**
     * Runs: executions of an assistant, streamed, awaited or in the background.
     *
     * @return the runs client
     */
    RunsAsyncClient runs();

    /**
     * Crons: scheduled runs.
     *
     * @return the crons client
     */
    CronsAsyncClient crons();

    /**
     * The store: long-term key-value memory by namespace.
     *
     * @return the store client
     */
    StoreAsyncClient store();

    /**
     * The blocking view of this client, sharing its transport and settings.
     *
     * @return the blocking client
     */
    LangGraphClient sync();

    /** Releases the transport (if the client created it) and the client's threads. Idempotent. */
    @Override
    void close();
}
