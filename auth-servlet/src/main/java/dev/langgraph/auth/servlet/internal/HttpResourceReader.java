package dev.langgraph.auth.servlet.internal;

import dev.langgraph.auth.servlet.ResourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link ResourceReader} over the JDK's {@link HttpClient}. */
public final class HttpResourceReader implements ResourceReader {

    /**
     * Not found, or an id the server refuses (JS: 400 for a malformed UUID; Python: 422): the request itself will
     * be refused alike, so there is nothing to protect. 401/403 are not here: a reader without the server's
     * credentials must fail, not let every request through.
     */
    private static final Set<Integer> NO_SUCH_RESOURCE = Set.of(400, 404, 422);

    private final String baseUrl;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final HttpClient client;

    /**
     * Creates a reader.
     *
     * @param baseUrl the server's base URL
     * @param timeout the timeout of one read
     * @param headers headers to send
     * @throws IllegalArgumentException if the URL is not absolute http(s) or the timeout is not positive
     */
    public HttpResourceReader(URI baseUrl, Duration timeout, Map<String, String> headers) {
        String scheme = Objects.requireNonNull(baseUrl, "baseUrl").getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("The server's base URL must be http(s): " + baseUrl);
        }
        if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive: " + timeout);
        }
        String url = baseUrl.toString();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeout = timeout;
        this.headers = Map.copyOf(headers);
        // HTTP/1.1: an h2c upgrade offer on a plain connection is answered oddly by some servers (Node's gives an
        // empty body).
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> read(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", "application/json").GET();
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + path, e);
        }
        if (NO_SUCH_RESOURCE.contains(response.statusCode())) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Reading " + path + " answered " + response.statusCode());
        }
        Object json = Json.parse(response.body());
        if (!(json instanceof Map)) {
            throw new IllegalStateException("Reading " + path + " did not answer a JSON object");
        }
        return Optional.of((Map<String, Object>) json);
    }

    @Override
    public String toString() {
        return "ResourceReader[" + baseUrl + "]";
    }
}
