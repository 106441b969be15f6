package dev.langgraph.client.errors;

/**
 * The server sent an {@code error} event inside a stream whose response started with 200: the run failed, or
 * the stream could not be served (for example {@code "Run not found"} when joining an unknown run).
 *
 * <p>The event data is usually {@code {"error": "PeerGraphError", "message": "…"}}, sometimes only a JSON string.
 */
public final class StreamErrorException extends GraphErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception. The message is {@code "error: errorMessage"}, or whichever of the two is present.
     *
     * @param error the error name, such as the exception class of the failed graph; may be null
     * @param errorMessage the error message; may be null
     * @param body the decoded event data (plain Java types), may be null
     */
    public StreamErrorException(String error, String errorMessage, Object body) {
        super(error, errorMessage, body, "The stream reported an error.");
    }
}
