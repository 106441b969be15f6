package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.TransportHeaders;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one response from HttpClient without buffering it: the head is handed to the {@link Exchange} as
 * soon as it arrives, and the body flows chunk by chunk into a {@link BodyPublisher}.
 *
 * <p>HttpClient's execution future is completed only at the end of the body, not at the head. That keeps the
 * execution cancellable while the body streams, which is how a cancelled body aborts its connection.
 */
final class ResponseConsumer implements AsyncResponseConsumer<Void> {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseConsumer.class);

    private final Exchange exchange;
    private volatile BodyPublisher body;
    private volatile FutureCallback<Void> resultCallback;

    ResponseConsumer(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void consumeResponse(
            HttpResponse response, EntityDetails entity, HttpContext context, FutureCallback<Void> callback) {
        IoThreads.markCurrent();
        this.resultCallback = callback;
        BodyPublisher publisher = exchange.newBody();
        this.body = publisher;
        if (entity == null) {
            // No body at all (HEAD, 204, 304): the response is complete with its head.
            publisher.onEnd();
        }
        exchange.onHead(response.getCode(), headersOf(response), publisher);
        if (entity == null) {
            callback.completed(null);
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx responses mean nothing to the SDK; the final response follows.
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws java.io.IOException {
        IoThreads.markCurrent();
        BodyPublisher publisher = body;
        if (publisher != null) {
            publisher.onCapacityChannel(capacityChannel);
        } else {
            // Not expected before the head; never leave HttpClient waiting for a window nobody will open.
            capacityChannel.update(BodyPublisher.BUFFER_BUDGET);
        }
    }

    @Override
    public void consume(ByteBuffer src) {
        IoThreads.markCurrent();
        body.onData(src);
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        IoThreads.markCurrent();
        body.onEnd();
        FutureCallback<Void> callback = resultCallback;
        if (callback != null) {
            callback.completed(null);
        }
    }

    @Override
    public void failed(Exception cause) {
        exchange.onFailure(cause);
    }

    @Override
    public void releaseResources() {
        // Nothing held: the body publisher lives as long as its subscriber needs it.
    }

    private static TransportHeaders headersOf(HttpResponse response) {
        TransportHeaders.Builder headers = TransportHeaders.builder();
        for (Header header : response.getHeaders()) {
            try {
                headers.add(header.getName(), header.getValue() == null ? "" : header.getValue());
            } catch (IllegalArgumentException e) {
                // One malformed header from a server should not fail a response the SDK may still use.
                LOG.debug("Ignoring invalid response header {}", header.getName(), e);
            }
        }
        return headers.build();
    }
}
