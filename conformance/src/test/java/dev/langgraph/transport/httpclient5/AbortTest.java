package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Requests;
import dev.langgraph.testkit.tck.StreamServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Giving up on an exchange leaves nothing leased in the connection pool and puts no aborted connection back into
 * it. The TCK proves the server sees each abort; this adds what only the adapter's pool counters show.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AbortTest {

    private final HttpClient5Transport transport = HttpClient5Transport.create();
    private final StreamServer server = StreamServer.start();

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void cancellingTheSubscriptionLeavesNothingLeasedAndNothingPooled() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requesting(1);
        body.onChunk(chunk -> body.cancel());
        response.body().subscribe(body);

        server.awaitClientsGone(1);
        awaitNothingLeased();
        assertThat(body.isDone()).as("a cancelled subscription gets no terminal signal").isFalse();
        assertThat(transport.idleConnections()).as("the aborted connection is not pooled").isZero();
    }

    @Test
    void closingTheResponseBeforeTheEndLeavesNothingLeasedAndNothingPooled() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");

        response.close();

        server.awaitClientsGone(1);
        awaitNothingLeased();
        assertThat(transport.idleConnections()).isZero();
    }

    @Test
    void closingTheResponseWhileSubscribedLeavesNothingLeased() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitBytes(1);

        response.close();

        body.awaitTransportError(TransportException.Kind.IO);
        server.awaitClientsGone(1);
        awaitNothingLeased();
    }

    @Test
    void cancellingTheSendFutureBeforeTheHeadLeavesNothingLeased() {
        CompletableFuture<TransportResponse> head = transport.send(Requests.get(server.uri("/hang")));
        server.awaitRequests(1);

        assertThat(head.cancel(true)).isTrue();

        server.awaitClientsGone(1);
        awaitNothingLeased();
    }

    @Test
    void closingTheTransportEndsOpenExchangesAndRefusesNewOnes() {
        TransportResponse streaming = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        streaming.body().subscribe(body);
        body.awaitBytes(1);
        CompletableFuture<TransportResponse> waiting = transport.send(Requests.get(server.uri("/hang")));
        server.awaitRequests(2);

        transport.close();

        body.awaitTransportError(TransportException.Kind.IO);
        assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO));
        server.awaitClientsGone(2);
        assertThatThrownBy(() -> transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(IllegalStateException.class);
    }

    /**
     * A thousand streams abandoned in four ways: afterwards no connection is leased, none of them went back to the
     * pool, and the server saw every connection it accepted closed.
     */
    @Test
    void aThousandAbandonedStreamsLeaveNoConnectionLeased() throws Exception {
        int streams = 1_000;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                int n = i;
                runs.add(clients.submit(() -> {
                    try {
                        abandon(n);
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            for (Future<?> run : runs) {
                Await.value(run, "an abandoned stream");
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(failures).isEmpty();
        awaitNothingLeased();
        Await.until("the server saw every connection closed",
                () -> server.connectionsFinished() == server.connectionsAccepted(),
                () -> "(accepted " + server.connectionsAccepted() + ", finished " + server.connectionsFinished() + ")");
        server.assertNoFailures();
        assertThat(transport.idleConnections()).as("no aborted connection went back to the pool").isZero();
    }

    /** Abandons stream {@code n} in one of four ways, at different points of the exchange. */
    private void abandon(int n) {
        String id = String.valueOf(n);
        switch (n % 4) {
            case 0 -> {
                // Cancel the subscription after the first event.
                TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))),
                        "a stream's head");
                BodySubscriber body = BodySubscriber.requesting(1);
                body.onChunk(chunk -> body.cancel());
                response.body().subscribe(body);
                body.awaitBytes(1);
            }
            case 1 -> {
                // Close the response without ever reading it.
                Await.value(transport.send(Requests.get(server.uri("/stream"))), "a stream's head").close();
            }
            case 2 -> {
                // Cancel the send once the request is on the server, before any head.
                CompletableFuture<TransportResponse> head = transport.send(Requests.request("GET",
                        server.uri("/hang"), TransportHeaders.builder().add("X-Id", id).build(), null));
                Await.latch(server.receivedLatch(id), "the server received request " + id);
                head.cancel(true);
            }
            default -> {
                // Cancel the send at once: before connecting, or racing the head. A head that won the race
                // is a response like any other, which its receiver must close.
                CompletableFuture<TransportResponse> head = transport.send(Requests.get(server.uri("/stream")));
                if (!head.cancel(true)) {
                    Await.value(head, "a head that won the race with cancel").close();
                }
            }
        }
    }

    private void awaitNothingLeased() {
        Await.until("no connection is leased and no exchange open",
                () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0,
                () -> "(leased " + transport.leasedConnections() + ", open " + transport.openExchanges() + ")");
    }
}
