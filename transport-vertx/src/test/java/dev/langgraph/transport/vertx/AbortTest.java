package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Giving up on an exchange closes its connection, which the server sees, and leaves nothing behind. The server
 * answers {@code /stream} with an endless event stream and never answers {@code /hang}; either way it then waits
 * for the client to go away. {@code /ok} gets a small complete response, on a connection closed afterwards.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AbortTest {

    /** A small pool, so that a single leaked connection would soon starve the abandoned-streams test. */
    private static final int POOL_SIZE = 8;

    private final VertxTransport transport = VertxTransport.builder().maxConnectionsPerHost(POOL_SIZE).build();
    private final AtomicInteger requestsReceived = new AtomicInteger();
    private final AtomicInteger clientsGone = new AtomicInteger();
    private final Map<String, CountDownLatch> receivedById = new ConcurrentHashMap<>();
    private RawServer server;

    @BeforeEach
    void start() {
        server = RawServer.start((socket, in, out) -> {
            String head;
            try {
                head = RawServer.readHead(in);
                if (RawServer.path(head).equals("/ok")) {
                    RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    return;
                }
                requestsReceived.incrementAndGet();
                String id = RawServer.header(head, "X-Id");
                if (id != null) {
                    receivedById.computeIfAbsent(id, key -> new CountDownLatch(1)).countDown();
                }
                if (RawServer.path(head).equals("/stream")) {
                    RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n");
                    RawServer.writeChunk(out, "event: first\n\n");
                }
            } catch (IOException e) {
                // The client went away before the server was done writing: an abort seen early.
                clientsGone.incrementAndGet();
                return;
            }
            if (!RawServer.awaitClientGone(in)) {
                throw new AssertionError("The client never closed the connection of " + head.split("\r\n")[0]);
            }
            clientsGone.incrementAndGet();
        });
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        server.close();
    }

    @Test
    void cancellingTheSubscriptionClosesTheConnection() throws Exception {
        TransportResponse response = transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requesting(1);
        body.onChunk(chunk -> body.cancel());
        response.body().subscribe(body);

        awaitServerSawClientsGone(1);
        awaitNothingOpen();
        assertThat(body.chunkCount()).isEqualTo(1);
        assertThat(body.isDone()).as("a cancelled subscription gets no terminal signal").isFalse();
    }

    @Test
    void closingTheResponseBeforeTheEndClosesTheConnection() throws Exception {
        TransportResponse response = transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS);

        response.close();
        response.close();

        awaitServerSawClientsGone(1);
        awaitNothingOpen();
        TestSubscriber late = TestSubscriber.requestingAll();
        response.body().subscribe(late);
        assertThat(late.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO));
    }

    @Test
    void closingTheResponseWhileSubscribedFailsTheSubscriber() throws Exception {
        TransportResponse response = transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitBytes(1);

        response.close();

        assertThat(body.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO));
        awaitServerSawClientsGone(1);
        awaitNothingOpen();
    }

    @Test
    void cancellingTheSendFutureBeforeTheHeadAbortsTheRequest() throws Exception {
        CompletableFuture<TransportResponse> head = transport.send(Requests.get(server.uri("/hang")));
        Await.until("the server has the request", () -> requestsReceived.get() == 1);

        assertThat(head.cancel(true)).isTrue();

        awaitServerSawClientsGone(1);
        awaitNothingOpen();
        assertThat(head).isCancelled();
    }

    @Test
    void closingTheTransportEndsOpenExchangesAndRefusesNewOnes() throws Exception {
        TransportResponse streaming = transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll();
        streaming.body().subscribe(body);
        body.awaitBytes(1);
        CompletableFuture<TransportResponse> waiting = transport.send(Requests.get(server.uri("/hang")));
        Await.until("the server has both requests", () -> requestsReceived.get() == 2);

        transport.close();

        assertThat(body.awaitError()).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO));
        assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO));
        awaitServerSawClientsGone(2);
        assertThatThrownBy(() -> transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(IllegalStateException.class);
    }

    /**
     * A thousand streams abandoned in four ways, through a pool of {@value #POOL_SIZE} connections: a single
     * connection left leased would starve the pool long before the end. Afterwards every request the server
     * got saw its client go away, and the pool still serves requests.
     */
    @Test
    void aThousandAbandonedStreamsLeaveThePoolUsable() throws Exception {
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
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(failures).isEmpty();
        Await.until("every aborted exchange is finished", () -> transport.openExchanges() == 0,
                () -> "(open " + transport.openExchanges() + ")");
        Await.until("the server saw the client go away for every request it got",
                () -> clientsGone.get() == requestsReceived.get(),
                () -> "(received " + requestsReceived.get() + ", gone " + clientsGone.get() + ")");
        assertThat(server.failures()).isEmpty();
        assertThat(transport.openConnections()).as("open connections").isLessThanOrEqualTo(POOL_SIZE);

        // The pool serves requests again, in parallel, through every one of its connections.
        List<CompletableFuture<TransportResponse>> after = new ArrayList<>();
        for (int i = 0; i < 4 * POOL_SIZE; i++) {
            after.add(transport.send(Requests.get(server.uri("/ok"))));
        }
        for (CompletableFuture<TransportResponse> response : after) {
            TestSubscriber body = TestSubscriber.requestingAll();
            response.get(30, TimeUnit.SECONDS).body().subscribe(body);
            body.awaitComplete();
            assertThat(body.text()).isEqualTo("ok");
        }
    }

    /** Abandons stream {@code n} in one of four ways, at different points of the exchange. */
    private void abandon(int n) throws Exception {
        String id = String.valueOf(n);
        switch (n % 4) {
            case 0 -> {
                // Cancel the subscription after the first event.
                TransportResponse response = transport.send(withId("/stream", id)).get(30, TimeUnit.SECONDS);
                TestSubscriber body = TestSubscriber.requesting(1);
                body.onChunk(chunk -> body.cancel());
                response.body().subscribe(body);
                body.awaitBytes(1);
            }
            case 1 -> {
                // Close the response without ever reading it.
                transport.send(withId("/stream", id)).get(30, TimeUnit.SECONDS).close();
            }
            case 2 -> {
                // Cancel the send once the request is on the server, before any head.
                CountDownLatch received = receivedById.computeIfAbsent(id, key -> new CountDownLatch(1));
                CompletableFuture<TransportResponse> head = transport.send(withId("/hang", id));
                assertThat(received.await(30, TimeUnit.SECONDS)).isTrue();
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

    private void awaitServerSawClientsGone(int expected) {
        Await.until("the server saw " + expected + " client(s) go away", () -> clientsGone.get() >= expected);
    }

    private void awaitNothingOpen() {
        Await.until("no exchange and no connection is open",
                () -> transport.openExchanges() == 0 && transport.openConnections() == 0,
                () -> "(exchanges " + transport.openExchanges() + ", connections " + transport.openConnections() + ")");
    }
}
