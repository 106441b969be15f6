package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.ResponseBodyPublisher;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;

/**
 * Builds the HttpClient the transport owns: HTTP/1.1 only, and with every feature off that would make the
 * transport do more than send the request it is given (retries, redirects, cookies, authentication,
 * decompression, a User-Agent of its own).
 */
final class ClientFactory {

    static final int SESSION_BUFFER_BYTES = 32 * 1024;

    private ClientFactory() {
    }

    /**
     * A connection pool.
     *
     * @param maxTotal the most connections open at once
     * @param maxPerRoute the most connections open at once to one host and port
     * @return the pool
     * @throws IllegalArgumentException if a limit is not positive
     */
    static PoolingAsyncClientConnectionManager pool(int maxTotal, int maxPerRoute) {
        checkLimits(maxTotal, maxPerRoute);
        return PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                // No ALPN upgrade to HTTP/2 over TLS: one stream per connection keeps aborts local.
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                .build();
    }

    /**
     * A client on the pool, not yet started. Closing the client closes the pool.
     *
     * @param pool the pool
     * @return the client
     */
    static CloseableHttpAsyncClient client(PoolingAsyncClientConnectionManager pool) {
        return HttpAsyncClients.custom()
                .setConnectionManager(pool)
                // The first window of a response, before back-pressure takes over: one buffer budget.
                .setHttp1Config(Http1Config.custom()
                        .setInitialWindowSize(ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET)
                        // Reads of 32 KB instead of 8 KB: a quarter of the syscalls and chunks on a fast stream.
                        .setBufferSize(SESSION_BUFFER_BYTES)
                        .build())
                // Makes the input window hold for chunked bodies too (see WindowGatedSession).
                .setIoSessionDecorator(WindowGatedSession::decorate)
                .setThreadFactory(IoThreads.factory("langgraph-httpclient5"))
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                // Decompression would add Accept-Encoding and change the bytes the SDK sees.
                .disableContentCompression()
                .addRequestInterceptorLast(ClientFactory::removeLibraryUserAgent)
                .addExecInterceptorBefore(ChainElement.MAIN_TRANSPORT.name(), AbortBinding.NAME, new AbortBinding())
                .build();
    }

    /**
     * The pool of the classic client that serves blocking calls on the calling thread.
     *
     * @param maxTotal the most connections open at once
     * @param maxPerRoute the most connections open at once to one host and port
     * @return the pool
     * @throws IllegalArgumentException if a limit is not positive
     */
    static PoolingHttpClientConnectionManager classicPool(int maxTotal, int maxPerRoute) {
        checkLimits(maxTotal, maxPerRoute);
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                .build();
    }

    /**
     * The classic client on the pool, with the same features off as {@link #client}. Closing it closes the pool.
     *
     * @param pool the pool
     * @return the client
     */
    static CloseableHttpClient classicClient(PoolingHttpClientConnectionManager pool) {
        return HttpClients.custom()
                .setConnectionManager(pool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .disableContentCompression()
                .addRequestInterceptorLast(ClientFactory::removeLibraryUserAgent)
                .build();
    }

    private static void checkLimits(int maxTotal, int maxPerRoute) {
        if (maxTotal < 1 || maxPerRoute < 1) {
            throw new IllegalArgumentException(
                    "Connection limits must be positive, were " + maxTotal + " total and " + maxPerRoute + " per route");
        }
    }

    /**
     * HttpClient adds its own User-Agent to requests without one. The SDK sets its own; when a request has
     * none, none is sent. Runs after HttpClient's interceptors, so it sees the header they added.
     */
    private static void removeLibraryUserAgent(HttpRequest request, EntityDetails entity, HttpContext context) {
        if (Boolean.TRUE.equals(context.getAttribute(RequestMapper.REMOVE_LIBRARY_USER_AGENT))) {
            request.removeHeaders(HttpHeaders.USER_AGENT);
        }
    }
}
