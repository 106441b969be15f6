package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.PublishedResponse;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.RawServer;
import dev.langgraph.testkit.tck.Requests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Back-pressure holds on a chunked (SSE) body written as fast as the server can: what the transport buffers stays
 * bounded while the subscriber does not ask, and while it asks one chunk at a time. A regression test for a
 * {@code -Xmx64m} benchmark that ran out of memory on a 1 GB event stream.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BackPressureTest {

    /** Far above what the transport may hold (a couple of windows), far below the body. */
    private static final long BOUND = 1024 * 1024;
    private static final long BODY_SIZE = 300L * 1024 * 1024;

    private final HttpClient5Transport transport = HttpClient5Transport.create();
    private RawServer server;

    @AfterEach
    void stop() {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void chunkedBodyWrittenAsFastAsPossibleIsBufferedBoundedlyForAOneChunkAtATimeSubscriber() {
        AtomicLong written = new AtomicLong();
        server = RawServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
            writeEvents(c.out, written);
            c.endChunks();
            c.awaitClientGone();
        });

        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/events"))), "the head");
        ResponseBodyPublisher publisher = ((PublishedResponse) response).bodyPublisher();
        AtomicLong maxBufferedSeen = new AtomicLong();
        CountDownLatch paused = new CountDownLatch(1);
        BodySubscriber body = BodySubscriber.oneAtATimeDiscarding();
        body.onChunk(chunk -> {
            maxBufferedSeen.accumulateAndGet(publisher.bufferedBytes(), Math::max);
            if (body.byteCount() >= 1024 * 1024 && paused.getCount() > 0) {
                body.pause();
                paused.countDown();
            }
        });
        response.body().subscribe(body);

        // The subscriber stops asking after 1 MB: the server must then block on a full socket, long before the
        // transport holds more than the bound (without back-pressure it reads on until the body ends).
        Await.latch(paused, "the subscriber read 1 MB and paused");
        awaitStalledOrOverBound(written, publisher);
        assertThat(publisher.maxBufferedBytes()).as("most bytes buffered by the transport (server wrote %d)",
                written.get()).isLessThanOrEqualTo(BOUND);
        assertThat(written.get()).as("bytes the server wrote while the subscriber paused").isLessThan(BODY_SIZE);

        // Now one chunk at a time to the end: the buffer stays bounded all along.
        body.resume();
        body.awaitComplete(Duration.ofMinutes(2));
        assertThat(body.byteCount()).isEqualTo(BODY_SIZE);
        assertThat(maxBufferedSeen).as("most bytes buffered when a chunk was delivered")
                .hasValueLessThanOrEqualTo(BOUND);
        assertThat(publisher.maxBufferedBytes()).as("most bytes ever buffered by the transport")
                .isLessThanOrEqualTo(BOUND);
    }

    /**
     * SSE events of varying size, each its own HTTP chunk, packed into large socket writes so that chunk
     * boundaries fall anywhere in HttpCore's read buffer. The last chunk is left to the caller.
     */
    private static void writeEvents(OutputStream out, AtomicLong written) throws IOException {
        byte[] block = new byte[256 * 1024];
        long sent = 0;
        int event = 0;
        while (sent < BODY_SIZE) {
            int at = 0;
            while (sent < BODY_SIZE) {
                int size = (int) Math.min(200 + (event * 37) % 1800, BODY_SIZE - sent);
                byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                if (at + head.length + size + 2 > block.length) {
                    break;
                }
                System.arraycopy(head, 0, block, at, head.length);
                at += head.length;
                Arrays.fill(block, at, at + size, (byte) 'x');
                if (size >= 8) {
                    block[at] = 'd';
                    block[at + size - 2] = '\n';
                    block[at + size - 1] = '\n';
                }
                at += size;
                block[at++] = '\r';
                block[at++] = '\n';
                sent += size;
                event++;
            }
            out.write(block, 0, at);
            written.set(sent);
        }
    }

    /** Polls until the server's progress stops moving (it is blocked on a full socket) or the bound is broken. */
    private static void awaitStalledOrOverBound(AtomicLong progress, ResponseBodyPublisher publisher) {
        long[] last = {-1};
        long[] stableSince = {System.nanoTime()};
        Await.until("the server stalls or the transport buffers more than " + BOUND + " bytes", () -> {
            if (publisher.maxBufferedBytes() > BOUND || progress.get() >= BODY_SIZE) {
                return true;
            }
            long now = progress.get();
            if (now != last[0]) {
                last[0] = now;
                stableSince[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - stableSince[0] > Duration.ofMillis(500).toNanos();
        }, () -> "(server wrote " + progress.get() + ", buffered " + publisher.bufferedBytes() + ")");
    }
}
