package dev.langgraph.testkit.tck;

import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import java.net.URI;
import java.time.Duration;

/** Builds requests with timeouts long enough never to fire, unless a test sets a short one on purpose. */
public final class Requests {

    /** The connect timeout of the requests built here. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The read (idle) timeout of the requests built here. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private Requests() {
    }

    /** A GET of {@code uri} without headers. */
    public static TransportRequest get(URI uri) {
        return request("GET", uri, TransportHeaders.empty(), null);
    }

    /** A request with the given method, headers and body (null for none). */
    public static TransportRequest request(String method, URI uri, TransportHeaders headers, byte[] body) {
        return new TransportRequest(method, uri, headers, body, CONNECT_TIMEOUT, READ_TIMEOUT, Duration.ZERO);
    }

    /** {@code request} with another read timeout. */
    public static TransportRequest withReadTimeout(TransportRequest request, Duration readTimeout) {
        return new TransportRequest(request.method(), request.uri(), request.headers(), request.body(),
                request.connectTimeout(), readTimeout, request.writeTimeout());
    }

    /** {@code request} with another connect timeout. */
    public static TransportRequest withConnectTimeout(TransportRequest request, Duration connectTimeout) {
        return new TransportRequest(request.method(), request.uri(), request.headers(), request.body(),
                connectTimeout, request.readTimeout(), request.writeTimeout());
    }
}
