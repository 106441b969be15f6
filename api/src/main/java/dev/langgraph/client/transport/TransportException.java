package dev.langgraph.client.transport;

/**
 * A failure below HTTP, reported by a transport: the connection could not be made, was reset, or timed out.
 * The SDK maps it to its public connection and timeout exceptions.
 */
public class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the SDK's retry and error policy needs to know. */
    public enum Kind {
        /** The connection could not be established (refused, unknown host, unreachable). Safe to retry. */
        CONNECT,
        /** The connection could not be established in time. Safe to retry. */
        CONNECT_TIMEOUT,
        /** No bytes arrived for longer than the read timeout. */
        READ_TIMEOUT,
        /** The connection broke after the request may have reached the server (reset, closed early). */
        IO
    }

    private final Kind kind;

    /**
     * Creates a transport failure.
     *
     * @param kind what went wrong
     * @param message a description for humans
     * @param cause the underlying exception, may be null
     */
    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * What went wrong.
     *
     * @return the failure kind
     */
    public Kind kind() {
        return kind;
    }
}
