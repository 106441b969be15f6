package dev.langgraph.testkit.tck;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a plain socket, for exact control of the bytes on the wire and for misbehaviour a real
 * server would not show: stalling, resetting, hanging up early, answering garbage. It listens on the loopback
 * interface on a free port, and plays a {@link Script} for each connection on a thread of its own.
 */
public final class RawServer implements AutoCloseable {

    /** Plays one connection. Thrown exceptions are recorded in {@link #failures()}; the socket is closed after. */
    public interface Script {
        void run(Connection connection) throws Exception;
    }

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final ServerSocket serverSocket;
    private final Script script;
    private final String name;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private RawServer(ServerSocket serverSocket, Script script) {
        this.serverSocket = serverSocket;
        this.script = script;
        this.name = "tck-raw-server-" + SERVERS.incrementAndGet();
    }

    /** Starts a server with a deep accept queue, so that hundreds of simultaneous connects are not dropped. */
    public static RawServer start(Script script) {
        try {
            RawServer server = new RawServer(new ServerSocket(0, 1024, InetAddress.getLoopbackAddress()), script);
            Thread acceptor = new Thread(server::acceptLoop, server.name + "-accept");
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
            int index = accepted.incrementAndGet();
            sockets.add(socket);
            Thread connection = new Thread(() -> play(socket, index), name + "-conn-" + index);
            connection.setDaemon(true);
            connection.start();
        }
    }

    private void play(Socket socket, int index) {
        try (socket) {
            // A safety net, so that no script thread outlives a test that went wrong by much.
            socket.setSoTimeout((int) Await.DEADLINE.toMillis());
            script.run(new Connection(socket, index));
        } catch (Throwable t) {
            failures.add(t);
        } finally {
            sockets.remove(socket);
            finished.incrementAndGet();
        }
    }

    /** An absolute URI on this server; {@code pathAndQuery} is used as given, already encoded. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + serverSocket.getLocalPort() + pathAndQuery);
    }

    /** The port the server listens on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Connections whose script has ended (and whose socket is closed). */
    public int finished() {
        return finished.get();
    }

    /** What the scripts threw. */
    public List<Throwable> failures() {
        return failures;
    }

    @Override
    public void close() {
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
        }
    }

    /** A request head as it arrived: request line and header lines, names as spelled on the wire. */
    public record Head(String method, String target, String version, List<String[]> headers, String raw) {

        /** The first value of a header, looked up ignoring case, or null. */
        public String first(String name) {
            for (String[] header : headers) {
                if (header[0].equalsIgnoreCase(name)) {
                    return header[1];
                }
            }
            return null;
        }

        /**
         * All values of a header, looked up ignoring case: one per header line, and lines folded with commas
         * split into their values.
         */
        public List<String> all(String name) {
            List<String> values = new ArrayList<>();
            for (String[] header : headers) {
                if (header[0].equalsIgnoreCase(name)) {
                    for (String value : header[1].split(",")) {
                        values.add(value.trim());
                    }
                }
            }
            return values;
        }

        /** The header names in lower case, in order. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            headers.forEach(h -> names.add(h[0].toLowerCase(Locale.ROOT)));
            return names;
        }

        /** Whether the body is framed by chunked transfer encoding. */
        public boolean isChunked() {
            String te = first("Transfer-Encoding");
            return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
        }
    }

    /** One accepted connection and the helpers scripts use on it. */
    public static final class Connection {
        /** The accepted socket, for socket options and half-closes. */
        public final Socket socket;
        /** What the client sends. */
        public final InputStream in;
        /** What the client receives; written bytes are sent as they are, unbuffered. */
        public final OutputStream out;
        /** 1 for the first connection the server accepted, 2 for the second, and so on. */
        public final int index;

        Connection(Socket socket, int index) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
            this.index = index;
        }

        /**
         * Reads a request head, up to and including the empty line.
         *
         * @return the head, or null if the client closed the connection (or stayed silent past the safety
         *     timeout) before sending a byte of it: the normal end of a kept-alive connection
         * @throws IOException if the connection broke in the middle of the head
         */
        public Head readHeadOrNull() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < end.length) {
                int b;
                try {
                    b = in.read();
                } catch (SocketTimeoutException | java.net.SocketException e) {
                    if (head.size() == 0) {
                        return null;
                    }
                    throw e;
                }
                if (b < 0) {
                    if (head.size() == 0) {
                        return null;
                    }
                    throw new IOException("The client closed the connection in the middle of a request head");
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return parse(head.toString(StandardCharsets.ISO_8859_1));
        }

        /** Reads a request head; the client must send one. */
        public Head readHead() throws IOException {
            Head head = readHeadOrNull();
            if (head == null) {
                throw new IOException("The client closed the connection before sending a request");
            }
            return head;
        }

        /** Reads a request body framed by Content-Length or chunked encoding; a request with neither has none. */
        public byte[] readBody(Head head) throws IOException {
            if (head.isChunked()) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                while (true) {
                    String sizeLine = readLine();
                    int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
                    if (size == 0) {
                        while (!readLine().isEmpty()) {
                            // Trailers, ignored.
                        }
                        return body.toByteArray();
                    }
                    body.write(in.readNBytes(size));
                    readLine();
                }
            }
            String length = head.first("Content-Length");
            return length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length.trim()));
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (b < 0) {
                throw new IOException("The client closed the connection in the middle of a chunked body");
            }
            return line.toString();
        }

        /** Writes {@code text} as ISO-8859-1 bytes, as they are, and flushes. */
        public void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Writes a complete response with a Content-Length body. */
        public void respond(int status, String extraHeaders, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            write("HTTP/1.1 " + status + " " + reason(status) + "\r\n" + extraHeaders + "Content-Length: "
                    + bytes.length + "\r\n\r\n");
            out.write(bytes);
            out.flush();
        }

        /** Writes one chunk of a chunked body, and flushes it. */
        public void writeChunk(String text) throws IOException {
            writeChunk(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Writes {@code data} as one chunk of a chunked body, and flushes it. */
        public void writeChunk(byte[] data) throws IOException {
            write(Integer.toHexString(data.length).toUpperCase(Locale.ROOT) + "\r\n");
            out.write(data);
            write("\r\n");
        }

        /** Writes the last chunk, which ends a chunked body. */
        public void endChunks() throws IOException {
            write("0\r\n\r\n");
        }

        /**
         * Blocks until the client closes or resets the connection: the server's view of an abort.
         *
         * @return true if the client went away, false if the safety timeout ran out first
         */
        public boolean awaitClientGone() {
            try {
                byte[] sink = new byte[8192];
                while (in.read(sink) >= 0) {
                    // Anything the client still sends is ignored.
                }
                return true;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }

        /** Resets the connection: the client sees "connection reset", not an orderly end. */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }
    }

    private static Head parse(String raw) {
        String[] lines = raw.split("\r\n");
        String[] requestLine = lines[0].split(" ", 3);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
            }
        }
        return new Head(requestLine[0], requestLine.length > 1 ? requestLine[1] : "",
                requestLine.length > 2 ? requestLine[2] : "", headers, raw);
    }

    /** A reason phrase for a status line. */
    public static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 302 -> "Found";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }
}
