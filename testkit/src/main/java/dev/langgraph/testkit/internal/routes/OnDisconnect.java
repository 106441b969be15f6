package dev.langgraph.testkit.internal.routes;

/**
 * What a long reply (a stream, a wait, a join) does when its client goes away, and how long it may stay silent.
 *
 * <p>The JDK server behind the fake does not read a connection while a handler writes its response, so the only
 * sign that the client went away is a write that fails; after a clean close (a FIN, as Vert.x sends) even the first
 * write succeeds and only draws the client's reset, so it is the second that fails. With the heartbeat alone (5 s),
 * a client that closed would be noticed 5 to 10 s later, often after the run ended, whereas the real servers read
 * the socket and cancel at once. A reply whose disconnect cancels a run therefore writes its keep-alive (an SSE
 * comment, a newline before JSON) after every {@value #PROBE_MILLIS} ms of silence, so it notices within about
 * twice that.
 */
final class OnDisconnect {

    /** The longest silence of a reply whose disconnect cancels a run. */
    static final long PROBE_MILLIS = 100;

    /** Nothing happens when the client goes away; the reply keeps the configured heartbeat. */
    static final OnDisconnect IGNORE = new OnDisconnect(null);

    private final Runnable action;

    private OnDisconnect(Runnable action) {
        this.action = action;
    }

    /**
     * Runs {@code action} when the client goes away, noticed within about {@code 2 * PROBE_MILLIS}.
     *
     * @param action what to do, e.g. cancel the run
     * @return the handler
     */
    static OnDisconnect run(Runnable action) {
        return new OnDisconnect(action);
    }

    /**
     * The silence after which the reply writes a keep-alive: the heartbeat, at most {@link #PROBE_MILLIS} when a
     * disconnect matters.
     *
     * @param heartbeatMillis the configured heartbeat, 0 for none
     * @return the interval in milliseconds, 0 for no keep-alive at all
     */
    long keepAliveMillis(long heartbeatMillis) {
        if (action == null) {
            return heartbeatMillis;
        }
        return heartbeatMillis > 0 ? Math.min(heartbeatMillis, PROBE_MILLIS) : PROBE_MILLIS;
    }

    /** Called once, when a write to the client failed. */
    void clientGone() {
        if (action != null) {
            action.run();
        }
    }
}
