package dev.langgraph.transport.httpclient5;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.transport.httpclient5.internal.IoThreads;
import dev.langgraph.transport.httpclient5.internal.BlockingEngine;
import dev.langgraph.transport.httpclient5.internal.TransportEngine;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/**
 * The SDK's HTTP transport on Apache HttpClient 5's asynchronous client, speaking HTTP/1.1.
 *
 * <p>The future returned by {@link #send} completes as soon as the response head arrives; the body then streams
 * with back-pressure: the socket is read only as far as the body's subscriber has asked for, with at most about
 * 64 KiB held in between. Reading a body to its end returns the connection to the pool for the next request;
 * cancelling the body subscription, closing the response early or cancelling the {@code send} future before
 * the head arrives closes the connection instead, so that no half-read connection is ever reused.
 *
 * <p>Timeouts come from each {@link TransportRequest}:
 * <ul>
 *   <li>{@code connectTimeout} limits the time until the request has a connection: waiting for a free pooled
 *       connection when all are in use, plus opening a new one. It fails as
 *       {@link TransportException.Kind#CONNECT_TIMEOUT}.
 *   <li>{@code readTimeout} is HttpClient's response timeout: the longest the connection may stay idle (no byte
 *       read or written) during the exchange, while waiting for the head and between body chunks; it fails as
 *       {@link TransportException.Kind#READ_TIMEOUT}. {@code Duration.ZERO} means no limit. The timer is the
 *       connection's, so a subscriber that stops requesting for longer than this also trips it.
 *   <li>{@code writeTimeout} is not applied: HttpClient 5 has no timeout for writes alone. A write that stalls
 *       is caught by the same idle timeout as reads, when {@code readTimeout} is set.
 * </ul>
 *
 * <p>The transport adds nothing of its own to a request: no retries, redirects, cookies, authentication,
 * decompression or User-Agent. Headers are sent as given, except Content-Length and Transfer-Encoding, which
 * HttpClient derives from the body (a Content-Length for a byte array, no body for {@code null}). HttpClient adds
 * the Host header when the request has none, as HTTP/1.1 requires, and {@code Connection: keep-alive}.
 *
 * <p>Body signals are delivered on HttpClient's I/O threads, or on the thread that calls {@code request}.
 * Subscribers must not block there; {@link #checkBlockingAllowed()} reports such threads.
 *
 * <p>Instances are thread-safe.
 */
public final class HttpClient5Transport implements HttpTransport {

    /** The transport's name, as {@link #name()} returns it. */
    public static final String NAME = "httpclient5";

    /** The default limit on open connections, in total and to one host: many streams may run at once. */
    public static final int DEFAULT_MAX_CONNECTIONS = 256;

    private final TransportEngine engine;
    /** The classic client for blocking callers; null for a wrapped client, which has only the asynchronous one. */
    private final BlockingEngine blocking;

    private HttpClient5Transport(TransportEngine engine, BlockingEngine blocking) {
        this.engine = engine;
        this.blocking = blocking;
    }

    /**
     * Creates a transport with its own client and the default settings. Closing the transport closes the client.
     *
     * @return a new transport
     */
    public static HttpClient5Transport create() {
        return builder().build();
    }

    /**
     * Starts building a transport with its own client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a transport on a client configured by the caller, who keeps owning it: {@link #close()} does not
     * close it. The client is started if it was not yet.
     *
     * <p>Each request carries its own configuration, which replaces the client's default one: timeouts come
     * from the request, and redirects, authentication, compression and Expect-Continue are off. For a thin
     * transport, build the client with {@code disableAutomaticRetries()} as well, since retries cannot be
     * switched off per request, and with {@code disableContentCompression()} and
     * {@code disableCookieManagement()}.
     *
     * <p>A client built elsewhere lacks two safeguards of a transport's own client, which hook into its
     * execution chain. An abort that coincides with HttpClient starting the exchange can be lost (HttpClient
     * 5.6 then sends the request anyway), leaving the connection leased until the server answers or the read
     * timeout fires. And HttpClient checks the wait for a pooled connection against the connect timeout only
     * when its pool changes, so with every connection busy a request may wait longer.
     *
     * @param client the client to send requests with
     * @return a new transport
     * @throws NullPointerException if {@code client} is null
     */
    public static HttpClient5Transport wrap(CloseableHttpAsyncClient client) {
        return new HttpClient5Transport(TransportEngine.wrap(client), null);
    }

