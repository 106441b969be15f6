package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.JdkServer;
import dev.langgraph.testkit.tck.Requests;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A body read to its end hands its connection back to the pool at once, whatever its framing; the pool's limit
 * holds, and a request waits for a free connection no longer than its connect timeout.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PoolTest {

    private final CountDownLatch releaseSlowStream = new CountDownLatch(1);
    private JdkServer server;

    @BeforeEach
    void start() {
        server = JdkServer.start()
                .handle("/hello", (exchange, request) -> JdkServer.respond(exchange, 200, Checks.utf8("hello")))
                .handle("/empty", (exchange, request) -> JdkServer.respond(exchange, 204, new byte[0]))
                .handle("/chunked", (exchange, request) -> {
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write(Checks.utf8("event: one\n\n"));
                    exchange.getResponseBody().flush();
                    exchange.getResponseBody().write(Checks.utf8("event: two\n\n"));
                })
                .handle("/slow", (exchange, request) -> {
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write(Checks.utf8("event: one\n\n"));
                    exchange.getResponseBody().flush();
                    Await.quietly(releaseSlowStream);
                });
    }

    @AfterEach
    void stop() {
        releaseSlowStream.countDown();
        server.close();
    }

    @Test
    void aBodyReadToTheEndPutsItsConnectionBackInThePool() {
        try (HttpClient5Transport transport = HttpClient5Transport.create()) {
            for (String path : new String[] {"/hello", "/chunked", "/empty", "/hello"}) {
                TransportResponse response = Await.value(transport.send(Requests.get(server.uri(path))), path);
                BodySubscriber body = BodySubscriber.requestingAll();
                response.body().subscribe(body);
                body.awaitComplete();
                response.close();
                Await.until("the connection is back in the pool after " + path,
                        () -> transport.leasedConnections() == 0 && transport.idleConnections() == 1,
                        () -> "(leased " + transport.leasedConnections() + ", idle " + transport.idleConnections()
                                + ")");
            }
        }
    }

    @Test
    void requestWaitsForAFreeConnectionNoLongerThanItsConnectTimeout() {
        try (HttpClient5Transport transport = HttpClient5Transport.builder().maxConnections(1).build()) {
            TransportResponse holding = Await.value(transport.send(Requests.get(server.uri("/slow"))), "the head");

            Throwable failure = Await.failure(transport.send(
                    Requests.withConnectTimeout(Requests.get(server.uri("/hello")), Duration.ofMillis(300))),
                    "a request waiting for the only connection");

            Checks.transportException(failure, TransportException.Kind.CONNECT_TIMEOUT, "the waiting request");
            holding.close();
            Await.until("the held connection is released", () -> transport.leasedConnections() == 0);
            TransportResponse next = Await.value(transport.send(Requests.get(server.uri("/hello"))), "the head");
            BodySubscriber body = BodySubscriber.requestingAll();
            next.body().subscribe(body);
            body.awaitComplete();
            assertThat(body.text()).isEqualTo("hello");
        }
    }
}
