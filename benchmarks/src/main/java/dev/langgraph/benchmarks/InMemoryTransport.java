package dev.langgraph.benchmarks;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A transport that answers every request with one recorded SSE stream held in memory, cut into fixed-size heap
 * chunks, as a socket read would deliver them. Lets the decode benchmark measure the SDK's public streaming path
 * ({@code client.runs().stream(...)}) without any network or I/O thread.
 */
final class InMemoryTransport implements HttpTransport {

    private static final TransportHeaders HEADERS = TransportHeaders.builder()
            .add("Content-Type", "text/event-stream; charset=utf-8")
            .add("Content-Location", "/threads/" + Streams.THREAD_ID + "/runs/" + Streams.RUN_ID)
            .build();

    private final byte[] stream;
    private final int chunkSize;

    InMemoryTransport(byte[] stream, int chunkSize) {
        this.stream = stream;
        this.chunkSize = chunkSize;
    }

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return CompletableFuture.completedFuture(new Response());
    }

    @Override
    public void close() {
    }

    private final class Response implements TransportResponse, Flow.Publisher<ByteBuffer> {

        @Override
        public int status() {
            return 200;
        }

        @Override
        public TransportHeaders headers() {
            return HEADERS;
        }

        @Override
        public Flow.Publisher<ByteBuffer> body() {
            return this;
        }

        @Override
        public void close() {
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                private int position;
                private long demand;
                private boolean emitting;
                private boolean done;

                @Override
                public void request(long n) {
                    demand += n;
                    if (emitting) {
                        return;
                    }
                    emitting = true;
                    while (demand > 0 && !done) {
                        if (position >= stream.length) {
                            done = true;
                            subscriber.onComplete();
                            break;
                        }
                        int len = Math.min(chunkSize, stream.length - position);
                        ByteBuffer chunk = ByteBuffer.wrap(stream, position, len).slice();
                        position += len;
                        demand--;
                        subscriber.onNext(chunk);
                    }
                    emitting = false;
                }

                @Override
                public void cancel() {
                    done = true;
                }
            });
        }
    }
}
