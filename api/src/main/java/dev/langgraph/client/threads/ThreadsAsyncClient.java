package dev.langgraph.client.threads;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.streaming.AsyncRunStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Non-blocking operations on threads ({@code /threads}): the threads themselves, their state and history, and the
 * thread's event stream. Every method also has an overload taking {@link RequestOptions} for per-call headers,
 * query parameters and timeouts.
 *
 * <p>Futures fail with the SDK's unchecked exceptions: {@link dev.langgraph.client.errors.NotFoundException} for an
 * unknown thread, {@link dev.langgraph.client.errors.ConflictException} when creating an id that exists,
 * another {@link dev.langgraph.client.errors.ApiStatusException} for other error statuses,
 * {@link dev.langgraph.client.errors.ApiConnectionException} when the server cannot be reached, and
 * {@link IllegalArgumentException} for a null or blank id, or another invalid argument, before anything is sent.
 * {@link Thread} here is the SDK's model, not {@code java.lang.Thread}.
 */
public interface ThreadsAsyncClient {

    /**
     * Gets a thread.
     *
     * @param threadId the thread id
     * @return a future of the thread
     */
    default CompletableFuture<Thread> get(String threadId) {
        return get(threadId, null, RequestOptions.none());
    }

    /**
     * Gets a thread, with extra fields.
     *
     * @param threadId the thread id
     * @param include extra fields to return (such as {@code "ttl"}), or null
     * @param options per-call options
     * @return a future of the thread
     */
    CompletableFuture<Thread> get(String threadId, List<String> include, RequestOptions options);

    /**
     * Creates a thread with a server-generated id and no metadata.
     *
     * @return a future of the new thread
     */
    default CompletableFuture<Thread> create() {
        return create(ThreadCreateParams.builder().build(), RequestOptions.none());
    }

