package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.util.Timeout;

/** Turns a {@link TransportRequest} into what HttpClient executes: a request producer and a per-request context. */
final class RequestMapper {

    /**
     * Context attribute telling {@link ClientFactory}'s interceptor that the SDK sent no User-Agent, so the one
     * HttpClient adds by default must go.
     */
    static final String REMOVE_LIBRARY_USER_AGENT = "dev.langgraph.transport.httpclient5.removeLibraryUserAgent";

    private RequestMapper() {
    }

    /**
     * Checks that HttpClient can send the request at all.
     *
     * @param request the request
     * @throws IllegalArgumentException if the URI is not an absolute http or https URI with a host
     */
    static void validate(TransportRequest request) {
        URI uri = request.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Only http and https URIs can be sent, not " + uri);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The request URI has no host: " + uri);
        }
        if (request.connectTimeout().isNegative() || request.readTimeout().isNegative()) {
            throw new IllegalArgumentException("Timeouts must not be negative: " + request);
        }
    }

    /**
     * The request head and body. Headers are copied as given, except the body framing headers
     * (Content-Length, Transfer-Encoding), which HttpClient derives from the body and refuses to find already
     * set.
     *
     * @param request the request
     * @return the producer
     */
    static AsyncRequestProducer producer(TransportRequest request) {
        BasicHttpRequest head = new BasicHttpRequest(request.method(), request.uri());
        request.headers().forEach((name, value) -> {
            if (!isBodyFraming(name)) {
                head.addHeader(name, value);
            }
        });
        byte[] body = request.body();
        return new BasicRequestProducer(head, body == null ? null : new ByteArrayEntityProducer(body));
    }

    /**
     * A context carrying this request's configuration. It replaces the client's default configuration for the
     * request, which is what makes a wrapped client behave like ours for timeouts, redirects and the rest.
     *
     * @param request the request
     * @return a new context
     */
    static HttpClientContext context(TransportRequest request) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(config(request));
        if (!request.headers().contains("User-Agent")) {
            context.setAttribute(REMOVE_LIBRARY_USER_AGENT, Boolean.TRUE);
        }
        return context;
    }

    @SuppressWarnings("deprecation") // The per-request connect timeout is deprecated but still honoured.
    private static RequestConfig config(TransportRequest request) {
        Timeout connect = timeout(request.connectTimeout());
        return RequestConfig.custom()
                // Waiting for a free pooled connection counts as connecting: it fails as CONNECT_TIMEOUT.
                .setConnectionRequestTimeout(connect)
                .setConnectTimeout(connect)
                // HttpClient's response timeout is the connection's I/O idle timeout during the exchange.
                .setResponseTimeout(timeout(request.readTimeout()))
                .setRedirectsEnabled(false)
                .setAuthenticationEnabled(false)
                .setContentCompressionEnabled(false)
                .setExpectContinueEnabled(false)
                // Otherwise HttpClient adds "Upgrade: TLS/1.2" and "Connection: Upgrade" to plain GETs.
                .setProtocolUpgradeEnabled(false)
                // Cancelling the execution future must close the connection, not let the exchange run on.
                .setHardCancellationEnabled(true)
                .build();
    }

    private static Timeout timeout(Duration duration) {
        // Timeout.DISABLED is zero: "no limit", as the SPI defines ZERO.
        return duration.isZero() ? Timeout.DISABLED : Timeout.of(duration);
    }

    static boolean isBodyFraming(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding");
    }
}
