package dev.langgraph.auth.servlet.jwt;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JWKS endpoint on the JDK's HttpServer (loopback, free port) that counts its fetches and can be made to fail
 * (500) or hang until {@link #close()}.
 */
final class JwksServer implements AutoCloseable {

    enum Mode { SERVE, FAIL, HANG }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger fetches = new AtomicInteger();
    volatile JWKSet keys;
    volatile Mode mode = Mode.SERVE;

    JwksServer(JWKSet keys) throws IOException {
        this.keys = keys;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            try (exchange) {
                if (mode == Mode.HANG) {
                    release.await(30, TimeUnit.SECONDS);
                    return;
                }
                byte[] body = (mode == Mode.FAIL ? "oops" : this.keys.toPublicJWKSet().toString())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(mode == Mode.FAIL ? 500 : 200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
