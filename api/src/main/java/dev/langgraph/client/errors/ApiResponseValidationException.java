package dev.langgraph.client.errors;

/**
 * The response is not what the API promises: a stream without the {@code text/event-stream} content type,
 * malformed JSON or SSE, or an event larger than the configured limit. Retrying rarely helps.
 */
public final class ApiResponseValidationException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final Integer statusCode;
    private final String bodyText;

    /**
     * Creates the exception when no response detail is at hand (for example inside the SSE decoder).
     *
     * @param message what is wrong with the response
     */
    public ApiResponseValidationException(String message) {
        this(message, null, null, null);
    }

    /**
     * Creates the exception when no response detail is at hand.
     *
     * @param message what is wrong with the response
     * @param cause the underlying exception, such as a JSON parse error; may be null
     */
    public ApiResponseValidationException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the response
     * @param statusCode the HTTP status, or null when unknown
     * @param bodyText the raw body text (possibly truncated), or null when unknown; it is also the {@link #body()}
     * @param cause the underlying exception, such as a JSON parse error; may be null
     */
    public ApiResponseValidationException(String message, Integer statusCode, String bodyText, Throwable cause) {
        super(message, bodyText == null || bodyText.isEmpty() ? null : bodyText, cause);
        this.statusCode = statusCode;
        this.bodyText = bodyText == null ? "" : bodyText;
    }

    /**
     * The HTTP status of the response.
     *
     * @return the status code, or null when unknown
     */
    public Integer statusCode() {
        return statusCode;
    }

    /**
     * The raw body text, possibly truncated.
     *
     * @return the text, empty when unknown or empty; never null
     */
    public String bodyText() {
        return bodyText;
    }
}
