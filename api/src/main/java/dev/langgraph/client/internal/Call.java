package dev.langgraph.client.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A prepared API call that can run blocking or asynchronously: resource operations are written once as calls,
 * and the sync and async clients only choose how to run them.
 *
 * @param <T> the decoded result type
 */
public final class Call<T> {

    private final HttpPipeline pipeline;
    private final ApiRequest request;
    private final Function<HttpResult, T> decoder;

    /**
     * Prepares a call.
     *
     * @param pipeline the client's pipeline
     * @param request the request
     * @param decoder turns the successful response into the result
     */
    public Call(HttpPipeline pipeline, ApiRequest request, Function<HttpResult, T> decoder) {
        this.pipeline = pipeline;
        this.request = request;
        this.decoder = decoder;
    }

    /**
     * Runs the call on the calling thread, through the transport's blocking path.
     *
     * @return the result
     * @throws RuntimeException the SDK's typed exception for the failure
     */
    public T execute() {
        pipeline.config().transport().checkBlockingAllowed();
        return decoder.apply(pipeline.callBlocking(request));
    }

    /**
     * Runs the call without blocking; the future completes on the client's completion executor.
     *
     * @return the future result; cancelling it aborts the exchange
     */
    public CompletableFuture<T> executeAsync() {
        return Futures.completeOn(pipeline.call(request).thenApply(decoder), pipeline.config().completionExecutor());
    }
}
