package dev.langgraph.client.errors;

import java.util.List;
import java.util.Map;

/**
 * HTTP 409: the resource already exists, or the thread is busy. Not worth retrying: for LangGraph
 * this is a definite answer, not a transient state.
 */
public final class ConflictException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 409 response.
     *
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     */
    public ConflictException(String message, String detail, Map<String, List<String>> headers, Object body,
            String bodyText) {
        super(409, message, detail, headers, body, bodyText);
    }
}
