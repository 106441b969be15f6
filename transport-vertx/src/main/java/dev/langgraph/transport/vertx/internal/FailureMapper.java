package dev.langgraph.transport.vertx.internal;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportException.Kind;
import dev.langgraph.client.transport.TransportRequest;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns whatever Vert.x fails with into the SDK's {@link TransportException} and its {@link Kind}.
 *
 * <p>The kind follows from the phase more than from the exception: Vert.x hands out a request only once it has
 * a connection (connected, TLS done), so any failure before that is a connection failure, safe to retry, and any
 * failure after it may have reached the server. A timeout is the one exception that matters in both phases:
 * Vert.x reports its connect timeout and its idle timeout alike, as a {@link TimeoutException}.
 */
public final class FailureMapper {

    private FailureMapper() {
    }

    /**
     * Maps a failure to obtain a connection: refused, unknown host, unreachable, TLS handshake, or no
     * connection within the connect timeout (connecting or waiting for a pooled one).
     *
     * @param failure what Vert.x reported; a {@link TransportException} is returned as it is
     * @param request the request, named in the message
     * @return a transport exception of kind {@code CONNECT} or {@code CONNECT_TIMEOUT}
     */
    public static TransportException connectFailure(Throwable failure, TransportRequest request) {
        return map(failure, request, Kind.CONNECT_TIMEOUT, Kind.CONNECT);
    }

    /**
     * Maps a failure once the connection was there: sending the request, waiting for its head or reading its
     * body.
     *
     * @param failure what Vert.x reported; a {@link TransportException} is returned as it is
     * @param request the request, named in the message
     * @return a transport exception of kind {@code READ_TIMEOUT} or {@code IO}
     */
    public static TransportException exchangeFailure(Throwable failure, TransportRequest request) {
        return map(failure, request, Kind.READ_TIMEOUT, Kind.IO);
    }

    private static TransportException map(Throwable failure, TransportRequest request, Kind onTimeout, Kind other) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TransportException transportException) {
            return transportException;
        }
        Kind kind = isTimeout(cause) ? onTimeout : other;
        return new TransportException(kind, describe(kind) + " (" + request + "): " + cause, cause);
    }

    /**
     * Whether a failure is a timeout. The cause chain is searched, since Vert.x wraps some failures (a reset
     * carries its reason as cause).
     *
     * @param failure the failure
     * @return true for a timeout
     */
    static boolean isTimeout(Throwable failure) {
        int depth = 0;
        // The depth limit guards against cause cycles, which Throwable allows.
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException || isNettyConnectTimeout(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Netty's {@code ConnectTimeoutException}, raised when the TCP connect outlasts the client's own limit,
     * extends {@link java.net.ConnectException}; it is recognised by name so that this module needs no compile
     * dependency on Netty, which Vert.x does not expose.
     */
    private static boolean isNettyConnectTimeout(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("io.netty.channel.ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case CONNECT -> "Could not connect";
            case CONNECT_TIMEOUT -> "Timed out connecting";
            case READ_TIMEOUT -> "Timed out waiting for data";
            case IO -> "Connection failed";
        };
    }
}
