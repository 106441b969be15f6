package dev.langgraph.client.errors;

/**
 * A wait or join returned the run's error instead of its state: the body was {@code {"__error__": {"error",
 * "message"}}}, with HTTP 200. The message is {@code "error: message"}, as in the Python SDK.
 */
public final class RunFailedException extends GraphErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception. The message is {@code "error: errorMessage"}, or whichever of the two is present.
     *
     * @param error the error name, such as the exception class of the failed graph; may be null
     * @param errorMessage the error message; may be null
     * @param body the decoded {@code __error__} value (plain Java types), may be null
     */
    public RunFailedException(String error, String errorMessage, Object body) {
        super(error, errorMessage, body, "The run failed.");
    }
}
