package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.RawServer;
import dev.langgraph.testkit.tck.Requests;
import dev.langgraph.testkit.tck.StreamServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the TCK's failure tests cannot see: a failed exchange leaves no connection leased, the CONNECT error names
 * the request, and requests that cannot be sent fail with the exception type that says why.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FailureTest {

    /** Short enough to wait for, long enough that what the server writes at once arrives in time when loaded. */
    private static final Duration SHORT = Duration.ofSeconds(1);

    private final HttpClient5Transport transport = HttpClient5Transport.create();
    private AutoCloseable server;

    @AfterEach
    void stop() throws Exception {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void refusedConnectionNamesTheRequestAndLeavesNothingLeased() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        TransportException failure = Checks.transportException(Await.failure(
                transport.send(Requests.get(URI.create("http://127.0.0.1:" + port + "/"))), "the refused request"),
                TransportException.Kind.CONNECT, "the head future");

        assertThat(failure.getMessage()).contains("GET http://127.0.0.1:" + port + "/");
        awaitNothingLeased();
    }

    @Test
    void silenceBeforeTheHeadLeavesNothingLeased() {
        StreamServer hanging = StreamServer.start();
        server = hanging;

        Checks.transportException(Await.failure(transport.send(
                Requests.withReadTimeout(Requests.get(hanging.uri("/hang")), SHORT)), "the silent request"),
                TransportException.Kind.READ_TIMEOUT, "the head future");

        hanging.awaitClientsGone(1);
        awaitNothingLeased();
    }

    @Test
    void silenceBetweenChunksLeavesNothingLeased() {
        StreamServer stalling = StreamServer.start();
        server = stalling;
        TransportResponse response = Await.value(transport.send(
                Requests.withReadTimeout(Requests.get(stalling.uri("/stream")), SHORT)), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.READ_TIMEOUT);

        awaitNothingLeased();
    }

    @Test
    void resetInTheMiddleOfTheBodyDeliversWhatArrivedAndLeavesNothingLeased() {
        CountDownLatch clientHasData = new CountDownLatch(1);
        RawServer resetting = RawServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100));
            Await.quietly(clientHasData);
            c.reset();
        });
        server = resetting;
        TransportResponse response = Await.value(transport.send(Requests.get(resetting.uri("/"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());
        response.body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.IO);

        assertThat(body.byteCount()).isEqualTo(100);
        awaitNothingLeased();
    }

    @Test
    void connectionClosedBeforeTheEndOfTheBodyLeavesNothingLeased() {
        CountDownLatch clientHasData = new CountDownLatch(1);
        RawServer truncating = RawServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100));
            // An orderly close, 900 bytes short.
            Await.quietly(clientHasData);
        });
        server = truncating;
        TransportResponse response = Await.value(transport.send(Requests.get(truncating.uri("/"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());
        response.body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.IO);

        awaitNothingLeased();
    }

    @Test
    void requestsThatCannotBeSentFailTheFutureWithTheReason() {
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
    void sendAfterCloseFailsTheFutureWithIllegalState() {
        transport.close();

        assertThat(failureOf(() -> transport.send(Requests.request("GET", URI.create("http://127.0.0.1:1/"),
                TransportHeaders.empty(), null)))).isInstanceOf(IllegalStateException.class);
    }

    private void awaitNothingLeased() {
        Await.until("no connection is leased and no exchange open",
                () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0,
                () -> "(leased " + transport.leasedConnections() + ", open " + transport.openExchanges() + ")");
    }

    private static Throwable failureOf(Supplier<CompletableFuture<TransportResponse>> send) {
        AtomicReference<CompletableFuture<TransportResponse>> head = new AtomicReference<>();
        assertThatCode(() -> head.set(send.get())).as("send must not throw").doesNotThrowAnyException();
        Throwable failure = catchThrowable(() -> head.get().get(30, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class);
        return failure.getCause();
    }
}
