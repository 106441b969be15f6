package dev.langgraph.testkit.tck;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server for aborts. {@code /hang} never answers; any other path but {@code /ok}, with any method, is an
 * endless event stream after one event. Either way the server then waits for the client to go away, and counts
 * it. {@code /ok} answers "ok" and keeps the connection alive. Requests with an {@code X-Id} header open
 * {@link #receivedLatch(String)}.
 */
public final class StreamServer implements AutoCloseable {

    /** The one event of {@code /stream}. */
    public static final String FIRST_EVENT = "event: values\ndata: {\"first\":true}\n\n";

    private static final String SSE_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n";

    /** Requests received, except on {@code /ok}. */
    public final AtomicInteger requests = new AtomicInteger();
    /** Connections of such requests that the client closed. */
    public final AtomicInteger clientsGone = new AtomicInteger();
    private final Map<String, CountDownLatch> receivedById = new ConcurrentHashMap<>();
    private final RawServer server;

    private StreamServer() {
        server = RawServer.start(this::serve);
    }

    /** Starts a server on the loopback interface and a free port. */
    public static StreamServer start() {
        return new StreamServer();
    }

    private void serve(RawServer.Connection c) {
        while (true) {
            RawServer.Head head;
            try {
                head = c.readHeadOrNull();
                if (head == null) {
                    return;
                }
                c.readBody(head);
                if (head.target().equals("/ok")) {
                    c.respond(200, "", "ok");
                    continue;
                }
            } catch (IOException e) {
                return;
            }
            requests.incrementAndGet();
            String id = head.first("X-Id");
            if (id != null) {
                receivedLatch(id).countDown();
            }
            try {
                if (!head.target().equals("/hang")) {
                    c.write(SSE_HEAD);
                    c.writeChunk(FIRST_EVENT);
                }
            } catch (IOException e) {
                // The client went away before the server was done writing: an abort seen early.
                clientsGone.incrementAndGet();
                return;
            }
            if (!c.awaitClientGone()) {
                throw new AssertionError("The client never closed the connection of " + head.method() + " "
                        + head.target());
            }
            clientsGone.incrementAndGet();
            return;
        }
    }

    /** Opens when a request with this {@code X-Id} arrives. */
    public CountDownLatch receivedLatch(String id) {
        return receivedById.computeIfAbsent(id, key -> new CountDownLatch(1));
    }

    /** An absolute URI on this server. */
    public URI uri(String path) {
        return server.uri(path);
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** Connections accepted so far, whether or not a request arrived on them. */
    public int connectionsAccepted() {
        return server.accepted();
    }

    /** Connections the server is done with: the client closed them, or the server gave up on them. */
    public int connectionsFinished() {
        return server.finished();
    }

    /** Polls until the server received at least {@code n} requests (not counting {@code /ok}). */
    public void awaitRequests(int n) {
        Await.until("the server received " + n + " request(s)", () -> requests.get() >= n,
                () -> "(received " + requests.get() + ")");
    }

    /** Polls until the server saw the client go away at least {@code n} times. */
    public void awaitClientsGone(int n) {
        Await.until("the server saw the client go away " + n + " time(s)", () -> clientsGone.get() >= n,
                () -> "(requests " + requests.get() + ", clients gone " + clientsGone.get() + ")");
    }

    /** Fails if a connection script failed on the server side. */
    public void assertNoFailures() {
        List<Throwable> failures = server.failures();
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("Failures on the server side: " + failures);
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
