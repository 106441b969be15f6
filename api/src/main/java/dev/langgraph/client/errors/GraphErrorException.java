package dev.langgraph.client.errors;

/**
 * A run reported an error in a response that itself succeeded (HTTP 200): the base of
 * {@link StreamErrorException} and {@link RunFailedException}, which carry the same {@code {error, message}} pair.
 */
public abstract class GraphErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String errorMessage;

    /**
     * Creates the exception. The message is {@code "error: errorMessage"}, or whichever of the two is present.
     *
     * @param error the error name, such as the exception class of the failed graph; may be null
     * @param errorMessage the error message; may be null
     * @param body the decoded error value (plain Java types), may be null
     * @param fallback the message when neither is present
     */
    protected GraphErrorException(String error, String errorMessage, Object body, String fallback) {
        super(GraphErrorText.describe(error, errorMessage, fallback), body, null);
        this.error = error;
        this.errorMessage = errorMessage;
    }

    /**
     * The error name, such as {@code "PeerGraphError"} or {@code "GraphRecursionError"}.
     *
     * @return the name, or null when the server gave none
     */
    public String error() {
        return error;
    }

    /**
     * The error message.
     *
     * @return the message, or null when the server gave none
     */
    public String errorMessage() {
        return errorMessage;
    }
}
