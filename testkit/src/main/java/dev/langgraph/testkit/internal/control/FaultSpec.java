package dev.langgraph.testkit.internal.control;

import java.time.Duration;

/**
 * What to do to a matching request instead of (or on top of) answering it normally.
 *
 * @param status answer with this status and {@code {"detail": ...}} without handling the request, {@code 0} for no
 * @param detail the detail of a status answer
 * @param retryAfter the {@code Retry-After} of a status answer, {@code null} for none
 * @param closeConnection close the connection without answering
 * @param delay wait this long first ({@link Duration#ZERO} for not)
 * @param cutAfterEvents let the answer start, then drop the connection after this many SSE events ({@code -1}: no)
 * @param cutAfterBytes drop the connection after this many body bytes ({@code -1}: no)
 * @param method the method a request must have, {@code null} for any
 * @param times how many matching requests it applies to
 */
public record FaultSpec(int status, String detail, Duration retryAfter, boolean closeConnection, Duration delay,
        int cutAfterEvents, long cutAfterBytes, String method, int times) {

    /** A fault that only passes requests on (the base the factories modify). */
    public static final FaultSpec NONE = new FaultSpec(0, null, null, false, Duration.ZERO, -1, -1, null, 1);

    /**
     * Returns this fault answering with a status instead of handling the request.
     *
     * @param newStatus the status
     * @param newDetail the body's detail
     * @param newRetryAfter the {@code Retry-After}, or {@code null}
     * @return the new fault
     */
    public FaultSpec withAnswer(int newStatus, String newDetail, Duration newRetryAfter) {
        return new FaultSpec(newStatus, newDetail, newRetryAfter, false, delay, -1, -1, method, times);
    }

    /**
     * Returns this fault closing the connection instead of answering.
     *
     * @return the new fault
     */
    public FaultSpec withClose() {
        return new FaultSpec(0, null, null, true, delay, -1, -1, method, times);
    }

    /**
     * Returns this fault cutting the answer short.
     *
     * @param events the event limit, {@code -1} for none
     * @param bytes the byte limit, {@code -1} for none
     * @return the new fault
     */
    public FaultSpec withCut(int events, long bytes) {
        return new FaultSpec(0, null, null, false, delay, events, bytes, method, times);
    }

    /**
     * Returns this fault with a delay first.
     *
     * @param newDelay the delay
     * @return the new fault
     */
    public FaultSpec withDelay(Duration newDelay) {
        return new FaultSpec(status, detail, retryAfter, closeConnection, newDelay, cutAfterEvents, cutAfterBytes,
                method, times);
    }

    /**
     * Returns this fault for requests with a method only.
     *
     * @param newMethod the method
     * @return the new fault
     */
    public FaultSpec withMethod(String newMethod) {
        return new FaultSpec(status, detail, retryAfter, closeConnection, delay, cutAfterEvents, cutAfterBytes,
                newMethod, times);
    }

    /**
     * Returns this fault for a number of requests.
     *
     * @param n how many
     * @return the new fault
     */
    public FaultSpec withTimes(int n) {
        return new FaultSpec(status, detail, retryAfter, closeConnection, delay, cutAfterEvents, cutAfterBytes,
                method, n);
    }

    /**
     * Tells whether the answer's body is cut.
     *
     * @return whether an event or byte limit is set
     */
    public boolean cuts() {
        return cutAfterEvents >= 0 || cutAfterBytes >= 0;
    }
}
