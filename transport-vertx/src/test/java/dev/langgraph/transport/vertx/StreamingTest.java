package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.transport.vertx.internal.VertxResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The body streams: chunks arrive as the server writes them, and no faster than the subscriber asks. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreamingTest {

    private static final String SSE_HEAD =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    private final VertxTransport transport = VertxTransport.create();
    private RawServer server;

    @AfterEach
    void stop() throws IOException {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachEventReachesTheSubscriberBeforeTheServerWritesTheNext() throws Exception {
        CountDownLatch firstReceived = new CountDownLatch(1);
        CountDownLatch secondReceived = new CountDownLatch(1);
        AtomicBoolean serverSawFirstReceived = new AtomicBoolean();
        AtomicBoolean serverSawSecondReceived = new AtomicBoolean();
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, SSE_HEAD);
            RawServer.writeChunk(out, "event: one\n\n");
            // The next event is written only once the client has the first: buffering would deadlock here.
            serverSawFirstReceived.set(firstReceived.await(30, TimeUnit.SECONDS));
            RawServer.writeChunk(out, "event: two\n\n");
            serverSawSecondReceived.set(secondReceived.await(30, TimeUnit.SECONDS));
            RawServer.write(out, "0\r\n\r\n");
            RawServer.awaitClientGone(in);
        });

        TransportResponse response = transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll();
        body.onChunk(chunk -> {
            if (body.text().contains("event: one")) {
                firstReceived.countDown();
            }
            if (body.text().contains("event: two")) {
                secondReceived.countDown();
            }
        });
        response.body().subscribe(body);

        body.awaitComplete();
        assertThat(serverSawFirstReceived).isTrue();
        assertThat(serverSawSecondReceived).isTrue();
        assertThat(body.text()).isEqualTo("event: one\n\nevent: two\n\n");
    }

    @Test
    void slowSubscriberOfA50MegabyteBodyKeepsTheTransportBufferSmall() throws Exception {
        long size = 50L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            socket.setSendBufferSize(64 * 1024);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            for (long offset = 0; offset < size; offset += block.length) {
                int length = (int) Math.min(block.length, size - offset);
                for (int i = 0; i < length; i++) {
                    block[i] = patternByte(offset + i);
                }
                out.write(block, 0, length);
                written.set(offset + length);
            }
            out.flush();
        });

        TransportResponse response = transport.send(Requests.get(server.uri("/large"))).get(30, TimeUnit.SECONDS);
        ResponseBodyPublisher publisher = ((VertxResponse) response).bodyPublisher();
        PatternSubscriber body = new PatternSubscriber(publisher, 2L * 1024 * 1024);
        response.body().subscribe(body);

        // The subscriber stops asking after 2 MB. The server must then stall, far short of the whole body.
        assertThat(body.paused.await(30, TimeUnit.SECONDS)).as("subscriber reached its pause").isTrue();
        awaitStable(written);
        assertThat(written.get()).as("bytes the server managed to write while the subscriber paused")
                .isLessThan(size);
        assertThat(publisher.bufferedBytes()).as("bytes buffered by the transport while paused")
                .isLessThanOrEqualTo(2L * ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET);

        body.resume();
        body.done.get(60, TimeUnit.SECONDS);
        assertThat(body.received).hasValue(size);
        assertThat(body.mismatches).hasValue(0);
        assertThat(body.maxBuffered).as("most bytes buffered by the transport at any chunk")
                .hasValueLessThanOrEqualTo(2L * ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET);
    }

    @Test
    void secondSubscriberIsRejectedWithIllegalStateException() throws Exception {
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
            RawServer.awaitClientGone(in);
        });
        TransportResponse response = transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS);
        TestSubscriber first = TestSubscriber.requestingAll();
        TestSubscriber second = TestSubscriber.requestingAll();

        response.body().subscribe(first);
        response.body().subscribe(second);

        assertThat(second.awaitError()).isInstanceOf(IllegalStateException.class);
        first.awaitComplete();
        assertThat(first.text()).isEqualTo("hello");
    }

    @Test
    void eachChunkIsAWritableCopyTheSubscriberOwns() throws Exception {
        byte[] expected = pattern(300_000);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + expected.length + "\r\n\r\n");
            out.write(expected);
            out.flush();
            RawServer.awaitClientGone(in);
        });
        TransportResponse response = transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS);
        AtomicBoolean allWritable = new AtomicBoolean(true);
        // The subscriber scribbles over every chunk after reading it; later chunks must not be affected.
        TestSubscriber body = TestSubscriber.requestingAll().onChunk(chunk -> {
            allWritable.compareAndSet(true, !chunk.isReadOnly());
            while (chunk.hasRemaining()) {
                chunk.put((byte) 0);
            }
        });
        response.body().subscribe(body);

        body.awaitComplete();
        assertThat(allWritable).isTrue();
        assertThat(body.bytes()).isEqualTo(expected);
    }

    @Test
    void blockingIsRefusedOnTheEventLoopThatDeliversChunks() throws Exception {
        CountDownLatch subscribed = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, SSE_HEAD);
            // Written after the subscription, so that the event loop delivers it rather than the subscribing thread.
            subscribed.await(30, TimeUnit.SECONDS);
            RawServer.writeChunk(out, "event: one\n\n");
            RawServer.write(out, "0\r\n\r\n");
            RawServer.awaitClientGone(in);
        });
        TransportResponse response = transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS);
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        TestSubscriber body = TestSubscriber.requestingAll().onChunk(chunk -> {
            try {
                transport.checkBlockingAllowed();
            } catch (IllegalStateException e) {
                refusal.set(e);
            }
        });
        response.body().subscribe(body);
        subscribed.countDown();

        body.awaitComplete();
        assertThat(refusal.get()).isInstanceOf(IllegalStateException.class);
        assertThatCode(transport::checkBlockingAllowed).doesNotThrowAnyException();
    }

    @Test
    void smallBodyThatEndedBeforeSubscribingIsStillDeliveredAndFreesItsConnectionAtOnce() throws Exception {
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world");
            RawServer.awaitClientGone(in);
        });
        TransportResponse response = transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS);

        Await.until("the unread body has ended and its connection is back in the pool",
                () -> transport.openExchanges() == 0 && transport.openConnections() == 1);
        TestSubscriber body = TestSubscriber.requestingAll();
        response.body().subscribe(body);

        body.awaitComplete();
        assertThat(body.text()).isEqualTo("hello world");
    }

    @Test
    void theDefaultPoolRuns256StreamsAtOnceToOneHost() throws Exception {
        int streams = VertxTransport.DEFAULT_MAX_CONNECTIONS_PER_HOST;
        AtomicInteger gone = new AtomicInteger();
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, SSE_HEAD);
            RawServer.writeChunk(out, "event: open\n\n");
            if (RawServer.awaitClientGone(in)) {
                gone.incrementAndGet();
            }
        });
        List<CompletableFuture<TransportResponse>> heads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            heads.add(transport.send(Requests.get(server.uri("/stream/" + i))));
        }
        List<TransportResponse> responses = new ArrayList<>();
        for (CompletableFuture<TransportResponse> head : heads) {
            TransportResponse response = head.get(30, TimeUnit.SECONDS);
            TestSubscriber body = TestSubscriber.requestingAll();
            response.body().subscribe(body);
            body.awaitBytes(1);
            responses.add(response);
        }

        assertThat(server.accepted()).as("connections open at once").isEqualTo(streams);
        assertThat(transport.openConnections()).isEqualTo(streams);
        responses.forEach(TransportResponse::close);
        Await.until("the server saw every stream closed", () -> gone.get() == streams,
                () -> "(" + gone.get() + " of " + streams + ")");
        Await.until("no connection is left open", () -> transport.openConnections() == 0);
    }

    static byte patternByte(long offset) {
        return (byte) (offset % 251);
    }

    /** Polls until the server's progress has not moved for a while: it is blocked on a full socket. */
    private static void awaitStable(AtomicLong progress) {
        long[] last = {-1};
        long[] stableSince = {System.nanoTime()};
        Await.until("the server stalls", () -> {
            long now = progress.get();
            if (now != last[0]) {
                last[0] = now;
                stableSince[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - stableSince[0] > Duration.ofMillis(500).toNanos();
        });
    }

    /** Asks for one chunk at a time, checks the byte pattern, and pauses once after {@code pauseAfter} bytes. */
    private static final class PatternSubscriber implements Flow.Subscriber<ByteBuffer> {
        final CountDownLatch paused = new CountDownLatch(1);
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final AtomicLong received = new AtomicLong();
        final AtomicLong mismatches = new AtomicLong();
        final AtomicLong maxBuffered = new AtomicLong();
        private final ResponseBodyPublisher publisher;
        private final long pauseAfter;
        private volatile boolean resumed;
        private volatile Flow.Subscription subscription;

        PatternSubscriber(ResponseBodyPublisher publisher, long pauseAfter) {
            this.publisher = publisher;
            this.pauseAfter = pauseAfter;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(ByteBuffer chunk) {
            maxBuffered.accumulateAndGet(publisher.bufferedBytes(), Math::max);
            long offset = received.get();
            while (chunk.hasRemaining()) {
                if (chunk.get() != patternByte(offset++)) {
                    mismatches.incrementAndGet();
                }
            }
            received.set(offset);
            if (offset >= pauseAfter && !resumed) {
                paused.countDown();
            } else {
                subscription.request(1);
            }
        }

        void resume() {
            resumed = true;
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }
}
