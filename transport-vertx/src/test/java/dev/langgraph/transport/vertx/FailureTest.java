package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportException.Kind;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.transport.vertx.internal.VertxResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every fault ends in a {@link TransportException} of the right kind: on the {@code send} future before the head,
 * on the body subscriber after it. A body never ends silently when its connection breaks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FailureTest {

    private static final String SSE_HEAD =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    private final AtomicInteger clientsGone = new AtomicInteger();
    private VertxTransport transport = VertxTransport.create();
    private RawServer server;

    @AfterEach
    void stop() throws IOException {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void refusedConnectionIsConnect() throws Exception {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        assertFailsWith(Kind.CONNECT, () -> transport.send(Requests.get(closedPort)).get(30, TimeUnit.SECONDS));
        assertThat(transport.openExchanges()).isZero();
    }

    @Test
    void noFreePooledConnectionWithinTheConnectTimeoutIsConnectTimeout() throws Exception {
        transport.close();
        transport = VertxTransport.builder().maxConnectionsPerHost(1).build();
        AtomicInteger received = new AtomicInteger();
        server = startServer(out -> received.incrementAndGet());
        CompletableFuture<TransportResponse> holding = transport.send(Requests.get(server.uri("/hang")));
        Await.until("the only connection is in use", () -> received.get() == 1);

        assertFailsWith(Kind.CONNECT_TIMEOUT, () -> transport.send(
                Requests.withConnectTimeout(Requests.get(server.uri("/second")), Duration.ofMillis(200)))
                .get(30, TimeUnit.SECONDS));
        holding.cancel(true);
    }

    @Test
    void noHeadWithinTheReadTimeoutIsReadTimeoutAndClosesTheConnection() throws Exception {
        server = startServer(out -> { });

        assertFailsWith(Kind.READ_TIMEOUT, () -> transport.send(
                Requests.withReadTimeout(Requests.get(server.uri("/hang")), Duration.ofMillis(300)))
                .get(30, TimeUnit.SECONDS));
        awaitClientsGone(1);
    }

    @Test
    void silenceInTheMiddleOfTheBodyIsReadTimeoutOnTheSubscriber() throws Exception {
        server = startServer(out -> {
            RawServer.write(out, SSE_HEAD);
            RawServer.writeChunk(out, "event: one\n\n");
        });
        TransportResponse response = transport.send(
                Requests.withReadTimeout(Requests.get(server.uri("/stream")), Duration.ofMillis(300)))
                .get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll();
        response.body().subscribe(body);

        assertThat(body.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.READ_TIMEOUT));
        assertThat(body.text()).isEqualTo("event: one\n\n");
        awaitClientsGone(1);
    }

    @Test
    void aSubscriberPausingLongerThanTheReadTimeoutIsNoTimeout() throws Exception {
        long size = 4L * 1024 * 1024;
        Duration readTimeout = Duration.ofMillis(500);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
            out.flush();
            RawServer.awaitClientGone(in);
        });
        TransportResponse response = transport.send(Requests.withReadTimeout(Requests.get(server.uri("/large")),
                readTimeout)).get(30, TimeUnit.SECONDS);
        ResponseBodyPublisher publisher = ((VertxResponse) response).bodyPublisher();
        TestSubscriber body = TestSubscriber.requesting(1);
        response.body().subscribe(body);
        Await.until("the transport buffer is full, so the response is paused",
                () -> publisher.bufferedBytes() >= ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET);

        // The scenario itself, not a wait for state: the subscriber holds back for several read timeouts.
        Await.pause(3 * readTimeout.toMillis());
        assertThat(body.isDone()).as("the body failed while its subscriber held back").isFalse();
        body.request(Long.MAX_VALUE);

        body.awaitComplete();
        assertThat(body.byteCount()).isEqualTo(size);
    }

    @Test
    void resetInTheMiddleOfTheBodyIsIoOnTheSubscriber() throws Exception {
        CountDownLatch firstBytesReceived = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            out.write(new byte[1000]);
            out.flush();
            firstBytesReceived.await(30, TimeUnit.SECONDS);
            RawServer.reset(socket);
        });
        TestSubscriber body = subscribe(server.uri("/reset"), firstBytesReceived);

        assertThat(body.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.IO));
    }

    @Test
    void connectionClosedBeforeTheContentLengthIsIoOnTheSubscriber() throws Exception {
        CountDownLatch firstBytesReceived = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            out.write(new byte[1000]);
            out.flush();
            firstBytesReceived.await(30, TimeUnit.SECONDS);
            // An orderly close, short of the announced length.
        });
        TestSubscriber body = subscribe(server.uri("/short"), firstBytesReceived);

        assertThat(body.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.IO));
    }

    @Test
    void serverDyingInTheMiddleOfAnEventStreamIsIoNotASilentEnd() throws Exception {
        CountDownLatch firstBytesReceived = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, SSE_HEAD);
            RawServer.writeChunk(out, "event: one\n\n");
            firstBytesReceived.await(30, TimeUnit.SECONDS);
            // Closed without the last chunk: the stream is cut, not ended.
        });
        TestSubscriber body = subscribe(server.uri("/stream"), firstBytesReceived);

        assertThat(body.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.IO));
        assertThat(body.text()).isEqualTo("event: one\n\n");
    }

    @Test
    void resetBeforeTheHeadIsIoOnTheFuture() throws Exception {
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.reset(socket);
        });

        assertFailsWith(Kind.IO, () -> transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS));
    }

    @Test
    void keepAliveReusesOneConnectionForSequentialRequests() throws Exception {
        try (JdkServer jdk = JdkServer.start().handle("/ok", (exchange, request) ->
                JdkServer.respond(exchange, 200, "ok".getBytes(), Map.of()))) {
            for (int i = 0; i < 20; i++) {
                TestSubscriber body = TestSubscriber.requestingAll();
                transport.send(Requests.get(jdk.uri("/ok"))).get(30, TimeUnit.SECONDS).body().subscribe(body);
                body.awaitComplete();
                assertThat(body.text()).isEqualTo("ok");
            }

            assertThat(jdk.received()).extracting(JdkServer.Received::clientPort).hasSize(20).containsOnly(
                    jdk.received().get(0).clientPort());
            assertThat(transport.openConnections()).isEqualTo(1);
        }
    }

    /** A server that reads a request head, lets {@code script} write, then waits for the client to go away. */
    private RawServer startServer(ThrowingConsumer script) {
        return RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            script.accept(out);
            if (RawServer.awaitClientGone(in)) {
                clientsGone.incrementAndGet();
            }
        });
    }

    private TestSubscriber subscribe(URI uri, CountDownLatch firstBytesReceived) throws Exception {
        TransportResponse response = transport.send(Requests.get(uri)).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll().onChunk(chunk -> firstBytesReceived.countDown());
        response.body().subscribe(body);
        return body;
    }

    private void awaitClientsGone(int expected) {
        Await.until("the server saw the client go away", () -> clientsGone.get() >= expected);
    }

    private static void assertFailsWith(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    /** Writes part of a scripted response. */
    private interface ThrowingConsumer {
        void accept(OutputStream out) throws Exception;
    }
}
