package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection cleanly (a FIN, as Vert.x does, rather than a reset) while a run is silent is
 * noticed at once when the disconnect cancels the run, not at the heartbeats: the JDK server sees a closed client
 * only when a write fails, and after a FIN only the second write does. The heartbeat here is 30 s, so without the
 * probe the run would be cancelled after a minute at the earliest.
 */
class DisconnectDetectionTest {

    /** Far below the two 30 s heartbeats the fake would otherwise need, far above the ~0.2 s it takes. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(5);

    static FakeLangGraphServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = FakeLangGraphServer.builder().referenceGraphs().heartbeatInterval(Duration.ofSeconds(30)).start();
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void closingAJoinStreamWithCancelOnDisconnectInterruptsTheSilentRunPromptly() throws IOException {
        String runPath = startSilentRun();

        closeAfterTheHead("GET " + runPath + "/stream?cancel_on_disconnect=true");

        awaitStatus(runPath, "interrupted");
    }

    @Test
    void closingAJoinWithCancelOnDisconnectInterruptsTheSilentRunPromptly() throws IOException {
        String runPath = startSilentRun();

        closeAfterTheHead("GET " + runPath + "/join?cancel_on_disconnect=true");

        awaitStatus(runPath, "interrupted");
    }

    /** A background {@code slow} run whose first node sleeps a minute, once it is running. */
    private static String startSilentRun() {
        String threadId = (String) http.post("/threads", Map.of()).map().get("thread_id");
        Map<String, Object> run = http.post("/threads/" + threadId + "/runs", Map.of("assistant_id", "slow",
                "input", Map.of("delay_ms", 60_000), "stream_mode", "updates")).map();
        String runPath = "/threads/" + threadId + "/runs/" + run.get("run_id");
        awaitStatus(runPath, "running");
        return runPath;
    }

    /**
     * Sends {@code requestLine} on a socket of its own, reads the response head (the body has nothing yet: the run is
     * silent) and closes the socket with nothing unread, so that the close is a FIN rather than a reset.
     */
    private static void closeAfterTheHead(String requestLine) throws IOException {
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("The server closed the connection in the head: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static void awaitStatus(String runPath, String status) {
        Supplier<Object> current = () -> http.get(runPath).map().get("status");
        long deadline = System.nanoTime() + NOTICED_WITHIN.toNanos();
        while (!status.equals(current.get())) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The run " + runPath + " is still " + current.get() + " after "
                        + NOTICED_WITHIN.toSeconds() + " s, expected " + status);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
