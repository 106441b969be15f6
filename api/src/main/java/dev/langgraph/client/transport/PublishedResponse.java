package dev.langgraph.client.transport;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.BooleanSupplier;

/**
 * A response whose body an adapter feeds through a {@link ResponseBodyPublisher}: what an adapter's
 * {@link HttpTransport#send} completes with. Closing it before the body has ended on the network fails a reader
 * with {@link TransportException.Kind#IO} and aborts the exchange; after the end it does nothing, so the chunks
 * still buffered stay readable and the connection stays in its pool.
 */
public final class PublishedResponse implements TransportResponse {

    private final int status;
    private final TransportHeaders headers;
    private final ResponseBodyPublisher body;
    private final BooleanSupplier bodyEnded;
    private final Runnable abort;
    private final String description;

    /**
     * Creates the response.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the publisher the adapter feeds
     * @param bodyEnded whether the whole body has arrived from the network (read from any thread)
     * @param abort aborts the exchange and drops its connection; called at most once, from any thread
     * @param description names the exchange in {@link #toString()}, e.g. the adapter and the request
     * @throws NullPointerException if an argument is null
     */
    public PublishedResponse(int status, TransportHeaders headers, ResponseBodyPublisher body,
            BooleanSupplier bodyEnded, Runnable abort, String description) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        this.bodyEnded = Objects.requireNonNull(bodyEnded, "bodyEnded");
        this.abort = Objects.requireNonNull(abort, "abort");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public TransportHeaders headers() {
        return headers;
    }

    @Override
    public Flow.Publisher<ByteBuffer> body() {
        return body;
    }

    /**
     * The publisher behind {@link #body()}, with its buffering diagnostics (for tests).
     *
     * @return the publisher
     */
    public ResponseBodyPublisher bodyPublisher() {
        return body;
    }

    /**
     * Aborts the exchange unless the network already delivered the whole body; a subscriber still reading gets
     * {@code onError} with a {@link TransportException} of kind IO. Idempotent; never throws.
     */
    @Override
    public void close() {
        if (bodyEnded.getAsBoolean()) {
            return; // The usual case, so it creates no exception.
        }
        TransportException closed = new TransportException(
                TransportException.Kind.IO, "The response was closed before the end of its body", null);
        if (body.failNow(closed)) {
            abort.run();
        }
    }

    /** Names the status and the exchange. */
    @Override
    public String toString() {
        return "PublishedResponse[" + status + " for " + description + "]";
    }
}
