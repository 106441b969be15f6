package dev.langgraph.conformance.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.RawServer;
import dev.langgraph.testkit.tck.Requests;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How an adapter streams a body, beyond the TCK, checked through its package-private hooks: what its body
 * publisher buffers, which error a second subscriber gets, that chunks are writable copies, that the thread which
 * delivers chunks refuses to block, and that a body which ended unread frees its connection at once. Each adapter
 * has a thin subclass in its own package that supplies the hooks.
 *
 * @param <T> the adapter's transport type
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class AdapterStreamingContract<T extends HttpTransport> {

    /** The head of a chunked event stream. */
    protected static final String SSE_HEAD =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    /** The transport of the current test. */
    protected T transport;
    /** The server of the current test, if it started one; closed after the test. */
    protected RawServer server;

    /** Creates a new transport with the adapter's defaults; called before each test. */
    protected abstract T createTransport();

    /** The body publisher behind a response of this adapter, to read how many bytes it buffers. */
    protected abstract ResponseBodyPublisher bodyPublisher(TransportResponse response);

    /**
     * Calls the adapter's check that blocking is allowed on the current thread.
     *
     * @throws IllegalStateException if the current thread must not block
     */
    protected abstract void checkBlockingAllowed();

    /** Whether the adapter holds exactly one connection, idle, and no exchange or connection is in use. */
    protected abstract boolean oneIdleConnectionAndNothingInUse();

    @BeforeEach
    void createTransportUnderTest() {
        transport = createTransport();
    }

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
    public void slowSubscriberOfA50MegabyteBodyKeepsThePublisherBufferWithinTwoBudgets() {
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
        ResponseBodyPublisher publisher = bodyPublisher(response);
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
        Await.untilStable(written::get, "the server stalls");
        assertThat(publisher.bufferedBytes()).as("bytes buffered by the publisher while the subscriber paused")
                .isLessThanOrEqualTo(bound);
        body.resume();
        body.awaitComplete(Duration.ofMinutes(1));
        assertThat(maxBuffered).as("most bytes buffered by the publisher at any chunk")
                .hasValueLessThanOrEqualTo(bound);
    }

    /** A second subscriber to one body gets {@link IllegalStateException}; the first still reads it all. */
    @Test
    public void secondSubscriberIsRejectedWithIllegalStateException() {
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

    /** Every chunk is writable, and scribbling over it does not change the chunks that follow. */
    @Test
    public void eachChunkIsAWritableCopyTheSubscriberOwns() {
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

    /** A body that ended before anyone subscribed gives its connection back to the pool without being read. */
    @Test
    public void smallBodyThatEndedBeforeSubscribingFreesItsConnectionAtOnce() {
        server = RawServer.start(c -> {
            c.readHead();
            c.respond(200, "", "hello world");
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/"))), "the head");

        Await.until("the unread body has ended and its connection is back in the pool",
                this::oneIdleConnectionAndNothingInUse);
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);

        body.awaitComplete();
    }

    /**
     * Checks that {@link #checkBlockingAllowed()} refuses on the adapter's thread that delivers a chunk written
     * after the subscription; subclasses call it from a test named after that thread.
     */
    protected final void assertBlockingIsRefusedOnTheThreadThatDeliversChunks() {
        CountDownLatch subscribed = new CountDownLatch(1);
        server = RawServer.start(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            // Written after the subscription, so that the adapter's thread delivers it rather than the subscribing one.
            Await.quietly(subscribed);
            c.writeChunk("event: one\n\n");
            c.endChunks();
            c.awaitClientGone();
        });
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/"))), "the head");
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> {
            try {
                checkBlockingAllowed();
            } catch (IllegalStateException e) {
                refusal.set(e);
            }
        });
        response.body().subscribe(body);
        subscribed.countDown();

        body.awaitComplete();
        assertThat(refusal.get()).isInstanceOf(IllegalStateException.class);
    }
}
