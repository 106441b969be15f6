package dev.langgraph.client.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP/1.1 server on a raw socket that plays one scripted SSE response per connection. WireMock cannot
 * deliver some events and then cut the connection, which is what a broken stream looks like; this can.
 */
final class ScriptedSseServer implements AutoCloseable {

    /**
     * One response.
     *
     * @param headers extra response headers
     * @param chunks body chunks, each sent as one HTTP chunk
     * @param cut whether to drop the connection after the chunks instead of ending the body
     */
    record Script(Map<String, String> headers, List<String> chunks, boolean cut) {
    }

    /**
     * A request as received.
     *
     * @param requestLine such as {@code GET /x HTTP/1.1}
     * @param headers headers with lower-case names
     * @param body the body text
     */
    record Received(String requestLine, Map<String, String> headers, String body) {
    }

    private final java.util.concurrent.CountDownLatch cutSignal = new java.util.concurrent.CountDownLatch(1);
    private final ServerSocket server;
    private final Deque<Script> scripts;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    ScriptedSseServer(List<Script> scripts) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.scripts = new ArrayDeque<>(scripts);
        this.acceptor = new Thread(this::serve, "scripted-sse-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    List<Received> received() {
        return received;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                received.add(readRequest(socket.getInputStream()));
                Script script;
                synchronized (scripts) {
                    script = scripts.poll();
                }
                respond(socket.getOutputStream(), script);
            } catch (IOException e) {
                // The server was closed, or the client went away: the next accept decides.
            }
        }
    }

    private static Received readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Received(lines[0], headers, body);
    }

    /** Lets a cut script's connection break now. */
    void cutNow() {
        cutSignal.countDown();
    }

    private void respond(OutputStream out, Script script) throws IOException {
        if (script == null) {
            out.write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n");
        script.headers().forEach((n, v) -> head.append(n).append(": ").append(v).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        for (String chunk : script.chunks()) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        if (!script.cut()) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();
        if (script.cut()) {
            // Cut only once the client has seen the events: a transport may drop bytes it had not read yet when
            // the connection breaks, and this server is about a break *after* delivery.
            try {
                cutSignal.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
            }
        }
        // Leaving try-with-resources closes the socket: without the last chunk, that is a broken body.
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
