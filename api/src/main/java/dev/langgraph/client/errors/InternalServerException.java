package dev.langgraph.client.errors;

import java.util.List;
import java.util.Map;

/** Any HTTP status of 500 or more: the server, or a proxy in front of it, failed. */
public final class InternalServerException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param statusCode the HTTP status, 500 or more
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     */
    public InternalServerException(int statusCode, String message, String detail, Map<String, List<String>> headers,
            Object body, String bodyText) {
        super(statusCode, message, detail, headers, body, bodyText);
    }
}
