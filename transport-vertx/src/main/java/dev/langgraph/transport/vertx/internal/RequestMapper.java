package dev.langgraph.transport.vertx.internal;

import dev.langgraph.client.transport.TransportRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** Turns a {@link TransportRequest} into the Vert.x {@link RequestOptions} of one request. */
final class RequestMapper {

    private RequestMapper() {
    }

    /**
     * Checks that Vert.x can send the request at all.
     *
     * @param request the request
     * @throws IllegalArgumentException if the URI is not an absolute http or https URI with a host, a timeout is
     *     negative, or the method is not a valid token
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
        // Vert.x checks the characters of a method it does not know.
        HttpMethod.valueOf(request.method());
    }

    /**
     * The options of the request. Headers are copied as given, except the body framing headers (Content-Length,
     * Transfer-Encoding), which Vert.x derives from the body. Redirects are off, and the idle timeout covers the
     * wait for the response head only (Vert.x stops it there; the body has its own {@link IdleTimer}).
     *
     * @param request a valid request
     * @return new options
     */
    static RequestOptions options(TransportRequest request) {
        URI uri = request.uri();
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method()))
                .setSsl(https)
                .setHost(unbracketed(uri.getHost()))
                .setPort(uri.getPort() != -1 ? uri.getPort() : (https ? 443 : 80))
                .setURI(pathAndQuery(uri))
                .setFollowRedirects(false)
                // Waiting for a pooled connection counts, so a full pool fails as CONNECT_TIMEOUT too.
                .setConnectTimeout(millis(request.connectTimeout()));
        long readTimeout = millis(request.readTimeout());
        if (readTimeout > 0) {
            options.setIdleTimeout(readTimeout);
        }
        request.headers().forEach((name, value) -> {
            if (!isBodyFraming(name)) {
                options.addHeader(name, value);
            }
        });
        return options;
    }

    /**
     * A duration in whole milliseconds, rounded up so that a tiny timeout does not become "none".
     *
     * @param duration the duration, not negative
     * @return the milliseconds; 0 for {@link Duration#ZERO}
     */
    static long millis(Duration duration) {
        if (duration.isZero()) {
            return 0;
        }
        long millis = duration.toMillis();
        return duration.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
    }

    private static String pathAndQuery(URI uri) {
        // The raw forms: the SDK encoded them already, and they must reach the server as they are.
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String unbracketed(String host) {
        // URI keeps an IPv6 literal in brackets; Vert.x wants the address alone.
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isBodyFraming(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding");
    }
}
