package dev.langgraph.transport.vertx.internal;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** A response head with its streaming body, as {@code send} delivers it. */
public final class VertxResponse implements TransportResponse {

    private final int status;
    private final TransportHeaders headers;
    private final ResponseBodyPublisher body;
    private final Exchange exchange;

    VertxResponse(int status, TransportHeaders headers, ResponseBodyPublisher body, Exchange exchange) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.exchange = exchange;
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
     * The body publisher with its diagnostics, for tests.
     *
     * @return the publisher behind {@link #body()}
     */
    public ResponseBodyPublisher bodyPublisher() {
        return body;
    }

    /**
     * Aborts the exchange unless the network already delivered the whole body; a subscriber still reading gets
     * {@code onError} with a {@link TransportException} of kind IO. Once the body has ended on the network, its
     * connection is back in the pool and the chunks still buffered remain readable. Idempotent; never throws.
     */
    @Override
    public void close() {
        if (exchange.isResponseEnded()) {
            return; // The usual case, so it creates no exception.
        }
        TransportException closed = new TransportException(
                TransportException.Kind.IO, "The response was closed before the end of its body", null);
        if (body.failNow(closed)) {
            exchange.abort();
        }
    }

    @Override
    public String toString() {
        return "VertxResponse[" + status + " for " + exchange + "]";
    }
}
