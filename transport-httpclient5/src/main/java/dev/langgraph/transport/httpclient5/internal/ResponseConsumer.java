package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportHeaders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
 * soon as it arrives, and the body flows chunk by chunk into a {@link ResponseBodyPublisher}.
 *
 * <p>Back-pressure: HttpClient reads a response only while its input window has room. When the window is used
 * up it hands over a {@link CapacityChannel} and stops reading the socket, which tells the publisher that the
 * source paused; the publisher's {@code resume(room)} widens the window by {@code room} once the chunks waiting
 * for the subscriber have dropped below half its budget, so at most about one budget (plus the one read HttpClient
 * may force on a consumer) is ever held, however large the body and however slow the subscriber. The window is
 * never narrowed, so {@code pause()} has nothing to do: the window granted runs out by itself.
 *
 * <p>HttpClient's execution future is completed only at the end of the body, not at the head. That keeps the
 * execution cancellable while the body streams, which is how a cancelled body aborts its connection.
 */
final class ResponseConsumer implements AsyncResponseConsumer<Void> {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseConsumer.class);

    private final Exchange exchange;
    private final AtomicReference<CapacityChannel> waitingChannel = new AtomicReference<>();
    private volatile ResponseBodyPublisher body;
    private volatile FutureCallback<Void> resultCallback;

    ResponseConsumer(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void consumeResponse(
            HttpResponse response, EntityDetails entity, HttpContext context, FutureCallback<Void> callback) {
        IoThreads.markCurrent();
        this.resultCallback = callback;
        ResponseBodyPublisher publisher = exchange.newBody(new WindowSource());
        this.body = publisher;
        if (entity == null) {
            // No body at all (HEAD, 204, 304): the response is complete with its head.
            publisher.onEnd();
        }
        exchange.onHead(response.getCode(), headersOf(response), publisher);
        publisher.start();
        if (entity == null) {
            callback.completed(null);
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx responses mean nothing to the SDK; the final response follows.
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        IoThreads.markCurrent();
        ResponseBodyPublisher publisher = body;
        if (publisher != null) {
            // Stored before telling the publisher, whose resume (at once, or later from any thread) takes it.
            waitingChannel.set(capacityChannel);
            publisher.onSourcePaused();
        } else {
            // Not expected before the head; never leave HttpClient waiting for a window nobody will open.
            capacityChannel.update(ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET);
        }
    }

    @Override
    public void consume(ByteBuffer src) {
        IoThreads.markCurrent();
        // A copy: HttpClient reuses its buffer, and the subscriber owns what it receives.
        ByteBuffer copy = ByteBuffer.allocate(src.remaining());
        copy.put(src).flip();
        body.onData(copy);
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

    /** HttpClient's input window, as the body publisher steers it. */
    private final class WindowSource implements ResponseBodyPublisher.Source {
        @Override
        public void resume(int room) {
            // No channel waiting: HttpClient still has window left, and hands one over once it is used up.
            CapacityChannel channel = waitingChannel.getAndSet(null);
            if (channel == null) {
                return;
            }
            try {
                channel.update(room);
            } catch (IOException | RuntimeException e) {
                exchange.onFailure(e);
                exchange.abort();
            }
        }

        @Override
        public void pause() {
            // Nothing to do: the window granted by the last resume runs out by itself.
        }

        @Override
        public void abort() {
            exchange.abort();
        }
    }

    static TransportHeaders headersOf(HttpResponse response) {
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
