package dev.langgraph.testkit.tck;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A well-behaved HTTP/1.1 server on the JDK's built-in {@link HttpServer}, on the loopback interface and a free
 * port. It records every request it receives.
 */
public final class JdkServer implements AutoCloseable {

    /**
     * A request as the server received it.
     *
     * @param method the method
     * @param pathAndQuery the raw (still encoded) path and query
     * @param headers the headers; the JDK normalises names to a first upper-case letter and looks up ignoring case
     * @param body the body, or empty when the handler streams it itself
     * @param clientPort the client's port: equal ports mean one connection
     */
    public record Received(String method, String pathAndQuery, Headers headers, byte[] body, int clientPort) {
    }

    /** Answers one request; the exchange is closed afterwards. */
    public interface Handler {
        void handle(HttpExchange exchange, Received request) throws Exception;
    }

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private JdkServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on the loopback interface and a free port. */
    public static JdkServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            String name = "tck-jdk-server-" + SERVERS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, name + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            return new JdkServer(server, executor);
        } catch (IOException e) {
            throw new AssertionError("Could not start the JDK test server", e);
        }
    }

    /** Answers requests under {@code path}; the request body is read whole before the handler runs. */
    public JdkServer handle(String path, Handler handler) {
        return handle(path, true, handler);
    }

    /** Answers requests under {@code path}; the handler reads the request body itself from the exchange. */
    public JdkServer handleStreaming(String path, Handler handler) {
        return handle(path, false, handler);
    }

    private JdkServer handle(String path, boolean readBody, Handler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                byte[] body = new byte[0];
                if (readBody) {
                    try (InputStream in = exchange.getRequestBody()) {
                        body = in.readAllBytes();
                    }
                }
                Headers headers = new Headers();
                headers.putAll(exchange.getRequestHeaders());
                URI uri = exchange.getRequestURI();
                Received request = new Received(exchange.getRequestMethod(),
                        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), headers, body,
                        exchange.getRemoteAddress().getPort());
                received.add(request);
                handler.handle(exchange, request);
            } catch (Exception e) {
                // The client sees the broken exchange; a test that cares asserts on what it received.
            }
        });
        return this;
    }

    /** An absolute URI on this server; {@code pathAndQuery} is used as given, already encoded. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    /** The server's base URL, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received so far, in order of arrival. */
    public List<Received> received() {
        return received;
    }

    /** The last request received; fails if there was none. */
    public Received lastReceived() {
        if (received.isEmpty()) {
            throw new AssertionError("The server received no request");
        }
        return received.get(received.size() - 1);
    }

    /** Sends a complete response with a Content-Length body (none for an empty one). */
    public static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
