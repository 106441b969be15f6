package dev.langgraph.testkit.tck;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Gives up on exchanges with a {@link StreamServer} in the ways a client can: the TCK and the adapters' own tests
 * use it to check that no abandoned exchange leaks a connection. Every request carries an {@code X-Id} header, so
 * {@link StreamServer#receivedLatch(String)} tells when it reached the server.
 */
public final class AbandonedExchanges {

    /** One way of giving up on an exchange, at a different point of it. */
    public enum Way {
        /** Cancels the subscription after the first event of a stream. */
        CANCEL_SUBSCRIPTION,
        /** Closes the response without reading its body. */
        CLOSE_UNREAD,
        /** Closes the response after reading part of its body. */
        CLOSE_PARTLY_READ,
        /** Cancels the send once the request is on the server, before any head. */
        CANCEL_SEND_ON_SERVER,
        /** Cancels the send at once: before connecting, or racing the head. */
        CANCEL_SEND_AT_ONCE
    }

    private AbandonedExchanges() {
    }

    /**
     * Abandons one exchange with {@code server} through {@code transport} in the given way.
     *
     * @param transport the transport under test
     * @param server    the server the exchange goes to
     * @param way       how to give up on the exchange
     * @param id        the {@code X-Id} of the request, unique per exchange
     * @throws AssertionError if a step the way needs (a head, the first bytes, the request reaching the server)
     *                        does not happen in time
     */
    public static void abandon(HttpTransport transport, StreamServer server, Way way, String id) {
        switch (way) {
            case CANCEL_SUBSCRIPTION -> {
                TransportResponse response = Await.value(transport.send(withId(server, "/stream", id)),
                        "a stream's head");
                BodySubscriber body = BodySubscriber.requesting(1);
                body.onChunk(chunk -> body.cancel());
                response.body().subscribe(body);
                body.awaitBytes(1);
            }
            case CLOSE_UNREAD -> Await.value(transport.send(withId(server, "/stream", id)), "a stream's head").close();
            case CLOSE_PARTLY_READ -> {
                TransportResponse response = Await.value(transport.send(withId(server, "/stream", id)),
                        "a stream's head");
                BodySubscriber body = BodySubscriber.requestingAll();
                response.body().subscribe(body);
                body.awaitBytes(1);
                response.close();
            }
            case CANCEL_SEND_ON_SERVER -> {
                CompletableFuture<TransportResponse> head = transport.send(withId(server, "/hang", id));
                Await.latch(server.receivedLatch(id), "the server received request " + id);
                head.cancel(true);
            }
            case CANCEL_SEND_AT_ONCE -> {
                // A head that won the race with cancel is a response like any other, which its receiver must close.
                CompletableFuture<TransportResponse> head = transport.send(withId(server, "/stream", id));
                if (!head.cancel(true)) {
                    Await.value(head, "a head that won the race with cancel").close();
                }
            }
            default -> throw new IllegalArgumentException("Unknown way: " + way);
        }
    }

    /**
     * Abandons {@code count} exchanges from {@code threads} threads at once; exchange {@code n} is abandoned in
     * way {@code ways.get(n % ways.size())}, so every way is used about as often.
     *
     * @param transport the transport under test
     * @param server    the server the exchanges go to
     * @param count     how many exchanges to abandon
     * @param threads   how many client threads run them
     * @param ways      the ways to cycle through; not empty
     * @return the failures of single exchanges, empty if every exchange was abandoned as planned
     * @throws IllegalArgumentException if {@code ways} is empty or {@code threads} is not positive
     * @throws AssertionError           if an exchange does not finish in time
     */
    public static List<Throwable> abandonMany(HttpTransport transport, StreamServer server, int count, int threads,
            List<Way> ways) {
        if (ways.isEmpty() || threads < 1) {
            throw new IllegalArgumentException("Need at least one way and one thread, got " + ways + ", " + threads);
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                runs.add(clients.submit(() -> {
                    try {
                        abandon(transport, server, ways.get(n % ways.size()), String.valueOf(n));
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            for (Future<?> run : runs) {
                Await.value(run, "an abandoned exchange");
            }
        } finally {
            clients.shutdownNow();
        }
        return List.copyOf(failures);
    }

    private static TransportRequest withId(StreamServer server, String path, String id) {
        return Requests.request("GET", server.uri(path), TransportHeaders.builder().add("X-Id", id).build(), null);
    }
}
