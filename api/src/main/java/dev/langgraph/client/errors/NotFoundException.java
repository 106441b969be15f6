package dev.langgraph.client.errors;

import java.util.List;
import java.util.Map;

/**
 * HTTP 404: the thread, run, assistant, store item or route does not exist.
 */
public final class NotFoundException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 404 response.
     *
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     */
    public NotFoundException(String message, String detail, Map<String, List<String>> headers, Object body,
            String bodyText) {
        super(404, message, detail, headers, body, bodyText);
    }
}
