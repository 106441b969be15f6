package dev.langgraph.client.crons;

import dev.langgraph.client.RequestOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Non-blocking operations on crons ({@code /runs/crons}): runs that the server starts on a schedule. Every method also
 * has an overload taking {@link RequestOptions} for per-call headers, query parameters and timeouts.
 *
 * <p>Futures fail with the SDK's unchecked exceptions: {@link dev.langgraph.client.errors.NotFoundException} for an
 * unknown cron, thread or assistant, {@link dev.langgraph.client.errors.InternalServerException} from servers
 * without cron support (the JS dev server answers {@code 500 Not implemented}), another
 * {@link dev.langgraph.client.errors.ApiStatusException} for other error statuses (an invalid cron expression is
 * the server's to reject), {@link dev.langgraph.client.errors.ApiConnectionException} when the server cannot be
 * reached, and {@link IllegalArgumentException} for a null or blank id before anything is sent.
 */
public interface CronsAsyncClient {

    /**
     * Creates a cron whose runs all go to one thread.
     *
     * @param threadId the thread id
     * @param assistantId the assistant (or graph) id each run uses
     * @param params the schedule and run payload
     * @return a future of the new cron
     */
    default CompletableFuture<Cron> createForThread(String threadId, String assistantId, CronParams params) {
        return createForThread(threadId, assistantId, params, RequestOptions.none());
    }

    /**
     * Creates a cron whose runs all go to one thread.
     *
     * @param threadId the thread id
     * @param assistantId the assistant (or graph) id each run uses
     * @param params the schedule and run payload; {@code onRunCompleted} must not be set, since the thread is kept
     * @param options per-call options
     * @return a future of the new cron
     * @throws IllegalArgumentException if {@code onRunCompleted} is set
     */
    CompletableFuture<Cron> createForThread(String threadId, String assistantId, CronParams params, RequestOptions options);

    /**
     * Creates a stateless cron: each run gets a new thread.
     *
     * @param assistantId the assistant (or graph) id each run uses
     * @param params the schedule and run payload
     * @return a future of the new cron
     */
    default CompletableFuture<Cron> create(String assistantId, CronParams params) {
        return create(assistantId, params, RequestOptions.none());
    }

    /**
     * Creates a stateless cron: each run gets a new thread.
     *
     * @param assistantId the assistant (or graph) id each run uses
     * @param params the schedule and run payload
     * @param options per-call options
     * @return a future of the new cron
     */
    CompletableFuture<Cron> create(String assistantId, CronParams params, RequestOptions options);

    /**
     * Deletes a cron.
     *
     * @param cronId the cron id
     * @return a future that completes when done
     */
    default CompletableFuture<Void> delete(String cronId) {
        return delete(cronId, RequestOptions.none());
    }

    /**
     * Deletes a cron.
     *
     * @param cronId the cron id
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> delete(String cronId, RequestOptions options);

    /**
     * Changes a cron; fields not set keep their value.
     *
     * @param cronId the cron id
     * @param params what to change
     * @return a future of the updated cron
     */
    default CompletableFuture<Cron> update(String cronId, CronUpdateParams params) {
        return update(cronId, params, RequestOptions.none());
    }

    /**
     * Changes a cron; fields not set keep their value.
     *
     * @param cronId the cron id
     * @param params what to change
     * @param options per-call options
     * @return a future of the updated cron
     */
    CompletableFuture<Cron> update(String cronId, CronUpdateParams params, RequestOptions options);

    /**
     * Lists the first 10 crons.
     *
     * @return a future of the crons
     */
    default CompletableFuture<List<Cron>> search() {
        return search(CronSearchParams.builder().build(), RequestOptions.none());
    }

    /**
     * Searches crons.
     *
     * @param params filters and paging
     * @return a future of the matching crons
     */
    default CompletableFuture<List<Cron>> search(CronSearchParams params) {
        return search(params, RequestOptions.none());
    }

    /**
     * Searches crons.
     *
     * @param params filters and paging
     * @param options per-call options
     * @return a future of the matching crons
     */
    CompletableFuture<List<Cron>> search(CronSearchParams params, RequestOptions options);

    /**
     * Counts all crons.
     *
     * @return a future of the count
     */
    default CompletableFuture<Integer> count() {
        return count(null, null, null, RequestOptions.none());
    }

    /**
     * Counts crons.
     *
     * @param assistantId only crons of this assistant, or null
     * @param threadId only crons on this thread, or null
     * @param metadata metadata the crons must contain, or null
     * @return a future of the count
     */
    default CompletableFuture<Integer> count(String assistantId, String threadId, Map<String, ?> metadata) {
        return count(assistantId, threadId, metadata, RequestOptions.none());
    }

    /**
     * Counts crons.
     *
     * @param assistantId only crons of this assistant, or null
     * @param threadId only crons on this thread, or null
     * @param metadata metadata the crons must contain, or null
     * @param options per-call options
     * @return a future of the count
     */
    CompletableFuture<Integer> count(String assistantId, String threadId, Map<String, ?> metadata, RequestOptions options);
}
