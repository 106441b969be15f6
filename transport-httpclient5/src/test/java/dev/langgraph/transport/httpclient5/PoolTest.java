package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A body read to its end gives its connection back for the next request; the pool's limit holds. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PoolTest {

    private final CountDownLatch releaseSlowStream = new CountDownLatch(1);
    private JdkServer server;

    @BeforeEach
    void start() {
        server = JdkServer.start()
                .handle("/hello", (exchange, request) -> JdkServer.respond(exchange, 200, "hello".getBytes(), Map.of()))
                .handle("/empty", (exchange, request) -> JdkServer.respond(exchange, 204, new byte[0], Map.of()))
                .handle("/chunked", (exchange, request) -> {
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write("event: one\n\n".getBytes());
                    exchange.getResponseBody().flush();
                    exchange.getResponseBody().write("event: two\n\n".getBytes());
                })
                .handle("/slow", (exchange, request) -> {
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write("event: one\n\n".getBytes());
                    exchange.getResponseBody().flush();
                    releaseSlowStream.await(30, TimeUnit.SECONDS);
                });
    }

    @AfterEach
    void stop() {
        releaseSlowStream.countDown();
        server.close();
    }

    @Test
    void bodiesReadToTheEndShareOneKeptAliveConnection() throws Exception {
        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            for (String path : new String[] {"/hello", "/chunked", "/empty", "/hello"}) {
                TransportResponse response = transport.send(Requests.get(server.uri(path))).get(30, TimeUnit.SECONDS);
                TestSubscriber body = TestSubscriber.requestingAll();
                response.body().subscribe(body);
                body.awaitComplete();
                response.close();
                Await.until("the connection is back in the pool after " + path,
                        () -> transport.leasedConnections() == 0 && transport.idleConnections() == 1);
            }

            assertThat(server.received()).hasSize(4);
            assertThat(server.received()).extracting(JdkServer.Received::clientPort).containsOnly(
                    server.received().get(0).clientPort());
        }
    }

    @Test
    void requestWaitsForAFreeConnectionNoLongerThanItsConnectTimeout() throws Exception {
        try (HttpClient5Transport transport = HttpClient5Transport.builder().maxConnections(1).build()) {
            TransportResponse holding = transport.send(Requests.get(server.uri("/slow"))).get(30, TimeUnit.SECONDS);

            Throwable failure = null;
            try {
                transport.send(Requests.withConnectTimeout(Requests.get(server.uri("/hello")), Duration.ofMillis(300)))
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause();
            }

            assertThat(failure).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.CONNECT_TIMEOUT));
            holding.close();
            Await.until("the held connection is released", () -> transport.leasedConnections() == 0);
            TransportResponse next = transport.send(Requests.get(server.uri("/hello"))).get(30, TimeUnit.SECONDS);
            TestSubscriber body = TestSubscriber.requestingAll();
            next.body().subscribe(body);
            body.awaitComplete();
            assertThat(body.text()).isEqualTo("hello");
        }
    }
}
