package dev.langgraph.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Time limits for one request.
 *
 * <p>{@code read} is the longest silence allowed between two reads of a response. It is the limit that matters on
 * a streaming run: the server sends nothing while a node works (the JS dev server has no heartbeats), so it must
 * exceed your slowest node. {@code request} bounds a whole non-streaming call, retries included; it does not
 * apply to streams, which may legitimately run for a long time. {@link Duration#ZERO} means "no limit".
 *
 * @param connect limit for establishing a connection
 * @param read longest silence between two reads of the response
 * @param write longest time one write of the request may block
 * @param request limit for a whole non-streaming call, retries included
 */
public record Timeouts(Duration connect, Duration read, Duration write, Duration request) {

    /** The defaults, as the Python SDK's: connect 5 s, read 300 s, write 300 s, no overall request limit. */
    public static final Timeouts DEFAULT =
            new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(300), Duration.ofSeconds(300), Duration.ZERO);

    /**
     * Checks the values.
     *
     * @param connect limit for establishing a connection
     * @param read longest silence between two reads of the response
     * @param write longest time one write of the request may block
     * @param request limit for a whole non-streaming call, retries included
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a value is negative
     */
    public Timeouts {
        check(connect, "connect");
        check(read, "read");
        check(write, "write");
        check(request, "request");
    }

    private static void check(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must not be negative: " + d);
        }
    }

    /**
     * A copy with another connect timeout.
     *
     * @param connect the connect timeout
     * @return the new timeouts
     * @throws IllegalArgumentException if negative
     */
    public Timeouts withConnect(Duration connect) {
        return new Timeouts(connect, read, write, request);
    }

    /**
     * A copy with another read (idle) timeout.
     *
     * @param read the read timeout
     * @return the new timeouts
     * @throws IllegalArgumentException if negative
     */
    public Timeouts withRead(Duration read) {
        return new Timeouts(connect, read, write, request);
    }

    /**
     * A copy with another write timeout.
     *
     * @param write the write timeout
     * @return the new timeouts
     * @throws IllegalArgumentException if negative
     */
    public Timeouts withWrite(Duration write) {
        return new Timeouts(connect, read, write, request);
    }

    /**
     * A copy with another overall request timeout.
     *
     * @param request the overall limit for non-streaming calls
     * @return the new timeouts
     * @throws IllegalArgumentException if negative
     */
    public Timeouts withRequest(Duration request) {
        return new Timeouts(connect, read, write, request);
    }
}
