package dev.langgraph.client.streaming;

import dev.langgraph.client.runs.RunCreateMetadata;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A non-blocking stream of {@link StreamPart}s from a run, as a {@link Flow.Publisher} with back-pressure: the
 * SDK reads from the network only as far as the subscriber has requested. The request is sent when the first
 * (and only) subscriber subscribes. Signals never arrive on a transport I/O thread. Cancelling the subscription,
 * or {@link #cancel()}, aborts the HTTP exchange.
 */
public interface AsyncRunStream extends Flow.Publisher<StreamPart> {

    /**
     * Consumes every part with a callback, as fast as it keeps up.
     *
     * @param consumer called once per part, one call at a time
     * @return a future that completes when the stream ends, or fails with the stream's error
     */
    CompletableFuture<Void> subscribe(Consumer<? super StreamPart> consumer);

    /**
     * Like {@link #subscribe(Consumer)}, calling the consumer on the given executor.
     *
     * @param consumer called once per part, one call at a time
     * @param executor where to call it
     * @return a future that completes when the stream ends, or fails with the stream's error
     */
    CompletableFuture<Void> subscribe(Consumer<? super StreamPart> consumer, Executor executor);

    /**
     * The run and thread ids, known once the response head has arrived.
     *
     * @return a future of the ids; completes with null when the server did not say
     */
    CompletableFuture<RunCreateMetadata> runMetadata();

    /** Stops the stream and aborts the HTTP exchange. Idempotent. */
    void cancel();
}
