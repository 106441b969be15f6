package dev.langgraph.transport.vertx;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A well-behaved HTTP/1.1 server on the loopback interface, on the JDK's built-in server. */
final class JdkServer implements AutoCloseable {

    /** What the server received. Header names are as the JDK normalises them: first letter upper case. */
    record Received(String method, String pathAndQuery, Headers headers, byte[] body, int clientPort) {
    }

    /** Answers one request; the exchange is closed afterwards. */
    interface Handler {
        void handle(HttpExchange exchange, Received request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private JdkServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static JdkServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "jdk-test-server");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.start();
            return new JdkServer(server, executor);
        } catch (IOException e) {
            throw new AssertionError("Could not start the test server", e);
        }
    }

    JdkServer handle(String path, Handler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                Headers headers = new Headers();
                headers.putAll(exchange.getRequestHeaders());
                Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                        headers, body, exchange.getRemoteAddress().getPort());
                received.add(request);
                handler.handle(exchange, request);
            } catch (Exception e) {
                // The client sees the broken exchange; a test that cares asserts on what it received.
            }
        });
        return this;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    List<Received> received() {
        return received;
    }

    Received lastReceived() {
        return received.get(received.size() - 1);
    }

    static void respond(HttpExchange exchange, int status, byte[] body, Map<String, List<String>> headers)
            throws IOException {
        exchange.getResponseHeaders().putAll(headers);
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
