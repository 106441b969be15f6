package dev.langgraph.client.errors;

/**
 * The server could not be reached, or the connection broke before a complete response arrived. No HTTP status
 * is known. The cause is the transport's own exception.
 */
public class ApiConnectionException extends ApiException {

    private static final long serialVersionUID = 1L;

    private static final String DEFAULT_MESSAGE = "Connection error.";

    /** Creates the exception with the message {@code "Connection error."}. */
    public ApiConnectionException() {
        this(null, null);
    }

    /**
     * Creates the exception with the message {@code "Connection error."}.
     *
     * @param cause the underlying exception, may be null
     */
    public ApiConnectionException(Throwable cause) {
        this(null, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what failed; null means {@code "Connection error."}
     */
    public ApiConnectionException(String message) {
        this(message, null);
    }

    /**
     * Creates the exception.
     *
     * @param message what failed; null means {@code "Connection error."}
     * @param cause the underlying exception, may be null
     */
    public ApiConnectionException(String message, Throwable cause) {
        super(message == null ? DEFAULT_MESSAGE : message, null, cause);
    }
}
