package dev.langgraph.client.errors;

/**
 * The server sent an {@code error} event inside a stream whose response started with 200: the run failed, or
 * the stream could not be served (for example {@code "Run not found"} when joining an unknown run).
 *
 * <p>The event data is usually {@code {"error": "PeerGraphError", "message": "…"}}, sometimes only a JSON string.
 */
public final class StreamErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String errorMessage;

    /**
     * Creates the exception. The message is {@code "error: errorMessage"}, or whichever of the two is present.
     *
     * @param error the error name, such as the exception class of the failed graph; may be null
     * @param errorMessage the error message; may be null
     * @param body the decoded event data (plain Java types), may be null
     */
    public StreamErrorException(String error, String errorMessage, Object body) {
        super(GraphErrorText.describe(error, errorMessage, "The stream reported an error."), body, null);
        this.error = error;
        this.errorMessage = errorMessage;
    }

    /**
     * The error name, such as {@code "PeerGraphError"} or {@code "GraphRecursionError"}.
     *
     * @return the name, or null when the event carried only a message
     */
    public String error() {
        return error;
    }

    /**
     * The error message from the event.
     *
     * @return the message, or null when the event carried none
     */
    public String errorMessage() {
        return errorMessage;
    }
}
