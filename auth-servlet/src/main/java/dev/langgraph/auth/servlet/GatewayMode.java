package dev.langgraph.auth.servlet;

import java.util.Objects;

/**
 * Turns {@link LangGraphAuthFilter} into the auth of a Java gateway in front of a LangGraph server that has no auth
 * of its own, so that users cannot see or change each other's resources through it. Besides what the filter always
 * does (authenticate, authorize, forward the body and query with the handlers' changes, e.g. a stamped
 * {@code metadata.owner}), it applies the handlers' filters as the Python server would:
 * <ul>
 *   <li><b>Searches and counts</b> ({@code POST /threads/search}, {@code /threads/count}, {@code /assistants/search},
 *       {@code /assistants/count}): the filter is added to the body's {@code metadata} containment filter
 *       ({@code {"owner": "alice"}}; {@code $eq} likewise; {@code $contains: x} as the array {@code [x]}). When the
 *       caller's own {@code metadata} filter contradicts it, the gateway answers {@code []} or {@code 0} itself.</li>
 *   <li><b>Reading one resource</b> ({@code GET /threads/{id}}, {@code GET /assistants/{id}}): the response is
 *       buffered (up to {@link #maxResponseBytes()}) and a resource whose {@code metadata} fails the filter becomes
 *       404 {@code {"detail": "Not found"}} ({@code Accept-Encoding} is not passed on for these, and a compressed
 *       response is refused with 502: it cannot be checked).</li>
 *   <li><b>Everything else about one resource</b> (updates, deletes, state, history, runs of a thread and their
 *       streams, copies, run creation, creation with a given id): before the request is passed on, the gateway
 *       reads the thread or assistant through the {@link ResourceReader} and refuses with 404 when it exists and
 *       fails the filter; with 409 {@code "Conflict"} for a copy and for a create ({@code if_exists} any value), as
 *       the Python server does. A resource that does not exist is left to the server (it answers 404, or creates
 *       it). Checking before forwarding is what keeps an update from being applied to someone else's thread, and
 *       lets a stream (SSE) pass through unbuffered: {@code GET /threads/{id}/runs/{run_id}/stream} or
 *       {@code POST /threads/{id}/runs/stream} is checked by reading the thread first, then streamed as is.</li>
 *   <li><b>What the gateway cannot check</b> is refused with 403 rather than let through: a filtered event on a
 *       cron (the API has no {@code GET} for one), or one that names no resource (bulk {@code /runs/cancel} without
 *       {@code thread_id}, {@code DELETE /assistants/{id}?delete_threads=true}, the JS server's
 *       {@code GET /runs/{run_id}/stream}). Store filters are ignored, as the Python server ignores them.</li>
 * </ul>
 * The check and the forwarded request are two requests: a resource that changes owner in between is not seen
 * (ownership stamped by the handlers on every write does not change). The servlet behind the filter must write its
 * response before {@code doFilter} returns (a synchronous proxy servlet) for the buffered reads; streams are not
 * buffered.
 */
public final class GatewayMode {

    /** The default limit of a buffered single-resource response: 10 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 10L * 1024 * 1024;

    private final ResourceReader reader;
    private final long maxResponseBytes;

    private GatewayMode(ResourceReader reader, long maxResponseBytes) {
        this.reader = reader;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Gateway mode with the default response limit.
     *
     * @param reader how to read a resource of the server behind the gateway, e.g.
     *     {@link ResourceReader#http(java.net.URI)}
     * @return the mode
     * @throws NullPointerException if the reader is null
     */
    public static GatewayMode of(ResourceReader reader) {
        return new GatewayMode(Objects.requireNonNull(reader, "reader"), DEFAULT_MAX_RESPONSE_BYTES);
    }

    /**
     * The same mode with another limit for buffered single-resource responses; a larger response is refused with
     * 502 rather than passed on unchecked.
     *
     * @param bytes the limit, at least 1
     * @return a new mode
     * @throws IllegalArgumentException if the limit is below 1
     */
    public GatewayMode withMaxResponseBytes(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("The response limit must be at least 1 byte: " + bytes);
        }
        return new GatewayMode(reader, bytes);
    }

    /**
     * The reader of the server's resources.
     *
     * @return the reader
     */
    public ResourceReader reader() {
        return reader;
    }

    /**
     * The limit of a buffered single-resource response.
     *
     * @return bytes
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    @Override
    public String toString() {
        return "GatewayMode[" + reader + ", maxResponseBytes=" + maxResponseBytes + "]";
    }
}
