package dev.langgraph.client.runs;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.streaming.AsyncRunStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Non-blocking operations on runs ({@code /threads/{thread_id}/runs} and stateless {@code /runs}). Every method also
 * has an overload taking {@link RequestOptions} for per-call headers, query parameters and timeouts. Where a
 * thread id may be null, null means a stateless run (the server makes a temporary thread).
 *
 * <p>Futures fail with the SDK's unchecked exceptions: {@link dev.langgraph.client.errors.NotFoundException} for an
 * unknown thread, run or assistant, {@link dev.langgraph.client.errors.UnprocessableEntityException} for a busy
 * thread (multitask strategy {@code reject}), another {@link dev.langgraph.client.errors.ApiStatusException} for
 * other error statuses, {@link dev.langgraph.client.errors.RunFailedException} when a waited-for run failed,
 * {@link dev.langgraph.client.errors.ApiConnectionException} when the server cannot be reached, and
 * {@link IllegalArgumentException} for a null or blank id before anything is sent. The blocking client opens a
 * stream before returning it, so the HTTP error of a stream's request is thrown by the method itself; errors
 * while reading come from the iteration (or the subscription, for the non-blocking client).
 */
public interface RunsAsyncClient {

    /**
     * Creates a run and streams its output with the default stream mode ({@code values}).
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @return the stream; the request is sent when it is subscribed to
     */
    default AsyncRunStream stream(String threadId, String assistantId) {
        return stream(threadId, assistantId, RunParams.defaults(), RequestOptions.none());
    }

    /**
     * Creates a run and streams its output.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @return the stream; the request is sent when it is subscribed to
     */
    default AsyncRunStream stream(String threadId, String assistantId, RunParams params) {
        return stream(threadId, assistantId, params, RequestOptions.none());
    }

    /**
     * Creates a run and streams its output ({@code POST /threads/{thread_id}/runs/stream} or {@code /runs/stream}).
     * With {@code streamResumable}, a stream that breaks resumes from the last event received.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @param options per-call options
     * @return the stream; the request is sent when it is subscribed to
     */
    AsyncRunStream stream(String threadId, String assistantId, RunParams params, RequestOptions options);

    /**
     * Creates a background run without input.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @return a future of the new run, usually {@code pending}
     */
    default CompletableFuture<Run> create(String threadId, String assistantId) {
        return create(threadId, assistantId, RunParams.defaults(), RequestOptions.none());
    }

    /**
     * Creates a background run.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @return a future of the new run, usually {@code pending}
     */
    default CompletableFuture<Run> create(String threadId, String assistantId, RunParams params) {
        return create(threadId, assistantId, params, RequestOptions.none());
    }

    /**
     * Creates a background run ({@code POST /threads/{thread_id}/runs} or {@code /runs}). Its stream fields tell
     * a later {@link #joinStream join stream} what to deliver.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @param options per-call options
     * @return a future of the new run, usually {@code pending}
     */
    CompletableFuture<Run> create(String threadId, String assistantId, RunParams params, RequestOptions options);

    /**
     * Creates several background runs in one request.
     *
     * @param runs the runs to create
     * @return a future of the new runs, in order
     */
    default CompletableFuture<List<Run>> createBatch(List<RunCreateRequest> runs) {
        return createBatch(runs, RequestOptions.none());
    }

    /**
     * Creates several background runs in one request ({@code POST /runs/batch}).
     *
     * @param runs the runs to create
     * @param options per-call options
     * @return a future of the new runs, in order
     */
    CompletableFuture<List<Run>> createBatch(List<RunCreateRequest> runs, RequestOptions options);

    /**
     * Creates a run without input and waits for its final state.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @return a future of the final state values: a {@code Map}, a {@code List}, or null
     * @throws dev.langgraph.client.errors.RunFailedException if the run failed
     */
    default CompletableFuture<Object> wait(String threadId, String assistantId) {
        return wait(threadId, assistantId, RunParams.defaults(), true, RequestOptions.none());
    }

    /**
     * Creates a run and waits for its final state.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @return a future of the final state values: a {@code Map}, a {@code List}, or null
     * @throws dev.langgraph.client.errors.RunFailedException if the run failed
     */
    default CompletableFuture<Object> wait(String threadId, String assistantId, RunParams params) {
        return wait(threadId, assistantId, params, true, RequestOptions.none());
    }

    /**
     * Creates a run and waits for its final state.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @param options per-call options
     * @return a future of the final state values: a {@code Map}, a {@code List}, or null
     * @throws dev.langgraph.client.errors.RunFailedException if the run failed
     */
    default CompletableFuture<Object> wait(String threadId, String assistantId, RunParams params, RequestOptions options) {
        return wait(threadId, assistantId, params, true, options);
    }

    /**
     * Creates a run and waits for its final state ({@code POST /threads/{thread_id}/runs/wait} or
     * {@code /runs/wait}). The stream fields and {@code feedbackKeys} of the parameters are not sent.
     *
     * @param threadId the thread, or null for a stateless run
     * @param assistantId the assistant id or graph id
     * @param params the run's arguments, or null for none
     * @param raiseError whether a failed run, reported as {@code {"__error__": {...}}}, throws
     *     {@link dev.langgraph.client.errors.RunFailedException}; when false that map is returned as is
     * @param options per-call options
     * @return a future of the final state values: a {@code Map}, a {@code List}, or null (a stateless run whose stream modes
     *     lack {@code values})
     */
    CompletableFuture<Object> wait(String threadId, String assistantId, RunParams params, boolean raiseError, RequestOptions options);

    /**
     * Lists a thread's runs: the first 10.
     *
     * @param threadId the thread
     * @return a future of the runs
     */
    default CompletableFuture<List<Run>> list(String threadId) {
        return list(threadId, 10, 0, null, null, RequestOptions.none());
    }

