package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.RawServer;
import dev.langgraph.testkit.tck.Requests;
import dev.langgraph.transport.vertx.internal.VertxResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How this adapter streams a body, beyond the TCK: what its body publisher buffers, which error a second
 * subscriber gets, that chunks are writable copies, that its event loops refuse to block, that a body which ended
 * unread frees its connection at once, and that its default pool opens 256 streams at once.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreamingTest {

    private static final String SSE_HEAD =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    private final VertxTransport transport = VertxTransport.create();
    private RawServer server;

    @AfterEach
    void stop() {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    /**
     * A subscriber that reads a 50 MB body one chunk at a time and pauses after 2 MB: the body publisher never
     * holds more than two buffer budgets, neither while the subscriber pauses nor at any chunk.
     */
    @Test
    void slowSubscriberOfA50MegabyteBodyKeepsThePublisherBufferWithinTwoBudgets() {
        long size = 50L * 1024 * 1024;
        long pauseAt = 2L * 1024 * 1024;
        long bound = 2L * ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET;
        AtomicLong written = new AtomicLong();
        server = RawServer.start(c -> {
            c.readHead();
            c.socket.setSendBufferSize(64 * 1024);
            c.write("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            for (long offset = 0; offset < size; offset += block.length) {
                int length = (int) Math.min(block.length, size - offset);
                c.out.write(block, 0, length);
                written.set(offset + length);
            }
            c.out.flush();
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/large"))), "the head");
        ResponseBodyPublisher publisher = ((VertxResponse) response).bodyPublisher();
        AtomicLong maxBuffered = new AtomicLong();
        CountDownLatch paused = new CountDownLatch(1);
        BodySubscriber body = BodySubscriber.oneAtATimeDiscarding();
        body.onChunk(chunk -> {
            maxBuffered.accumulateAndGet(publisher.bufferedBytes(), Math::max);
            if (body.byteCount() >= pauseAt && paused.getCount() > 0) {
                body.pause();
                paused.countDown();
            }
        });

        response.body().subscribe(body);

        Await.latch(paused, "the subscriber read " + pauseAt + " bytes and paused");
        awaitStable(written);
        assertThat(publisher.bufferedBytes()).as("bytes buffered by the publisher while the subscriber paused")
                .isLessThanOrEqualTo(bound);
        body.resume();
        body.awaitComplete(Duration.ofMinutes(1));
        assertThat(maxBuffered).as("most bytes buffered by the publisher at any chunk")
                .hasValueLessThanOrEqualTo(bound);
    }

    @Test
    void secondSubscriberIsRejectedWithIllegalStateException() {
        server = RawServer.start(c -> {
            c.readHead();
            c.respond(200, "", "hello");
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/"))), "the head");
        BodySubscriber first = BodySubscriber.requestingAll();
        BodySubscriber second = BodySubscriber.requestingAll();

        response.body().subscribe(first);
        response.body().subscribe(second);

        assertThat(second.awaitError()).isInstanceOf(IllegalStateException.class);
        first.awaitComplete();
    }

    @Test
    void eachChunkIsAWritableCopyTheSubscriberOwns() {
        byte[] expected = Checks.pattern(300_000);
        server = RawServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: " + expected.length + "\r\n\r\n");
            c.out.write(expected);
            c.out.flush();
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/"))), "the head");
        AtomicBoolean allWritable = new AtomicBoolean(true);
        // The subscriber scribbles over every chunk after reading it; later chunks must not be affected.
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> {
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
    void blockingIsRefusedOnTheEventLoopThatDeliversChunks() {
        CountDownLatch subscribed = new CountDownLatch(1);
        server = RawServer.start(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            // Written after the subscription, so that the event loop delivers it rather than the subscribing thread.
            Await.quietly(subscribed);
            c.writeChunk("event: one\n\n");
            c.endChunks();
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/"))), "the head");
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> {
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
    }

    @Test
    void smallBodyThatEndedBeforeSubscribingFreesItsConnectionAtOnce() {
        server = RawServer.start(c -> {
            c.readHead();
            c.respond(200, "", "hello world");
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/"))), "the head");

        Await.until("the unread body has ended and its connection is back in the pool",
                () -> transport.openExchanges() == 0 && transport.openConnections() == 1);
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);

        body.awaitComplete();
    }

    /**
     * The default pool opens {@value VertxTransport#DEFAULT_MAX_CONNECTIONS_PER_HOST} streams to one host at once,
     * one connection each, and closing the streams closes every connection.
     */
    @Test
    void theDefaultPoolRuns256StreamsAtOnceToOneHost() {
        int streams = VertxTransport.DEFAULT_MAX_CONNECTIONS_PER_HOST;
        AtomicInteger gone = new AtomicInteger();
        server = RawServer.start(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            c.writeChunk("event: open\n\n");
            if (c.awaitClientGone()) {
                gone.incrementAndGet();
            }
        });
        List<CompletableFuture<TransportResponse>> heads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            heads.add(transport.send(Requests.get(server.uri("/stream/" + i))));
        }
        List<TransportResponse> responses = new ArrayList<>();
        for (CompletableFuture<TransportResponse> head : heads) {
            TransportResponse response = Await.value(head, "a stream's head");
            BodySubscriber body = BodySubscriber.requestingAll();
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

    /** Polls until the server's progress has not moved for half a second: it is blocked on a full socket. */
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
        }, () -> "(written " + progress.get() + ")");
    }
}
