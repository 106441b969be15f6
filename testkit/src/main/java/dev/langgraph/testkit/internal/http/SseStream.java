package dev.langgraph.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A chunked {@code text/event-stream} response written incrementally, one flush per event, in the Python server's
 * format ({@code event:}, {@code data:}, optional {@code id:}, CRLF line ends). Not thread-safe.
 */
public final class SseStream implements AutoCloseable {

    private final HttpExchange exchange;
    private final OutputStream out;

    /**
     * Sends the 200 response headers and opens the body.
     *
     * @param exchange the exchange
     * @param headers extra headers ({@code Location}, {@code Content-Location})
     * @throws IOException if the client went away
     */
    public SseStream(HttpExchange exchange, Map<String, String> headers) throws IOException {
        this.exchange = exchange;
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        this.out = exchange.getResponseBody();
    }

    /**
     * Writes and flushes one event.
     *
     * @param name the event name
     * @param data the one-line JSON data
     * @param id the id, {@code null} for none
     * @throws IOException if the client went away
     */
    public void event(String name, String data, Integer id) throws IOException {
        StringBuilder sb = new StringBuilder(name.length() + data.length() + 32);
        sb.append("event: ").append(name).append("\r\n").append("data: ").append(data).append("\r\n");
        if (id != null) {
            sb.append("id: ").append(id).append("\r\n");
        }
        sb.append("\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Writes and flushes a comment line (a heartbeat).
     *
     * @param text the comment
     * @throws IOException if the client went away
     */
    public void comment(String text) throws IOException {
        out.write((": " + text + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends the body (the last chunk) and the exchange; errors are ignored (the client may be gone). */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the client went away; nothing left to tell it
        } finally {
            exchange.close();
        }
    }
}
