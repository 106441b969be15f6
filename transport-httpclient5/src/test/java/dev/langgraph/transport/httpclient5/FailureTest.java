package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every failure arrives as a {@link TransportException} of the right kind, on the head future or the body. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FailureTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    private final HttpClient5Transport transport = HttpClient5Transport.create();
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
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        TransportException failure = headFailure(Requests.get(URI.create("http://127.0.0.1:" + port + "/")));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT);
        assertThat(failure.getMessage()).contains("GET http://127.0.0.1:" + port + "/");
        Await.until("nothing is leased", () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0);
    }

    @Test
    void serverThatNeverAcceptsIsConnectTimeout() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = (InetSocketAddress) full.getLocalSocketAddress();
            // Fill the accept queue of a server that never accepts; further connection attempts then hang.
            List<Socket> fillers = new ArrayList<>();
            boolean hangs = false;
            try {
                for (int i = 0; i < 16 && !hangs; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(address, 200);
                        fillers.add(filler);
                    } catch (SocketTimeoutException e) {
                        filler.close();
                        hangs = true;
                    }
                }
                Assumptions.assumeTrue(hangs, "this kernel does not let connection attempts hang on a full backlog");

                TransportException failure = headFailure(Requests.withConnectTimeout(
                        Requests.get(URI.create("http://127.0.0.1:" + address.getPort() + "/")), SHORT));

                assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT_TIMEOUT);
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void silenceBeforeTheHeadIsReadTimeout() throws Exception {
        CountDownLatch clientGone = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            if (RawServer.awaitClientGone(in)) {
                clientGone.countDown();
            }
        });

        TransportException failure = headFailure(Requests.withReadTimeout(Requests.get(server.uri("/")), SHORT));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.READ_TIMEOUT);
        assertThat(clientGone.await(30, TimeUnit.SECONDS)).as("the timed-out connection was closed").isTrue();
        Await.until("nothing is leased", () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0);
    }

    @Test
    void silenceBetweenChunksFailsTheBodyWithReadTimeout() throws Exception {
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            RawServer.writeChunk(out, "event: one\n\n");
            RawServer.awaitClientGone(in);
        });
        TransportResponse response = transport.send(Requests.withReadTimeout(Requests.get(server.uri("/")), SHORT))
                .get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll();
        response.body().subscribe(body);

        Throwable failure = body.awaitError();

        assertThat(body.text()).isEqualTo("event: one\n\n");
        assertKind(failure, TransportException.Kind.READ_TIMEOUT);
        Await.until("nothing is leased", () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0);
    }

    @Test
    void resetInTheMiddleOfTheBodyFailsTheBodyWithIo() throws Exception {
        CountDownLatch clientHasData = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100));
            clientHasData.await(30, TimeUnit.SECONDS);
            RawServer.reset(socket);
        });
        TransportResponse response = transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());
        response.body().subscribe(body);

        Throwable failure = body.awaitError();

        assertKind(failure, TransportException.Kind.IO);
        assertThat(body.byteCount()).isEqualTo(100);
        Await.until("nothing is leased", () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0);
    }

    @Test
    void connectionClosedBeforeTheEndOfTheBodyFailsTheBodyWithIo() throws Exception {
        CountDownLatch clientHasData = new CountDownLatch(1);
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100));
            clientHasData.await(30, TimeUnit.SECONDS);
            // An orderly close, 900 bytes short.
        });
        TransportResponse response = transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());
        response.body().subscribe(body);

        assertKind(body.awaitError(), TransportException.Kind.IO);
        Await.until("nothing is leased", () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0);
    }

    @Test
    void connectionClosedBeforeTheHeadIsIo() throws Exception {
        server = RawServer.start((socket, in, out) -> RawServer.readHead(in));

        TransportException failure = headFailure(Requests.get(server.uri("/")));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.IO);
    }

    @Test
    void resetBeforeTheHeadIsIo() throws Exception {
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.reset(socket);
        });

        TransportException failure = headFailure(Requests.get(server.uri("/")));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.IO);
    }

    @Test
    void garbageInsteadOfAResponseIsIo() throws Exception {
        server = RawServer.start((socket, in, out) -> {
            RawServer.readHead(in);
            RawServer.write(out, "this is not HTTP\r\n\r\n");
            RawServer.awaitClientGone(in);
        });

        TransportException failure = headFailure(Requests.get(server.uri("/")));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.IO);
    }

    @Test
    void requestsThatCannotBeSentFailTheFutureInsteadOfThrowing() {
        TransportRequest ftp = Requests.get(URI.create("ftp://127.0.0.1/file"));
        TransportRequest relative = Requests.get(URI.create("/relative"));
        TransportRequest negativeTimeout = Requests.withReadTimeout(
                Requests.get(URI.create("http://127.0.0.1:1/")), Duration.ofSeconds(-1));

        assertThat(failureOf(() -> transport.send(ftp))).isInstanceOf(IllegalArgumentException.class);
        assertThat(failureOf(() -> transport.send(relative))).isInstanceOf(IllegalArgumentException.class);
        assertThat(failureOf(() -> transport.send(negativeTimeout))).isInstanceOf(IllegalArgumentException.class);
        assertThat(failureOf(() -> transport.send(null))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sendAfterCloseFailsTheFutureInsteadOfThrowing() {
        transport.close();

        assertThat(failureOf(() -> transport.send(Requests.request("GET", URI.create("http://127.0.0.1:1/"),
                TransportHeaders.empty(), null)))).isInstanceOf(IllegalStateException.class);
    }

    private TransportException headFailure(TransportRequest request) throws Exception {
        CompletableFuture<TransportResponse> head = transport.send(request);
        Throwable failure = catchThrowable(() -> head.get(30, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class);
        assertThat(failure.getCause()).isInstanceOf(TransportException.class);
        return (TransportException) failure.getCause();
    }

    private static Throwable failureOf(Supplier<CompletableFuture<TransportResponse>> send) {
        AtomicReference<CompletableFuture<TransportResponse>> head = new AtomicReference<>();
        assertThatCode(() -> head.set(send.get())).as("send must not throw").doesNotThrowAnyException();
        Throwable failure = catchThrowable(() -> head.get().get(30, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class);
        return failure.getCause();
    }

    private static void assertKind(Throwable failure, TransportException.Kind kind) {
        assertThat(failure).isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
