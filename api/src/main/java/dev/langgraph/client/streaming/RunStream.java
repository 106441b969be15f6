package dev.langgraph.client.streaming;

import dev.langgraph.client.runs.RunCreateMetadata;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * A blocking stream of {@link StreamPart}s from a run. Iterate it once, and close it: closing before the end
 * aborts the HTTP exchange and releases the connection. Use it in try-with-resources.
 *
 * <pre>{@code
 * try (RunStream stream = client.runs().stream(threadId, "agent", params)) {
 *     for (StreamPart part : stream) { ... }
 * }
 * }</pre>
 *
 * <p>Iteration throws the SDK's unchecked exceptions: {@link dev.langgraph.client.errors.StreamErrorException}
 * when the run reports an error event, {@link dev.langgraph.client.errors.ApiConnectionException} when the
 * connection breaks and cannot be resumed, {@link dev.langgraph.client.errors.ApiResponseValidationException}
 * for malformed events.
 */
public interface RunStream extends AutoCloseable, Iterable<StreamPart> {

    /**
     * The parts, read as the iterator advances. Can be called once.
     *
     * @return the iterator
     * @throws IllegalStateException if called a second time
     */
    @Override
    Iterator<StreamPart> iterator();

    /**
     * The parts as a sequential {@link Stream}; closing the {@code Stream} closes this run stream.
     *
     * @return the stream
     * @throws IllegalStateException if the parts were already iterated
     */
    Stream<StreamPart> stream();

    /**
     * The run and thread ids, from the response's {@code Content-Location}.
     *
     * @return the ids, or null when the server did not say (join streams)
     */
    RunCreateMetadata runMetadata();

    /**
     * The id of the last event received, to resume later with {@code Last-Event-ID}.
     *
     * @return the id, or null
     */
    String lastEventId();

    /** Stops reading, aborts the HTTP exchange if still open, and releases the connection. Idempotent. */
    @Override
    void close();
}
