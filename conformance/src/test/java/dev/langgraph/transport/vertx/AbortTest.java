package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
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
 * Giving up on an exchange leaves no exchange and no connection open, and a small pool survives a thousand
 * abandoned streams. The TCK proves the server sees each abort; this adds what only the adapter's counters show.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AbortTest {

    /** A small pool, so that a single leaked connection would soon starve the abandoned-streams test. */
    private static final int POOL_SIZE = 8;

    private final VertxTransport transport = VertxTransport.builder().maxConnectionsPerHost(POOL_SIZE).build();
    private final StreamServer server = StreamServer.start();

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void cancellingTheSubscriptionLeavesNothingOpen() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requesting(1);
        body.onChunk(chunk -> body.cancel());
        response.body().subscribe(body);

        server.awaitClientsGone(1);
        awaitNothingOpen();
        assertThat(body.isDone()).as("a cancelled subscription gets no terminal signal").isFalse();
    }

    @Test
    void closingTheResponseBeforeTheEndLeavesNothingOpen() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");

        response.close();

        server.awaitClientsGone(1);
        awaitNothingOpen();
    }

    @Test
    void closingTheResponseWhileSubscribedLeavesNothingOpen() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitBytes(1);

        response.close();

        body.awaitTransportError(TransportException.Kind.IO);
        server.awaitClientsGone(1);
        awaitNothingOpen();
    }

    @Test
    void cancellingTheSendFutureBeforeTheHeadLeavesNothingOpen() {
        CompletableFuture<TransportResponse> head = transport.send(Requests.get(server.uri("/hang")));
        server.awaitRequests(1);

        assertThat(head.cancel(true)).isTrue();

        server.awaitClientsGone(1);
        awaitNothingOpen();
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
     * A thousand streams abandoned in four ways, through a pool of {@value #POOL_SIZE} connections: a single
     * connection left leased would starve the pool long before the end. Afterwards every request the server
     * got saw its client go away, and the pool still serves requests through every one of its connections.
     */
    @Test
    void aThousandAbandonedStreamsLeaveThePoolUsable() {
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
        Await.until("every aborted exchange is finished", () -> transport.openExchanges() == 0,
                () -> "(open " + transport.openExchanges() + ")");
        Await.until("the server saw the client go away for every request it got",
                () -> server.clientsGone.get() == server.requests.get(),
                () -> "(received " + server.requests.get() + ", gone " + server.clientsGone.get() + ")");
        server.assertNoFailures();
        assertThat(transport.openConnections()).as("open connections").isLessThanOrEqualTo(POOL_SIZE);

        List<CompletableFuture<TransportResponse>> after = new ArrayList<>();
        for (int i = 0; i < 4 * POOL_SIZE; i++) {
            after.add(transport.send(Requests.get(server.uri("/ok"))));
        }
        for (CompletableFuture<TransportResponse> response : after) {
            BodySubscriber body = BodySubscriber.requestingAll();
            Await.value(response, "a request after the aborts").body().subscribe(body);
            body.awaitComplete();
            assertThat(body.text()).isEqualTo("ok");
        }
    }

    /** Abandons stream {@code n} in one of four ways, at different points of the exchange. */
    private void abandon(int n) {
        String id = String.valueOf(n);
        switch (n % 4) {
            case 0 -> {
                // Cancel the subscription after the first event.
                TransportResponse response = Await.value(transport.send(withId("/stream", id)), "a stream's head");
                BodySubscriber body = BodySubscriber.requesting(1);
                body.onChunk(chunk -> body.cancel());
                response.body().subscribe(body);
                body.awaitBytes(1);
            }
            case 1 -> {
                // Close the response without ever reading it.
                Await.value(transport.send(withId("/stream", id)), "a stream's head").close();
            }
            case 2 -> {
                // Cancel the send once the request is on the server, before any head.
                CompletableFuture<TransportResponse> head = transport.send(withId("/hang", id));
                Await.latch(server.receivedLatch(id), "the server received request " + id);
                head.cancel(true);
            }
            default -> {
                // Cancel the send at once: before a connection is there, or racing the head.
                transport.send(withId("/stream", id)).cancel(true);
            }
        }
    }

    private TransportRequest withId(String path, String id) {
        return Requests.request("GET", server.uri(path), TransportHeaders.builder().add("X-Id", id).build(), null);
    }

    private void awaitNothingOpen() {
        Await.until("no exchange and no connection is open",
                () -> transport.openExchanges() == 0 && transport.openConnections() == 0,
                () -> "(exchanges " + transport.openExchanges() + ", connections " + transport.openConnections() + ")");
    }
}
