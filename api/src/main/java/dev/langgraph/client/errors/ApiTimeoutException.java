package dev.langgraph.client.errors;

/** A connect or read timeout expired: no connection, or no bytes, arrived in time. */
public final class ApiTimeoutException extends ApiConnectionException {

    private static final long serialVersionUID = 1L;

    private static final String DEFAULT_MESSAGE = "Request timed out.";

    /** Creates the exception with the message {@code "Request timed out."}. */
    public ApiTimeoutException() {
        this(null, null);
    }

    /**
     * Creates the exception with the message {@code "Request timed out."}.
     *
     * @param cause the underlying exception, may be null
     */
    public ApiTimeoutException(Throwable cause) {
        this(null, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what failed; null means {@code "Request timed out."}
     */
    public ApiTimeoutException(String message) {
        this(message, null);
    }

    /**
     * Creates the exception.
     *
     * @param message what timed out; null means {@code "Request timed out."}
     * @param cause the underlying exception, may be null
     */
    public ApiTimeoutException(String message, Throwable cause) {
        super(message == null ? DEFAULT_MESSAGE : message, cause);
    }
}