    /**
     * The transport's short name.
     *
     * @return {@code "httpclient5"}
     */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Sends a request; see {@link HttpTransport#send}. Never throws. Network failures complete the future with
     * a {@link TransportException}: {@code CONNECT} (refused, unknown host, unreachable, TLS handshake),
     * {@code CONNECT_TIMEOUT}, {@code READ_TIMEOUT} or {@code IO} (reset or closed early). A request that cannot
     * be sent (a URI that is not absolute http or https, a negative timeout) completes it with
     * {@link IllegalArgumentException}, and any request after {@link #close()} with
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
     * Throws on HttpClient's I/O threads, where response signals are delivered and blocking would stall every
     * connection the thread serves.
     *
     * @throws IllegalStateException if the current thread is an HttpClient I/O thread
     */
    /**
     * Sends a request on the calling thread, on HttpClient's classic client (same configuration, its own pool
     * with the same limits), and reads its body on the thread that requests it. A transport made by
     * {@link #wrap} has no classic client and waits for {@link #send} instead.
     *
     * @param request the request to send
     * @param abort completing it aborts the exchange
     * @return the response head
     * @throws TransportException for network failures, timeouts and aborts
     * @throws IllegalArgumentException if the request cannot be sent
     * @throws IllegalStateException if the transport is closed
     */
    @Override
    public TransportResponse sendAndWait(TransportRequest request, CompletionStage<?> abort) {
        if (blocking == null) {
            return HttpTransport.super.sendAndWait(request, abort);
        }
        if (request == null) {
            throw new NullPointerException("request");
        }
        return blocking.send(request, abort);
    }

    /**
     * True unless this transport wraps a client given to {@link #wrap}: {@link #sendAndWait} then runs on the
     * calling thread.
     *
     * @return whether blocking calls use the classic client
     */
    @Override
    public boolean sendsOnCallingThread() {
        return blocking != null;
    }

    @Override
    public void checkBlockingAllowed() {
        IoThreads.checkBlockingAllowed();
    }

    /**
     * Ends every exchange still open with a {@link TransportException} of kind {@code IO}, and closes the client
     * if the transport created it (not one given to {@link #wrap}). Later calls to {@link #send} fail.
     * Idempotent; never throws.
     */
    @Override
    public void close() {
        engine.close();
        if (blocking != null) {
            blocking.close();
        }
    }

    /** Connections leased from the pool; -1 for a wrapped client. For tests. */
    int leasedConnections() {
        return engine.leasedConnections();
    }

    /** Open connections idle in the pool; -1 for a wrapped client. For tests. */
    int idleConnections() {
        return engine.idleConnections();
    }

    /** Exchanges HttpClient has not finished yet. For tests. */
    int openExchanges() {
        return engine.openExchanges();
    }

    @Override
    public String toString() {
        return "HttpClient5Transport";
    }

    /** Builds an {@link HttpClient5Transport} with its own client. Not thread-safe. */
    public static final class Builder {

        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxConnectionsPerRoute = -1;

        private Builder() {
        }

        /**
         * The most connections open at once. Unless {@link #maxConnectionsPerRoute} is set, it is also the limit
         * for one host. Default {@value HttpClient5Transport#DEFAULT_MAX_CONNECTIONS}. A request that finds all
         * connections in use waits for one up to its connect timeout.
         *
         * @param maxConnections the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxConnections} is less than 1
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = positive(maxConnections, "maxConnections");
            return this;
        }

        /**
         * The most connections open at once to one host and port. Defaults to {@link #maxConnections}.
         *
         * @param maxConnectionsPerRoute the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxConnectionsPerRoute} is less than 1
         */
        public Builder maxConnectionsPerRoute(int maxConnectionsPerRoute) {
            this.maxConnectionsPerRoute = positive(maxConnectionsPerRoute, "maxConnectionsPerRoute");
            return this;
        }

        /**
         * Builds the transport and starts its client.
         *
         * @return a new transport that owns its client
         */
        public HttpClient5Transport build() {
            int perRoute = maxConnectionsPerRoute > 0 ? maxConnectionsPerRoute : maxConnections;
            return new HttpClient5Transport(TransportEngine.create(maxConnections, perRoute),
                    BlockingEngine.create(maxConnections, perRoute));
        }

        private static int positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }
    }
}
