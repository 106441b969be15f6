package dev.langgraph.transport.vertx;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.transport.vertx.internal.SharedVertx;
import dev.langgraph.transport.vertx.internal.TransportEngine;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP transport on the Vert.x 5 HTTP client, speaking HTTP/1.1 without a thread per stream.
 *
 * <p>Vert.x: the transport runs on the {@link Vertx} instance given to {@link Builder#vertx}, which the caller
 * keeps owning. Without one, every transport in the JVM shares a single instance, created on first use with
 * daemon threads and closed by a shutdown hook; never one per transport. Each transport has its own HTTP client
 * and connection pool, which {@link #close()} closes.
 *
 * <p>The future returned by {@link #send} completes as soon as the response head arrives; the body then streams
 * with back-pressure: the response stream is paused, and let flow only while at most about 64 KiB wait for the
 * body's subscriber, so a slow subscriber slows the socket read instead of filling memory. Reading a body to its
 * end returns the connection to the pool for the next request; cancelling the body subscription, closing the
 * response early or cancelling the {@code send} future before the head arrives resets the request, which closes
 * its connection, so that no half-read connection is ever reused.
 *
 * <p>Timeouts come from each {@link TransportRequest}:
 * <ul>
 *   <li>{@code connectTimeout} limits obtaining a connection: opening one, or waiting for a free pooled one when
 *       all are in use; either failure is {@link TransportException.Kind#CONNECT_TIMEOUT}.
 *   <li>{@code readTimeout} is the longest silence allowed while waiting for the response head, then between
 *       body chunks; it fails as {@link TransportException.Kind#READ_TIMEOUT}. Time the body spends paused
 *       because its subscriber has not asked for more does not count. {@code Duration.ZERO} means no limit.
 *   <li>{@code writeTimeout} is not applied: Vert.x has no per-request write timeout. A write that stalls
 *       leaves the response head missing, which the read timeout catches when set.
 * </ul>
 *
 * <p>The transport adds nothing of its own to a request: no retries, redirects, cookies, decompression,
 * tracing headers or User-Agent. Headers are sent as given, except Content-Length and Transfer-Encoding, which
 * Vert.x derives from the body (a Content-Length for a byte array, no body for {@code null}). It adds the Host
 * header when the request has none, as HTTP/1.1 requires.
 *
 * <p>The head future and every body signal may be completed on a Vert.x event-loop thread. Callers must not block
 * there; {@link #checkBlockingAllowed()} reports such threads.
 *
 * <p>Instances are thread-safe.
 */
public final class VertxTransport implements HttpTransport {

    /** The transport's name, as {@link #name()} returns it. */
    public static final String NAME = "vertx";

    /** The default limit on open connections to one host: many streams may run at once. */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 256;

    private final TransportEngine engine;

    private VertxTransport(TransportEngine engine) {
        this.engine = engine;
    }

    /**
     * Creates a transport with the default settings on the JVM's shared Vert.x instance.
     *
     * @return a new transport
     */
    public static VertxTransport create() {
        return builder().build();
    }

    /**
     * Starts building a transport.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The transport's short name.
     *
     * @return {@code "vertx"}
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Sends a request; see {@link HttpTransport#send}. Never throws. Network failures complete the future with
     * a {@link TransportException}: {@code CONNECT} (refused, unknown host, unreachable, TLS handshake),
     * {@code CONNECT_TIMEOUT}, {@code READ_TIMEOUT} or {@code IO} (reset or closed early). A request that cannot
     * be sent (a URI that is not absolute http or https, a negative timeout, an invalid method) completes it
     * with {@link IllegalArgumentException}, and any request after {@link #close()} with
     * {@link IllegalStateException}. A failure after the head arrived goes to the body subscriber's
     * {@code onError}, also as a {@link TransportException}.
     *
     * @param request the request
     * @return a future of the response head; cancelling it before the head arrives aborts the request
     */
    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return engine.send(request);
    }

    /**
     * Throws on a Vert.x event-loop thread (of any Vert.x instance), where responses are delivered and blocking
     * would stall every connection the loop serves, and can wait forever for data only that loop would read.
     * Vert.x worker threads and virtual threads may block.
     *
     * @throws IllegalStateException if the current thread is a Vert.x event-loop thread
     */
    @Override
    public void checkBlockingAllowed() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("Blocking on a Vert.x event-loop thread (" + Thread.currentThread().getName()
                    + ") would stall its connections and can deadlock; use the SDK's asynchronous client"
                    + " (LangGraphClient.async()) there, or run the blocking call on a worker thread"
                    + " (Vertx.executeBlocking)");
        }
    }

    /**
     * Ends every exchange still open with a {@link TransportException} of kind {@code IO} and closes the
     * transport's HTTP client and its connections. Never closes the Vert.x instance, neither the caller's nor
     * the shared one. Later calls to {@link #send} fail. Idempotent; never throws.
     */
    @Override
    public void close() {
        engine.close();
    }

    /** The Vert.x instance the transport runs on. For tests. */
    Vertx vertx() {
        return engine.vertx();
    }

    /** Exchanges still holding or waiting for a connection. For tests. */
    int openExchanges() {
        return engine.openExchanges();
    }

    /** Open connections of the pool, in use or idle. For tests. */
    int openConnections() {
        return engine.openConnections();
    }

    @Override
    public String toString() {
        return "VertxTransport";
    }

    /** Builds a {@link VertxTransport}. Not thread-safe. */
    public static final class Builder {

        private Vertx vertx;
        private int maxConnectionsPerHost = DEFAULT_MAX_CONNECTIONS_PER_HOST;

        private Builder() {
        }

        /**
         * The Vert.x instance to run on, such as the application's own. The caller keeps owning it: closing the
         * transport does not close it. Without this, the transport uses the JVM's shared instance.
         *
         * @param vertx the instance
         * @return this builder
         * @throws NullPointerException if {@code vertx} is null
         */
        public Builder vertx(Vertx vertx) {
            this.vertx = Objects.requireNonNull(vertx, "vertx");
            return this;
        }

        /**
         * The most connections open at once to one host and port. Default
         * {@value VertxTransport#DEFAULT_MAX_CONNECTIONS_PER_HOST}. A request that finds all of them in use waits
         * for one up to its connect timeout.
         *
         * @param maxConnectionsPerHost the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxConnectionsPerHost} is less than 1
         */
        public Builder maxConnectionsPerHost(int maxConnectionsPerHost) {
            if (maxConnectionsPerHost < 1) {
                throw new IllegalArgumentException(
                        "maxConnectionsPerHost must be at least 1, was " + maxConnectionsPerHost);
            }
            this.maxConnectionsPerHost = maxConnectionsPerHost;
            return this;
        }

        /**
         * Builds the transport, creating the JVM's shared Vert.x instance if no instance was given and it does not
         * exist yet.
         *
         * @return a new transport
         */
        public VertxTransport build() {
            Vertx instance = vertx != null ? vertx : SharedVertx.get();
            return new VertxTransport(TransportEngine.create(instance, maxConnectionsPerHost));
        }
    }
}
