package dev.langgraph.testkit;

import dev.langgraph.testkit.internal.control.CapturedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request the fake server received (see {@link FakeLangGraphServer#takeRequest()}), as it arrived: method, path,
 * query, headers and body. Immutable.
 */
public final class RecordedRequest {

    private final CapturedRequest request;

    RecordedRequest(CapturedRequest request) {
        this.request = request;
    }

    /**
     * Returns the request's number among the server's requests (from 0; a reset starts again).
     *
     * @return the number
     */
    public long sequenceNumber() {
        return request.sequence();
    }

    /**
     * Returns the method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return request.method();
    }

    /**
     * Returns the path as sent (percent-encoding kept), without the query.
     *
     * @return e.g. {@code /threads/5f0.../runs/stream}
     */
    public String path() {
        return request.path();
    }

    /**
     * Returns the query as sent.
     *
     * @return e.g. {@code limit=10&offset=0}, or {@code null} if there is none
     */
    public String query() {
        return request.query();
    }

    /**
     * Returns the path with the query, as in the request line.
     *
     * @return e.g. {@code /threads/x/history?limit=1}
     */
    public String target() {
        return request.query() == null ? request.path() : request.path() + "?" + request.query();
    }

    /**
     * Returns every header.
     *
     * @return the values by lower-case name
     */
    public Map<String, List<String>> headers() {
        return Collections.unmodifiableMap(request.headers());
    }

    /**
     * Returns a header's first value.
     *
     * @param name the name, any case
     * @return the value, or {@code null} if absent
     */
    public String header(String name) {
        List<String> values = request.headers().get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Returns the body.
     *
     * @return a copy of the bytes (empty if none)
     */
    public byte[] body() {
        return request.body().clone();
    }

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text (empty if none)
     */
    public String bodyAsString() {
        return new String(request.body(), StandardCharsets.UTF_8);
    }

    /**
     * Returns when the request arrived (wall clock, even with a {@link TestClock}).
     *
     * @return the instant
     */
    public Instant receivedAt() {
        return request.receivedAt();
    }

    @Override
    public String toString() {
        return method() + " " + target();
    }
}
