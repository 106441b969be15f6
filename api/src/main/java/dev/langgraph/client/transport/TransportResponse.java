package dev.langgraph.client.transport;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * The head of an HTTP response and a handle on its body.
 *
 * <p>The body is a single-subscriber {@link Flow.Publisher} of byte chunks with back-pressure: the transport
 * reads from the network only as far as the subscriber has requested. Each {@link ByteBuffer} passed to
 * {@code onNext} belongs to the subscriber from then on. Cancelling the subscription aborts the exchange and
 * releases the connection; a body read to its end returns the connection to the pool.
 */
public interface TransportResponse extends AutoCloseable {

    /**
     * The HTTP status code.
     *
     * @return the status, such as 200
     */
    int status();

    /**
     * The response headers.
     *
     * @return the headers, never null
     */
    TransportHeaders headers();

    /**
     * The response body. It can be subscribed to once.
     *
     * @return the body publisher
     */
    Flow.Publisher<ByteBuffer> body();

    /**
     * Aborts the exchange if the body has not been read to its end, and releases the connection. Idempotent;
     * never throws.
     */
    @Override
    void close();
}
