package dev.langgraph.transport.vertx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a plain socket for behaviour a real server would not show: stalling, resetting, hanging up early.
 * Each connection runs the script on its own thread.
 */
final class RawServer implements AutoCloseable {

    /** Plays one connection. */
    interface Script {
        void run(Socket socket, InputStream in, OutputStream out) throws Exception;
    }

    private final ServerSocket serverSocket;
    private final Script script;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private RawServer(ServerSocket serverSocket, Script script) {
        this.serverSocket = serverSocket;
        this.script = script;
    }

    static RawServer start(Script script) {
        try {
            RawServer server = new RawServer(new ServerSocket(0, 200, InetAddress.getLoopbackAddress()), script);
            Thread acceptor = new Thread(server::acceptLoop, "raw-test-server-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new AssertionError("Could not start the raw test server", e);
        }
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            sockets.add(socket);
            Thread connection = new Thread(() -> play(socket), "raw-test-server-connection");
            connection.setDaemon(true);
            connection.start();
        }
    }

    private void play(Socket socket) {
        try (socket) {
            // A safety net so that no script thread outlives a test that went wrong.
            socket.setSoTimeout((int) Await.DEADLINE.toMillis());
            script.run(socket, socket.getInputStream(), socket.getOutputStream());
        } catch (Throwable t) {
            failures.add(t);
        } finally {
            finished.incrementAndGet();
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + path);
    }

    /** Connections accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Connections whose script has ended. */
    int finished() {
        return finished.get();
    }

    List<Throwable> failures() {
        return failures;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    // ---- Helpers for scripts ----

    /** Reads a request head, up to and including the empty line. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The client closed the connection before the end of the request head");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The value of a header in a raw head, or null. */
    static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** The request path of a raw head. */
    static String path(String head) {
        return head.split(" ", 3)[1];
    }

    /** Reads a body framed by Content-Length; a request without one has none. */
    static byte[] readBody(InputStream in, String head) throws IOException {
        String length = header(head, "Content-Length");
        return length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** One chunk of a chunked body. */
    static void writeChunk(OutputStream out, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        write(out, Integer.toHexString(data.length).toUpperCase(Locale.ROOT) + "\r\n");
        out.write(data);
        write(out, "\r\n");
    }

    /**
     * Blocks until the client closes or resets the connection: the server's view of an abort.
     *
     * @return true if the client went away, false if the safety timeout ran out first
     */
    static boolean awaitClientGone(InputStream in) {
        try {
            while (in.read() >= 0) {
                // The client sends nothing more on an aborted exchange; anything read is ignored.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Resets the connection: the client sees "connection reset", not an orderly end. */
    static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }
}