    /**
     * Creates a thread.
     *
     * @param params what to create
     * @return a future of the new thread (or the existing one, with {@code ifExists} {@code do_nothing})
     */
    default CompletableFuture<Thread> create(ThreadCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Creates a thread.
     *
     * @param params what to create, or null for an empty thread
     * @param options per-call options
     * @return a future of the new thread (or the existing one, with {@code ifExists} {@code do_nothing})
     */
    CompletableFuture<Thread> create(ThreadCreateParams params, RequestOptions options);

    /**
     * Updates a thread: merges metadata and sets the time to live.
     *
     * @param threadId the thread id
     * @param params what to change
     * @return a future of the updated thread, or null when {@link ThreadUpdateParams#returnMinimal()} is set
     */
    default CompletableFuture<Thread> update(String threadId, ThreadUpdateParams params) {
        return update(threadId, params, RequestOptions.none());
    }

    /**
     * Updates a thread: merges metadata and sets the time to live.
     *
     * @param threadId the thread id
     * @param params what to change
     * @param options per-call options
     * @return a future of the updated thread, or null when {@link ThreadUpdateParams#returnMinimal()} is set
     */
    CompletableFuture<Thread> update(String threadId, ThreadUpdateParams params, RequestOptions options);

    /**
     * Deletes a thread with its runs and state.
     *
     * @param threadId the thread id
     * @return a future that completes when done
     */
    default CompletableFuture<Void> delete(String threadId) {
        return delete(threadId, RequestOptions.none());
    }

    /**
     * Deletes a thread with its runs and state.
     *
     * @param threadId the thread id
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> delete(String threadId, RequestOptions options);

    /**
     * Searches threads.
     *
     * @param params filters, sorting and paging
     * @return a future of the matching threads
     */
    default CompletableFuture<List<Thread>> search(ThreadSearchParams params) {
        return search(params, RequestOptions.none());
    }

    /**
     * Searches threads.
     *
     * @param params filters, sorting and paging, or null for the first 10 threads
     * @param options per-call options
     * @return a future of the matching threads
     */
    CompletableFuture<List<Thread>> search(ThreadSearchParams params, RequestOptions options);

    /**
     * Counts threads.
     *
     * @param params filters
     * @return a future of the count
     */
    default CompletableFuture<Integer> count(ThreadCountParams params) {
        return count(params, RequestOptions.none());
    }

    /**
     * Counts threads.
     *
     * @param params filters, or null to count all
     * @param options per-call options
     * @return a future of the count
     */
    CompletableFuture<Integer> count(ThreadCountParams params, RequestOptions options);

    /**
     * Copies a thread with its state history into a new thread.
     *
     * @param threadId the thread to copy
     * @return a future of the new thread, or null when the server does not send it back
     */
    default CompletableFuture<Thread> copy(String threadId) {
        return copy(threadId, RequestOptions.none());
    }

    /**
     * Copies a thread with its state history into a new thread.
     *
     * @param threadId the thread to copy
     * @param options per-call options
     * @return a future of the new thread, or null when the server does not send it back
     */
    CompletableFuture<Thread> copy(String threadId, RequestOptions options);

    /**
     * Deletes threads.
     *
     * @param threadIds the threads to delete, not empty
     * @return a future of how many were pruned
     */
    default CompletableFuture<PruneResult> prune(List<String> threadIds) {
        return prune(threadIds, PruneStrategy.DELETE, RequestOptions.none());
    }

    /**
     * Prunes threads: deletes them, or keeps only their latest state.
     *
     * @param threadIds the threads to prune, not empty
     * @param strategy {@link PruneStrategy#DELETE} (or null) to delete the threads,
     *     {@link PruneStrategy#KEEP_LATEST} to delete all but their latest checkpoint
     * @param options per-call options
     * @return a future of how many were pruned
     */
    CompletableFuture<PruneResult> prune(List<String> threadIds, PruneStrategy strategy, RequestOptions options);

    /**
     * Gets a thread's latest state.
     *
     * @param threadId the thread id
     * @return a future of the state
     */
    default CompletableFuture<ThreadState> getState(String threadId) {
        return getState(threadId, false, RequestOptions.none());
    }

    /**
     * Gets a thread's latest state.
     *
     * @param threadId the thread id
     * @param subgraphs whether to include the states of subgraphs in the tasks
     * @param options per-call options
     * @return a future of the state
     */
    CompletableFuture<ThreadState> getState(String threadId, boolean subgraphs, RequestOptions options);

    /**
     * Gets a thread's state at a checkpoint of the root graph, by id.
     *
     * @param threadId the thread id
     * @param checkpointId the checkpoint id
     * @param subgraphs whether to include the states of subgraphs in the tasks
     * @return a future of the state
     */
    default CompletableFuture<ThreadState> getState(String threadId, String checkpointId, boolean subgraphs) {
        return getState(threadId, checkpointId, subgraphs, RequestOptions.none());
    }

    /**
     * Gets a thread's state at a checkpoint of the root graph, by id.
     *
     * @param threadId the thread id
     * @param checkpointId the checkpoint id
     * @param subgraphs whether to include the states of subgraphs in the tasks
     * @param options per-call options
     * @return a future of the state
     */
    CompletableFuture<ThreadState> getState(String threadId, String checkpointId, boolean subgraphs,
            RequestOptions options);

    /**
     * Gets a thread's state at a checkpoint, which may belong to a subgraph.
     *
     * @param threadId the thread id
     * @param checkpoint the checkpoint
     * @param subgraphs whether to include the states of subgraphs in the tasks
     * @return a future of the state
     */
    default CompletableFuture<ThreadState> getState(String threadId, Checkpoint checkpoint, boolean subgraphs) {
        return getState(threadId, checkpoint, subgraphs, RequestOptions.none());
    }

    /**
     * Gets a thread's state at a checkpoint, which may belong to a subgraph.
     *
     * @param threadId the thread id
     * @param checkpoint the checkpoint
     * @param subgraphs whether to include the states of subgraphs in the tasks
     * @param options per-call options
     * @return a future of the state
     */
    CompletableFuture<ThreadState> getState(String threadId, Checkpoint checkpoint, boolean subgraphs,
            RequestOptions options);

    /**
     * Writes to a thread's state, creating a new checkpoint.
     *
     * @param threadId the thread id
     * @param params the values and where to write them
     * @return a future of the new checkpoint
     */
    default CompletableFuture<ThreadUpdateStateResponse> updateState(String threadId, ThreadUpdateStateParams params) {
        return updateState(threadId, params, RequestOptions.none());
    }

    /**
     * Writes to a thread's state, creating a new checkpoint.
     *
     * @param threadId the thread id
     * @param params the values and where to write them
     * @param options per-call options
     * @return a future of the new checkpoint
     */
    CompletableFuture<ThreadUpdateStateResponse> updateState(String threadId, ThreadUpdateStateParams params,
            RequestOptions options);

    /**
     * Merges metadata into the metadata of the thread's latest checkpoint.
     *
     * @param threadId the thread id
     * @param metadata the metadata to merge
     * @return a future that completes when done
     */
    default CompletableFuture<Void> patchState(String threadId, Map<String, Object> metadata) {
        return patchState(threadId, metadata, RequestOptions.none());
    }

    /**
     * Merges metadata into the metadata of the thread's latest checkpoint.
     *
     * @param threadId the thread id
     * @param metadata the metadata to merge
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> patchState(String threadId, Map<String, Object> metadata, RequestOptions options);

    /**
     * Lists a thread's last 10 states, newest first.
     *
     * @param threadId the thread id
     * @return a future of the states
     */
    default CompletableFuture<List<ThreadState>> getHistory(String threadId) {
        return getHistory(threadId, ThreadHistoryParams.builder().build(), RequestOptions.none());
    }

    /**
     * Lists a thread's past states, newest first.
     *
     * @param threadId the thread id
     * @param params the limit and filters
     * @return a future of the states
     */
    default CompletableFuture<List<ThreadState>> getHistory(String threadId, ThreadHistoryParams params) {
        return getHistory(threadId, params, RequestOptions.none());
    }

    /**
     * Lists a thread's past states, newest first.
     *
     * @param threadId the thread id
     * @param params the limit and filters, or null for the defaults
     * @param options per-call options
     * @return a future of the states
     */
    CompletableFuture<List<ThreadState>> getHistory(String threadId, ThreadHistoryParams params,
            RequestOptions options);

    /**
     * Streams the events of the runs on a thread ({@link ThreadStreamMode#RUN_MODES}) as they happen.
     *
     * @param threadId the thread id
     * @return the stream; the request is sent when it is subscribed to
     */
    default AsyncRunStream joinStream(String threadId) {
        return joinStream(threadId, null, null, RequestOptions.none());
    }

    /**
     * Streams a thread's events as they happen.
     *
     * @param threadId the thread id
     * @param lastEventId resume after this event id (sent as {@code Last-Event-ID}), or null
     * @param streamModes which events to stream; null or empty for {@link ThreadStreamMode#RUN_MODES}
     * @return the stream; the request is sent when it is subscribed to
     */
    default AsyncRunStream joinStream(String threadId, String lastEventId, List<ThreadStreamMode> streamModes) {
        return joinStream(threadId, lastEventId, streamModes, RequestOptions.none());
    }

    /**
     * Streams a thread's events as they happen.
     *
     * @param threadId the thread id
     * @param lastEventId resume after this event id (sent as {@code Last-Event-ID}), or null
     * @param streamModes which events to stream; null or empty for {@link ThreadStreamMode#RUN_MODES}
     * @param options per-call options
     * @return the stream; the request is sent when it is subscribed to
     */
    AsyncRunStream joinStream(String threadId, String lastEventId, List<ThreadStreamMode> streamModes,
            RequestOptions options);
}
