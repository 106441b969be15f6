package dev.langgraph.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local replay server of benchmarks 2-4: a raw-socket HTTP/1.1 server on loopback (keep-alive, chunked
 * responses) that serves recorded run streams as fast as the socket allows.
 *
 * <p>Routes, chosen by the thread id so every client can reach them through its ordinary {@code runs.stream}:
 * <ul>
 *   <li>{@code POST /threads/{tokens|updates|values}/runs/stream}: the recorded stream of that kind;</li>
 *   <li>{@code POST /threads/slow/runs/stream}: a metadata event, then one small event per second, forever;</li>
 *   <li>{@code POST /threads/huge/runs/stream}: 1 GiB of ~10 KB {@code values} events;</li>
 *   <li>{@code GET /threads/{id}} and {@code POST /threads}: a canned thread; {@code GET /ok}, {@code /info}.</li>
 * </ul>
 * Usage: {@code ReplayServer <port-file>}; it binds an ephemeral port and writes it to the file.
 */
public final class ReplayServer implements Closeable {

    static final long HUGE_BYTES = 1L << 30;
    static final byte[] THREAD_JSON = ("{\"thread_id\":\"6a1c1f4e-0000-4000-8000-00000000c0de\","
            + "\"created_at\":\"2026-11-24T11:40:43.907Z\",\"updated_at\":\"2026-11-24T11:40:43.907Z\","
            + "\"metadata\":{\"suite\":\"java-sdk\",\"n\":2},\"status\":\"idle\",\"config\":{},\"values\":{},"
            + "\"interrupts\":{}}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] STREAM_HEAD = ("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            + "cache-control: no-cache\r\ncontent-location: /threads/" + Streams.THREAD_ID + "/runs/" + Streams.RUN_ID
            + "\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 16 * 1024;

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "replay-conn");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "replay-ticker");
        t.setDaemon(true);
        return t;
    });
    private final Map<Streams.Kind, byte[]> recorded = new EnumMap<>(Streams.Kind.class);
    private final byte[] hugeBlock;
    private final CopyOnWriteArrayList<Socket> slow = new CopyOnWriteArrayList<>();
    private final AtomicLong tick = new AtomicLong();

    /** Events per recorded stream (after the metadata event). */
    static int events(Streams.Kind kind) {
        return kind == Streams.Kind.VALUES ? 2_000 : 20_000;
    }

    ReplayServer() throws IOException {
        for (Streams.Kind k : Streams.Kind.values()) {
            recorded.put(k, chunked(Streams.sse(k, events(k))));
        }
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        for (int i = 1; i <= 100; i++) {
            block.writeBytes(Streams.event("values", Streams.payload(Streams.Kind.VALUES, i), i));
        }
        hugeBlock = chunked(block.toByteArray());
        server = new ServerSocket(0, 2048, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "replay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        ticker.scheduleAtFixedRate(this::tickSlowStreams, 1, 1, TimeUnit.SECONDS);
    }

    int port() {
        return server.getLocalPort();
    }

    /**
     * Starts the server and serves until the process is stopped.
     *
     * @param args as in the class comment's usage line
     * @throws Exception if the measurement cannot run; the run script records the step as failed
     */
    public static void main(String[] args) throws Exception {
        ReplayServer s = new ReplayServer();
        Path portFile = Path.of(args[0]);
        Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), Integer.toString(s.port()));
        Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replay server on http://127.0.0.1:" + s.port());
        Thread.currentThread().join();
    }

    /** The body framed as HTTP chunks of at most 16 KB, without the last chunk. */
    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + body.length / CHUNK * 8 + 16);
        for (int pos = 0; pos < body.length; pos += CHUNK) {
            int len = Math.min(CHUNK, body.length - pos);
            out.writeBytes((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, pos, len);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                connections.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String requestLine = readLine(in);
                if (requestLine == null) {
                    break;
                }
                if (requestLine.isEmpty()) {
                    continue;
                }
                long contentLength = 0;
                boolean chunkedBody = false;
                String line;
                while ((line = readLine(in)) != null && !line.isEmpty()) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                        String value = line.substring(colon + 1).trim();
                        if (name.equals("content-length")) {
                            contentLength = Long.parseLong(value);
                        } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                            chunkedBody = true;
                        }
                    }
                }
                if (line == null) {
                    break;
                }
                skipBody(in, contentLength, chunkedBody);
                String[] parts = requestLine.split(" ");
                String method = parts[0];
                String path = parts[1];
                int q = path.indexOf('?');
                if (q >= 0) {
                    path = path.substring(0, q);
                }
                if (!route(method, path, socket, out)) {
                    return; // the socket now belongs to the slow-stream ticker
                }
                out.flush();
            }
            socket.close();
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
        }
    }

    /** @return false when the connection was handed over and must not be read again */
    private boolean route(String method, String path, Socket socket, OutputStream out) throws IOException {
        String[] seg = path.split("/");
        if (method.equals("POST") && seg.length == 5 && seg[1].equals("threads") && seg[3].equals("runs")
                && seg[4].equals("stream")) {
            String which = seg[2];
            if (which.equals("slow")) {
                out.write(STREAM_HEAD);
                writeChunk(out, Streams.event("metadata", "{\"run_id\":\"" + Streams.RUN_ID + "\",\"attempt\":1}", 0));
                out.flush();
                slow.add(socket);
                return false;
            }
            if (which.equals("huge")) {
                out.write(STREAM_HEAD);
                writeChunk(out, Streams.event("metadata", "{\"run_id\":\"" + Streams.RUN_ID + "\",\"attempt\":1}", 0));
                long sent = 0;
                while (sent < HUGE_BYTES) {
                    out.write(hugeBlock);
                    sent += hugeBlock.length;
                }
                out.write(LAST_CHUNK);
                return true;
            }
            byte[] body = recorded.get(Streams.Kind.of(which));
            out.write(STREAM_HEAD);
            out.write(body);
            out.write(LAST_CHUNK);
            return true;
        }
        if ((method.equals("GET") && seg.length == 3 && seg[1].equals("threads"))
                || (method.equals("POST") && path.equals("/threads"))) {
            json(out, 200, THREAD_JSON);
            return true;
        }
        if (path.equals("/ok") || path.equals("/info")) {
            json(out, 200, "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
            return true;
        }
        json(out, 404, "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static void json(OutputStream out, int status, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                + "\r\ncontent-type: application/json\r\ncontent-length: " + body.length
                + "\r\nconnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private void tickSlowStreams() {
        long n = tick.incrementAndGet();
        byte[] event = Streams.event("custom", "{\"tick\":" + n + ",\"note\":\"still working\"}", n);
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        framed.writeBytes((Integer.toHexString(event.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        framed.writeBytes(event);
        framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = framed.toByteArray();
        for (Socket s : slow) {
            try {
                OutputStream out = s.getOutputStream();
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                slow.remove(s);
                closeQuietly(s);
            }
        }
    }

    private static void skipBody(InputStream in, long contentLength, boolean chunked) throws IOException {
        if (chunked) {
            while (true) {
                String size = readLine(in);
                if (size == null) {
                    return;
                }
                int semi = size.indexOf(';');
                long len = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                if (len == 0) {
                    String trailer;
                    while ((trailer = readLine(in)) != null && !trailer.isEmpty()) {
                        // skip trailers
                    }
                    return;
                }
                in.skipNBytes(len);
                readLine(in);
            }
        }
        in.skipNBytes(contentLength);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            sb.append((char) b);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // best effort
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        ticker.shutdownNow();
        connections.shutdownNow();
        for (Socket s : slow) {
            closeQuietly(s);
        }
    }
}
