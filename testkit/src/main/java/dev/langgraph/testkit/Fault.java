package dev.langgraph.testkit;

import dev.langgraph.testkit.internal.control.FaultSpec;
import java.time.Duration;
import java.util.Objects;

/**
 * A fault for {@link FakeLangGraphServer#enqueueFault(String, Fault)}: what happens to the next matching request
 * instead of a normal answer, to test retries, timeouts and reconnects. Immutable; each method returns a new fault.
 *
 * <pre>
 * server.enqueueFault("/threads/&#42;/runs/stream", Fault.status(503).retryAfter(Duration.ofSeconds(1)).times(2));
 * server.enqueueFault("/threads/&#42;&#42;", Fault.cutAfterEvents(3));   // the stream drops after 3 events
 * server.enqueueFault("/assistants/search", Fault.closeConnection());
 * server.enqueueFault("/ok", Fault.delay(Duration.ofSeconds(2)));
 * </pre>
 */
public final class Fault {

    private final FaultSpec spec;

    private Fault(FaultSpec spec) {
        this.spec = spec;
    }

    /**
     * Answers with a status and {@code {"detail": <reason phrase>}} without handling the request (nothing is
     * created, no run starts).
     *
     * @param status the HTTP status, e.g. 503
     * @return the fault
     * @throws IllegalArgumentException if not within 100..599
     */
    public static Fault status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be within 100..599: " + status);
        }
        return new Fault(FaultSpec.NONE.withAnswer(status, reason(status), null));
    }

    /**
     * Closes the connection without answering, as a crashed server or a proxy reset would.
     *
     * @return the fault
     */
    public static Fault closeConnection() {
        return new Fault(FaultSpec.NONE.withClose());
    }

    /**
     * Handles the request normally after a delay (a slow server).
     *
     * @param delay how long to wait first
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        return new Fault(FaultSpec.NONE).after(delay);
    }

    /**
     * Handles the request normally but drops the connection after this many SSE events (the {@code metadata} event
     * counts; heartbeats do not), without ending the response: a stream cut mid-way.
     *
     * @param events how many events get through
     * @return the fault
     * @throws IllegalArgumentException if negative
     */
    public static Fault cutAfterEvents(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative: " + events);
        }
        return new Fault(FaultSpec.NONE.withCut(events, -1));
    }

    /**
     * Handles the request normally but drops the connection after this many response body bytes.
     *
     * @param bytes how many bytes get through
     * @return the fault
     * @throws IllegalArgumentException if negative
     */
    public static Fault cutAfterBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        return new Fault(FaultSpec.NONE.withCut(-1, bytes));
    }

    /**
     * Adds a {@code Retry-After} header (in whole seconds, rounded up) to a {@link #status(int)} fault.
     *
     * @param retryAfter the delay to announce
     * @return the new fault
     * @throws IllegalStateException if this is not a status fault
     */
    public Fault retryAfter(Duration retryAfter) {
        requireStatus();
        Objects.requireNonNull(retryAfter, "retryAfter");
        return new Fault(spec.withAnswer(spec.status(), spec.detail(), retryAfter));
    }

    /**
     * Sets the {@code detail} of a {@link #status(int)} fault's body.
     *
     * @param detail the message
     * @return the new fault
     * @throws IllegalStateException if this is not a status fault
     */
    public Fault detail(String detail) {
        requireStatus();
        return new Fault(spec.withAnswer(spec.status(), Objects.requireNonNull(detail, "detail"), spec.retryAfter()));
    }

    /**
     * Waits before doing what this fault does.
     *
     * @param delay how long
     * @return the new fault
     * @throws IllegalArgumentException if negative
     */
    public Fault after(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return new Fault(spec.withDelay(delay));
    }

    /**
     * Applies the fault to the next {@code n} matching requests (the default is 1).
     *
     * @param n how many
     * @return the new fault
     * @throws IllegalArgumentException if less than 1
     */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + n);
        }
        return new Fault(spec.withTimes(n));
    }

    /**
     * Limits the fault to requests with a method.
     *
     * @param method e.g. {@code POST}
     * @return the new fault
     */
    public Fault method(String method) {
        return new Fault(spec.withMethod(Objects.requireNonNull(method, "method")));
    }

    /** The internal description, for the server. */
    FaultSpec spec() {
        return spec;
    }

    @Override
    public String toString() {
        return "Fault" + spec;
    }

    private void requireStatus() {
        if (spec.status() == 0) {
            throw new IllegalStateException("Only a status fault has a Retry-After or a detail");
        }
    }

    private static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "Injected fault " + status;
        }
    }
}
