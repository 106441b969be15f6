package dev.langgraph.transport.vertx.internal;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.tracing.TracingPolicy;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs exchanges on one Vert.x HTTP client and keeps track of those still open, so that closing the transport can
 * end them. The public {@code VertxTransport} is a thin face over this class.
 */
public final class TransportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(TransportEngine.class);

    private final Vertx vertx;
    private final HttpClientAgent client;
    private final Set<Exchange> openExchanges = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openConnections;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TransportEngine(Vertx vertx, HttpClientAgent client, AtomicInteger openConnections) {
        this.vertx = vertx;
        this.client = client;
        this.openConnections = openConnections;
    }

    /**
     * An engine with its own HTTP client on {@code vertx}. Closing the engine closes the client, never Vert.x.
     *
     * @param vertx the Vert.x instance to run on
     * @param maxConnectionsPerHost the most connections open at once to one host and port
     * @return the engine
     * @throws NullPointerException if {@code vertx} is null
     * @throws IllegalArgumentException if {@code maxConnectionsPerHost} is less than 1
     */
    public static TransportEngine create(Vertx vertx, int maxConnectionsPerHost) {
        Objects.requireNonNull(vertx, "vertx");
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be at least 1, was " + maxConnectionsPerHost);
        }
        HttpClientOptions options = new HttpClientOptions()
                // HTTP/1.1 only: one stream per connection keeps an abort local to its exchange.
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true)
                // Decompression would add Accept-Encoding and change the bytes the SDK sees.
                .setDecompressionSupported(false)
                // A tracer configured on the user's Vert.x would add headers of its own; the SDK sends its own.
                .setTracingPolicy(TracingPolicy.IGNORE);
        AtomicInteger openConnections = new AtomicInteger();
        HttpClientAgent client = vertx.httpClientBuilder()
                .with(options)
                .with(new PoolOptions().setHttp1MaxSize(maxConnectionsPerHost))
                .withConnectHandler(connection -> track(connection, openConnections))
                .build();
        return new TransportEngine(vertx, client, openConnections);
    }

    private static void track(HttpConnection connection, AtomicInteger openConnections) {
        openConnections.incrementAndGet();
        connection.closeHandler(v -> openConnections.decrementAndGet());
        // The exchange on the connection reports the failure to its caller; without a handler Vert.x would also
        // log every reset connection as an error.
        connection.exceptionHandler(e -> LOG.debug("Connection to {} failed", connection.remoteAddress(), e));
    }

    /**
     * Sends a request. Never throws: every failure completes the returned future exceptionally, with a
     * {@link TransportException} for network failures, {@link NullPointerException} for a null request,
     * {@link IllegalArgumentException} for a request that cannot be sent (not http or https, no host, negative
     * timeout, invalid method) and {@link IllegalStateException} once the engine is closed.
     *
     * @param request the request
     * @return a future of the response head
     */
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new NullPointerException("request"));
        }
        if (closed.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("The transport is closed"));
        }
        try {
            RequestMapper.validate(request);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        Exchange exchange = new Exchange(request, vertx, openExchanges::remove);
        openExchanges.add(exchange);
        exchange.start(client);
        return exchange.head();
    }

    /**
     * Ends every open exchange with a {@link TransportException} of kind IO and closes the HTTP client at once,
     * without waiting for streams that may never end. Never closes Vert.x. Idempotent; never throws.
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        TransportException reason = new TransportException(TransportException.Kind.IO, "The transport was closed", null);
        for (Exchange exchange : openExchanges) {
            exchange.abortWith(reason);
        }
        try {
            client.close().onFailure(e -> LOG.warn("Closing the Vert.x HTTP client failed", e));
        } catch (RuntimeException e) {
            LOG.warn("Closing the Vert.x HTTP client failed", e);
        }
    }

    /**
     * The Vert.x instance the engine runs on.
     *
     * @return the instance
     */
    public Vertx vertx() {
        return vertx;
    }

    /**
     * Exchanges still holding or waiting for a connection.
     *
     * @return the number of open exchanges
     */
    public int openExchanges() {
        return openExchanges.size();
    }

    /**
     * Connections of the client's pool that are open, whether in use or idle.
     *
     * @return the number of open connections
     */
    public int openConnections() {
        return openConnections.get();
    }
}
