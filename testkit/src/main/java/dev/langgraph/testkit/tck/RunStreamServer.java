package dev.langgraph.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langgraph.client.streaming.StreamPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A LangGraph run-stream endpoint, {@code POST /threads/t-1/runs/stream}, for the SDK's clients: a
 * {@code metadata} event and then {@code values} events, each written only once the SDK's caller has consumed the
 * one before (the test reports it with {@link #consumed(int)}).
 */
final class RunStreamServer implements AutoCloseable {

    private final int events;
    private final List<CountDownLatch> consumed = new ArrayList<>();
    private final List<Integer> notConsumedInTime = new CopyOnWriteArrayList<>();
    private final List<RawServer.Head> heads = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final RawServer server;

    private RunStreamServer(int events) {
        this.events = events;
        for (int i = 0; i < events; i++) {
            consumed.add(new CountDownLatch(1));
        }
        server = RawServer.start(this::serve);
    }

    /** Starts a server whose stream has {@code events} events, the first of them {@code metadata}. */
    static RunStreamServer start(int events) {
        return new RunStreamServer(events);
    }

    private void serve(RawServer.Connection c) throws IOException {
        RawServer.Head head;
        while ((head = c.readHeadOrNull()) != null) {
            byte[] body = c.readBody(head);
            heads.add(head);
            bodies.add(new String(body, StandardCharsets.UTF_8));
            if (!head.target().equals("/threads/t-1/runs/stream")) {
                c.respond(404, "Content-Type: application/json\r\n", "{\"detail\":\"Not Found\"}");
                continue;
            }
            c.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                    + "Content-Location: /threads/t-1/runs/r-1\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < events; i++) {
                c.writeChunk(event(i));
                if (!Await.quietly(consumed.get(i))) {
                    notConsumedInTime.add(i);
                }
            }
            c.endChunks();
        }
    }

    private static String event(int i) {
        return i == 0
                ? "event: metadata\ndata: {\"run_id\":\"r-1\",\"attempt\":1}\nid: 0\n\n"
                : "event: values\ndata: {\"step\":" + i + "}\nid: " + i + "\n\n";
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Called by the test as it consumes part number {@code n} (from 1); lets the server write the next. */
    void consumed(int n) {
        if (n >= 1 && n <= events) {
            consumed.get(n - 1).countDown();
        }
    }

    /** Checks the parts the SDK yielded and the one request it sent. */
    void assertStreamed(List<StreamPart> parts) {
        assertEquals(List.of(), notConsumedInTime,
                "events the caller did not get before the server gave up waiting to write the next");
        assertEquals(events, parts.size(), "parts: " + parts);
        assertEquals("metadata", parts.get(0).event());
        assertEquals("r-1", parts.get(0).dataAsMap().get("run_id"));
        for (int i = 1; i < events; i++) {
            assertEquals("values", parts.get(i).event());
            assertEquals(String.valueOf(i), parts.get(i).id());
            assertEquals(i, ((Number) parts.get(i).dataAsMap().get("step")).intValue());
        }
        assertEquals(1, heads.size(), "requests the server received");
        RawServer.Head head = heads.get(0);
        assertEquals("POST", head.method());
        assertTrue(String.valueOf(head.first("Accept")).contains("text/event-stream"), head.raw());
        String body = bodies.get(0);
        assertTrue(body.contains("\"assistant_id\":\"agent\"") && body.contains("\"question\":\"why?\""), body);
    }

    @Override
    public void close() {
        server.close();
    }
}
