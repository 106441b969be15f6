package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.PublishedResponse;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException.Kind;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.JdkServer;
import dev.langgraph.testkit.tck.RawServer;
import dev.langgraph.testkit.tck.Requests;
import dev.langgraph.testkit.tck.StreamServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Failures the TCK does not provoke, or provokes without seeing the adapter's counters: a refused connection
 * leaves no exchange open, a full pool times out as a connect timeout, a subscriber that holds back is not timed
 * out, and sequential requests share one kept-alive connection.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FailureTest {

    private VertxTransport transport = VertxTransport.create();

    @AfterEach
    void stop() {
        transport.close();
    }

    @Test
    void refusedConnectionLeavesNoExchangeOpen() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }

        Checks.transportException(Await.failure(transport.send(Requests.get(closedPort)), "the refused request"),
                Kind.CONNECT, "the head future");

        assertThat(transport.openExchanges()).isZero();
    }

    @Test
    void noFreePooledConnectionWithinTheConnectTimeoutIsConnectTimeout() {
        transport.close();
        transport = VertxTransport.builder().maxConnectionsPerHost(1).build();
        try (StreamServer server = StreamServer.start()) {
            CompletableFuture<TransportResponse> holding = transport.send(Requests.get(server.uri("/hang")));
            server.awaitRequests(1);

            Checks.transportException(Await.failure(transport.send(
                    Requests.withConnectTimeout(Requests.get(server.uri("/second")), Duration.ofMillis(200))),
                    "a request waiting for the only connection"), Kind.CONNECT_TIMEOUT, "the head future");
            holding.cancel(true);
        }
    }

    /**
     * A subscriber that stops asking for twice the read timeout is not timed out: the idle timer measures the
     * network's silence, and while the publisher's buffer is full the silence is the subscriber's doing.
     */
    @Test
    void aSubscriberPausingLongerThanTheReadTimeoutIsNoTimeout() {
        long size = 4L * 1024 * 1024;
        // Long enough for the head to arrive in time on a loaded machine: the timeout must fire only if it is wrong.
        Duration readTimeout = Duration.ofSeconds(2);
        try (RawServer server = RawServer.start(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            for (long written = 0; written < size; written += block.length) {
                c.out.write(block);
            }
            c.out.flush();
            c.awaitClientGone();
        })) {
            TransportResponse response = Await.value(transport.send(
                    Requests.withReadTimeout(Requests.get(server.uri("/large")), readTimeout)), "the head");
            ResponseBodyPublisher publisher = ((PublishedResponse) response).bodyPublisher();
            BodySubscriber body = BodySubscriber.requesting(1);
            response.body().subscribe(body);
            Await.until("the transport buffer is full, so the response is paused",
                    () -> publisher.bufferedBytes() >= ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET);

            // The scenario itself, not a wait for state: the subscriber holds back for two read timeouts.
            Await.pause(2 * readTimeout.toMillis());
            assertThat(body.isDone()).as("the body failed while its subscriber held back").isFalse();
            body.request(Long.MAX_VALUE);

            body.awaitComplete();
            assertThat(body.byteCount()).isEqualTo(size);
        }
    }

    @Test
    void keepAliveReusesOneConnectionForTwentySequentialRequests() {
        try (JdkServer jdk = JdkServer.start().handle("/ok", (exchange, request) ->
                JdkServer.respond(exchange, 200, Checks.utf8("ok")))) {
            for (int i = 0; i < 20; i++) {
                BodySubscriber body = BodySubscriber.requestingAll();
                Await.value(transport.send(Requests.get(jdk.uri("/ok"))), "the head").body().subscribe(body);
                body.awaitComplete();
                assertThat(body.text()).isEqualTo("ok");
            }

            assertThat(jdk.received()).extracting(JdkServer.Received::clientPort).hasSize(20).containsOnly(
                    jdk.received().get(0).clientPort());
            assertThat(transport.openConnections()).isEqualTo(1);
        }
    }
}
