package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs exchanges on one HttpClient and keeps track of those still open, so that closing the transport can end
 * them. The public {@code HttpClient5Transport} is a thin face over this class.
 */
public final class TransportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(TransportEngine.class);

    private final CloseableHttpAsyncClient client;
    /** The pool of a client we built; null for a wrapped client, whose pool we cannot see. */
    private final PoolingAsyncClientConnectionManager pool;
    private final boolean ownsClient;
    /**
     * Enforces connect timeouts that include the wait for a pooled connection; null for a wrapped client, whose
     * execution chain has no {@link AbortBinding} to tell when a connection is ready.
     */
    private final ScheduledExecutorService connectTimer;
    private final Set<Exchange> openExchanges = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private TransportEngine(CloseableHttpAsyncClient client, PoolingAsyncClientConnectionManager pool, boolean owns) {
        this.client = client;
        this.pool = pool;
        this.ownsClient = owns;
        this.connectTimer = owns ? newConnectTimer() : null;
    }

    private static ScheduledExecutorService newConnectTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "langgraph-httpclient5-connect-timer");
            thread.setDaemon(true);
            return thread;
        });
        // Most deadlines are cancelled long before they are due; drop them at once rather than keep them queued.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * An engine on a new client that it owns and closes.
     *
     * @param maxTotal the most connections open at once
     * @param maxPerRoute the most connections open at once to one host and port
     * @return the engine, its client started
     * @throws IllegalArgumentException if a limit is not positive
     */
    public static TransportEngine create(int maxTotal, int maxPerRoute) {
        PoolingAsyncClientConnectionManager pool = ClientFactory.pool(maxTotal, maxPerRoute);
        CloseableHttpAsyncClient client = ClientFactory.client(pool);
        client.start();
        return new TransportEngine(client, pool, true);
    }

    /**
     * An engine on a client that the caller owns; it is started if it was not, and never closed by the engine.
     *
     * @param client the client
     * @return the engine
     * @throws NullPointerException if {@code client} is null
     */
    public static TransportEngine wrap(CloseableHttpAsyncClient client) {
        Objects.requireNonNull(client, "client");
        // Idempotent: HttpClient starts its reactor only on the first call.
        client.start();
        return new TransportEngine(client, null, false);
    }

    /**
     * Sends a request. Never throws: every failure completes the returned future exceptionally, with a
     * {@link TransportException} for network failures, {@link IllegalArgumentException} for a request that
     * cannot be sent (not http or https, no host, negative timeout) and {@link IllegalStateException} once
     * the engine is closed.
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
        Exchange exchange = new Exchange(request, openExchanges::remove);
        openExchanges.add(exchange);
        if (closed.get()) {
            // close() ran since the check above and may not have seen this exchange.
            openExchanges.remove(exchange);
            return CompletableFuture.failedFuture(new IllegalStateException("The transport is closed"));
        }
        startConnectDeadline(exchange, request);
        try {
            HttpClientContext context = RequestMapper.context(request);
            context.setAttribute(AbortBinding.EXCHANGE_ATTRIBUTE, exchange);
            Future<Void> execution =
                    client.execute(RequestMapper.producer(request), exchange.newConsumer(), null, context, exchange);
            exchange.started(execution);
        } catch (RuntimeException e) {
            // HttpClient reports most failures through the callback; this covers those it throws.
            exchange.failed(e);
        }
        return exchange.head();
    }

    /**
     * HttpClient checks the wait for a pooled connection only when the pool changes, so a request could wait far
     * longer than its connect timeout while every connection carries a long stream. This deadline covers the
     * wait and the connecting together, and is cancelled as soon as the connection is ready.
     */
    private void startConnectDeadline(Exchange exchange, TransportRequest request) {
        if (connectTimer == null || request.connectTimeout().isZero()) {
            return;
        }
        try {
            exchange.startConnectDeadline(connectTimer, request.connectTimeout());
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: close() ends the exchange.
        }
    }

    /**
     * Ends every open exchange with a {@link TransportException} of kind IO and, if the engine owns its client,
     * closes it at once. Idempotent; never throws.
     */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        TransportException reason = new TransportException(TransportException.Kind.IO, "The transport was closed", null);
        for (Exchange exchange : openExchanges) {
            exchange.abortWith(reason);
        }
        if (connectTimer != null) {
            connectTimer.shutdownNow();
        }
        if (ownsClient) {
            try {
                // Not graceful: a graceful close would wait for streams that may never end.
                client.close(CloseMode.IMMEDIATE);
            } catch (RuntimeException e) {
                LOG.warn("Closing HttpClient failed", e);
            }
        }
    }

    /**
     * Connections of the pool that are leased to an exchange.
     *
     * @return the number of leased connections, or -1 for a wrapped client, whose pool is unknown
     */
    public int leasedConnections() {
        return pool == null ? -1 : pool.getTotalStats().getLeased();
    }

    /**
     * Open connections waiting in the pool for the next exchange.
     *
     * @return the number of idle connections, or -1 for a wrapped client, whose pool is unknown
     */
    public int idleConnections() {
        return pool == null ? -1 : pool.getTotalStats().getAvailable();
    }

    /**
     * Exchanges that HttpClient has not yet finished: waiting for a connection, or their head or body.
     *
     * @return the number of open exchanges
     */
    public int openExchanges() {
        return openExchanges.size();
    }
}
