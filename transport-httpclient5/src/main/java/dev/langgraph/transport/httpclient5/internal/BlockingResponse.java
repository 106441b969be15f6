package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;

/**
 * A response of the blocking path. Its body is read from the socket on the thread that requests it, inside
 * {@link Flow.Subscription#request}, one fresh chunk per demanded item; reading to the end returns the connection
 * to the pool, closing earlier discards it. Chunks are sized to the body when its length is known, so a small
 * JSON body costs one array of its own size.
 */
final class BlockingResponse implements TransportResponse, Flow.Publisher<ByteBuffer> {

    private static final int CHUNK = 16 * 1024;
    private static final int MIN_CHUNK = 1024;

    private final ClassicHttpResponse response;
    private final TransportRequest request;
    private final TransportHeaders headers;
    private final Runnable abortExchange;
    private final Runnable onEnd;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();

    BlockingResponse(ClassicHttpResponse response, TransportRequest request, Runnable abortExchange, Runnable onEnd) {
        this.response = response;
        this.request = request;
        this.headers = ResponseConsumer.headersOf(response);
        this.abortExchange = abortExchange;
        this.onEnd = onEnd;
    }

    @Override
    public int status() {
        return response.getCode();
    }

    @Override
    public TransportHeaders headers() {
        return headers;
    }

    @Override
    public Flow.Publisher<ByteBuffer> body() {
        return this;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        if (!subscribed.compareAndSet(false, true)) {
            ResponseBodyPublisher.refuseSubscriber(subscriber, "The body has already been subscribed to");
            return;
        }
        subscriber.onSubscribe(new Reader(subscriber));
    }

    /** Aborts the exchange unless the body was read to its end; a reader then fails. Idempotent. */
    @Override
    public void close() {
        end(false);
    }

    private void end(boolean complete) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!complete) {
                // Closing the body stream alone would read it to its end to keep the connection: drop it instead.
                abortExchange.run();
            }
            response.close(); // after the end of the body, the connection is already back in the pool
        } catch (IOException e) {
            // Nothing to tell anyone: the exchange is over either way.
        } finally {
            onEnd.run();
        }
    }

    @Override
    public String toString() {
        return "BlockingResponse[" + response.getCode() + " for " + request + "]";
    }

    /** Reads on demand; a {@code request} made from inside {@code onNext} only adds demand (no recursion). */
    private final class Reader implements Flow.Subscription {
        private final Flow.Subscriber<? super ByteBuffer> subscriber;
        private long demand;
        private boolean reading;
        private boolean done;
        private InputStream in;
        /** Bytes still to come when the length is known, -1 when not; set at the first read. */
        private long remaining = -2;
        /** An array read into that came back empty (the end), or null: the next read uses it. */
        private byte[] spare;
        private int lastRead = CHUNK;

        Reader(Flow.Subscriber<? super ByteBuffer> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            synchronized (this) {
                if (done) {
                    return;
                }
                if (n <= 0) {
                    done = true;
                } else {
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                    if (reading) {
                        return;
                    }
                    reading = true;
                }
            }
            if (n <= 0) {
                end(false);
                subscriber.onError(new IllegalArgumentException("Demand must be positive, was " + n));
                return;
            }
            readWhileDemanded();
        }

        private void readWhileDemanded() {
            while (true) {
                synchronized (this) {
                    if (done || demand == 0) {
                        reading = false;
                        return;
                    }
                    demand--;
                }
                byte[] chunk;
                int read;
                try {
                    InputStream stream = stream();
                    if (remaining == 0) {
                        // All announced bytes are in: this read only meets the end, which releases the connection.
                        chunk = null;
                        read = stream.read() < 0 ? -1 : 0;
                    } else {
                        chunk = nextArray();
                        read = stream.read(chunk);
                    }
                } catch (IOException | RuntimeException e) {
                    finish();
                    boolean aborted = ended.get();
                    end(false);
                    subscriber.onError(aborted
                            ? new TransportException(TransportException.Kind.IO,
                                    "The response was closed before the end of its body", e)
                            : FailureMapper.map(e, request));
                    return;
                }
                if (read < 0) {
                    finish();
                    end(true);
                    subscriber.onComplete();
                    return;
                }
                if (read == 0) {
                    spare = chunk;
                    synchronized (this) {
                        demand++; // nothing was delivered for this unit of demand
                    }
                    continue;
                }
                if (remaining > 0) {
                    remaining -= read;
                }
                lastRead = read;
                subscriber.onNext(ByteBuffer.wrap(chunk, 0, read));
            }
        }

        private InputStream stream() throws IOException {
            if (in == null) {
                HttpEntity entity = response.getEntity();
                in = entity == null ? InputStream.nullInputStream() : entity.getContent();
                remaining = entity == null ? 0 : entity.getContentLength();
            }
            return in;
        }

        /** A fresh array for the next read: delivered chunks are never reused. */
        private byte[] nextArray() {
            if (spare != null) {
                byte[] reuse = spare;
                spare = null;
                return reuse;
            }
            long size = remaining > 0 ? remaining : Math.max(MIN_CHUNK, (long) lastRead * 2);
            return new byte[(int) Math.min(CHUNK, size)];
        }

        private synchronized void finish() {
            done = true;
            reading = false;
        }

        @Override
        public void cancel() {
            synchronized (this) {
                if (done) {
                    return;
                }
                done = true;
            }
            end(false);
        }
    }
}
