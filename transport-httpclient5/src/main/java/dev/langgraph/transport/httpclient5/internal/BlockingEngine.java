package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * The blocking path: exchanges on HttpClient's classic client, on the calling thread, for callers that block until
 * the response anyway. It saves the two hand-offs of an asynchronous exchange (to the I/O reactor and back), which
 * are most of the cost of a small request. Same request mapping, configuration and failure mapping as the
 * asynchronous {@link TransportEngine}; its own connection pool with the same limits.
 */
public final class BlockingEngine {

    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final Set<HttpUriRequestBase> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private BlockingEngine(PoolingHttpClientConnectionManager pool, CloseableHttpClient client) {
        this.pool = pool;
        this.client = client;
    }

    /**
     * An engine on a new classic client that it owns.
     *
     * @param maxTotal the most connections open at once
     * @param maxPerRoute the most connections open at once to one host and port
     * @return the engine
     * @throws IllegalArgumentException if a limit is not positive
     */
    public static BlockingEngine create(int maxTotal, int maxPerRoute) {
        PoolingHttpClientConnectionManager pool = ClientFactory.classicPool(maxTotal, maxPerRoute);
        CloseableHttpClient client = ClientFactory.classicClient(pool);
        return new BlockingEngine(pool, client);
    }

    /**
     * Sends a request on the calling thread and returns once the response head has arrived.
     *
     * @param request the request
     * @param abort completing it aborts the exchange (from any thread)
     * @return the response; its body is read on the thread that requests it
     * @throws TransportException for network failures, timeouts and aborts
     * @throws IllegalArgumentException if the request cannot be sent
     * @throws IllegalStateException if the engine is closed
     * @throws NullPointerException if an argument is null
     */
    public TransportResponse send(TransportRequest request, CompletionStage<?> abort) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(abort, "abort");
        if (closed.get()) {
            throw new IllegalStateException("The transport is closed");
        }
        RequestMapper.validate(request);
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach((name, value) -> {
            if (!RequestMapper.isBodyFraming(name)) {
                http.addHeader(name, value);
            }
        });
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), null));
        }
        inFlight.add(http);
        abort.whenComplete((v, e) -> http.cancel());
        if (closed.get()) {
            http.cancel(); // close() ran since the check above and may not have seen this request
        }
        HttpClientContext context = RequestMapper.context(request);
        try {
            ClassicHttpResponse response = client.executeOpen(null, http, context);
            return new BlockingResponse(response, request, http::cancel, () -> inFlight.remove(http));
        } catch (IOException | RuntimeException e) {
            inFlight.remove(http);
            if (http.isCancelled()) {
                throw new TransportException(TransportException.Kind.IO, "The exchange was aborted: " + request, e);
            }
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                throw (RuntimeException) e;
            }
            throw FailureMapper.map(e, request);
        }
    }

    /** Aborts every exchange in flight and closes the client at once. Idempotent; never throws. */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        inFlight.forEach(HttpUriRequestBase::cancel);
        client.close(CloseMode.IMMEDIATE);
    }

    /**
     * Connections of the pool that are leased to an exchange, for tests.
     *
     * @return the number of leased connections
     */
    public int leasedConnections() {
        return pool.getTotalStats().getLeased();
    }
}