    /**
     * Lists a thread's runs ({@code GET /threads/{thread_id}/runs}).
     *
     * @param threadId the thread
     * @param limit the page size, positive
     * @param offset the number to skip, not negative
     * @param status only runs with this status, or null for all
     * @param select the fields to return, or null for all
     * @param options per-call options
     * @return a future of the runs
     */
    CompletableFuture<List<Run>> list(String threadId, int limit, int offset, RunStatus status, List<RunSelectField> select,
            RequestOptions options);

    /**
     * Gets a run.
     *
     * @param threadId the thread
     * @param runId the run
     * @return a future of the run
     */
    default CompletableFuture<Run> get(String threadId, String runId) {
        return get(threadId, runId, RequestOptions.none());
    }

    /**
     * Gets a run ({@code GET /threads/{thread_id}/runs/{run_id}}).
     *
     * @param threadId the thread
     * @param runId the run
     * @param options per-call options
     * @return a future of the run
     */
    CompletableFuture<Run> get(String threadId, String runId, RequestOptions options);

    /**
     * Cancels a run, keeping its progress ({@code interrupt}), without waiting for it to stop.
     *
     * @param threadId the thread
     * @param runId the run
     * @return a future that completes when done
     */
    default CompletableFuture<Void> cancel(String threadId, String runId) {
        return cancel(threadId, runId, false, CancelAction.INTERRUPT, RequestOptions.none());
    }

    /**
     * Cancels a run ({@code POST /threads/{thread_id}/runs/{run_id}/cancel}).
     *
     * @param threadId the thread
     * @param runId the run
     * @param wait whether to return only once the run has stopped
     * @param action {@code interrupt} to keep its progress, {@code rollback} to discard it; null for interrupt
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> cancel(String threadId, String runId, boolean wait, CancelAction action, RequestOptions options);

    /**
     * Cancels several runs, keeping their progress: those of a thread, given ones, or all with a status.
     *
     * @param threadId the thread whose runs to cancel, or null
     * @param runIds the runs to cancel, or null
     * @param status which runs to cancel by status, or null
     * @throws IllegalArgumentException if none of the three is given
     * @return a future that completes when done
     */
    default CompletableFuture<Void> cancelMany(String threadId, List<String> runIds, BulkCancelRunsStatus status) {
        return cancelMany(threadId, runIds, status, CancelAction.INTERRUPT, RequestOptions.none());
    }

    /**
     * Cancels several runs ({@code POST /runs/cancel}). At least one filter is required.
     *
     * @param threadId the thread whose runs to cancel, or null
     * @param runIds the runs to cancel, or null
     * @param status which runs to cancel by status, or null
     * @param action {@code interrupt} or {@code rollback}; null for interrupt
     * @param options per-call options
     * @throws IllegalArgumentException if none of the three filters is given
     * @return a future that completes when done
     */
    CompletableFuture<Void> cancelMany(String threadId, List<String> runIds, BulkCancelRunsStatus status, CancelAction action,
            RequestOptions options);

    /**
     * Waits for a run to finish and returns its thread's final state.
     *
     * @param threadId the thread
     * @param runId the run
     * @return a future of the final state values: a {@code Map}, a {@code List}, or null
     * @throws dev.langgraph.client.errors.RunFailedException if the run failed
     */
    default CompletableFuture<Object> join(String threadId, String runId) {
        return join(threadId, runId, true, RequestOptions.none());
    }

    /**
     * Waits for a run to finish and returns its thread's final state
     * ({@code GET /threads/{thread_id}/runs/{run_id}/join}).
     *
     * @param threadId the thread
     * @param runId the run
     * @param raiseError whether a failed run, reported as {@code {"__error__": {...}}}, throws
     *     {@link dev.langgraph.client.errors.RunFailedException}; when false that map is returned as is
     * @param options per-call options
     * @return a future of the final state values: a {@code Map}, a {@code List}, or null
     */
    CompletableFuture<Object> join(String threadId, String runId, boolean raiseError, RequestOptions options);

    /**
     * Streams a run's output from now on, with the modes the run was created with.
     *
     * @param threadId the thread, or null for a stateless run (a route of the JS server only)
     * @param runId the run
     * @return the stream; the request is sent when it is subscribed to
     */
    default AsyncRunStream joinStream(String threadId, String runId) {
        return joinStream(threadId, runId, false, null, null, RequestOptions.none());
    }

    /**
     * Streams a run's output ({@code GET /threads/{thread_id}/runs/{run_id}/stream}, or {@code /runs/{run_id}/stream}
     * without a thread). A join stream that breaks resumes from the last event received.
     *
     * @param threadId the thread, or null for a stateless run (a route of the JS server only)
     * @param runId the run
     * @param cancelOnDisconnect whether the server cancels the run when this stream disconnects
     * @param streamModes a subset of the run's stream modes, or null for all of them
     * @param lastEventId resume after this event id ({@code "-1"} replays everything of a resumable run), or null
     *     for events from now on
     * @param options per-call options
     * @return the stream; the request is sent when it is subscribed to
     */
    AsyncRunStream joinStream(String threadId, String runId, boolean cancelOnDisconnect, List<StreamMode> streamModes,
            String lastEventId, RequestOptions options);

    /**
     * Deletes a run.
     *
     * @param threadId the thread
     * @param runId the run
     * @return a future that completes when done
     */
    default CompletableFuture<Void> delete(String threadId, String runId) {
        return delete(threadId, runId, RequestOptions.none());
    }

    /**
     * Deletes a run ({@code DELETE /threads/{thread_id}/runs/{run_id}}).
     *
     * @param threadId the thread
     * @param runId the run
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> delete(String threadId, String runId, RequestOptions options);
}
