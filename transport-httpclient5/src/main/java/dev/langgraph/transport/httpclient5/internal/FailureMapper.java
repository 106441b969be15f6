package dev.langgraph.transport.httpclient5.internal;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportException.Kind;
import dev.langgraph.client.transport.TransportRequest;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Turns whatever HttpClient fails with into the SDK's {@link TransportException} and its {@link Kind}. */
public final class FailureMapper {

    private FailureMapper() {
    }

    /**
     * Maps a failure of an exchange.
     *
     * @param failure what HttpClient reported; a {@link TransportException} is returned as it is
     * @param request the request, named in the message
     * @return the transport exception, with the original failure as its cause
     */
    public static TransportException map(Throwable failure, TransportRequest request) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TransportException transportException) {
            return transportException;
        }
        Kind kind = kindOf(cause);
        return new TransportException(kind, describe(kind) + " (" + request + "): " + cause, cause);
    }

    /**
     * Classifies a failure. The cause chain is searched from the outside in, because HttpClient sometimes wraps
     * the socket exception that tells what happened.
     *
     * @param failure the failure
     * @return its kind; {@link Kind#IO} when nothing more specific is known
     */
    public static Kind kindOf(Throwable failure) {
        int depth = 0;
        // The depth limit guards against cause cycles, which Throwable allows.
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
            // ConnectTimeoutException extends SocketTimeoutException, so it must be tested first.
            if (t instanceof ConnectTimeoutException || t instanceof TimeoutException) {
                // TimeoutException: no pooled connection became free within the connect timeout.
                return Kind.CONNECT_TIMEOUT;
            }
            if (t instanceof SocketTimeoutException) {
                return Kind.READ_TIMEOUT;
            }
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof PortUnreachableException
                    || t instanceof SSLHandshakeException) {
                return Kind.CONNECT;
            }
        }
        return Kind.IO;
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
