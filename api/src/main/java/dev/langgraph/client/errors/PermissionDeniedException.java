package dev.langgraph.client.errors;

import java.util.List;
import java.util.Map;

/**
 * HTTP 403: the credentials are valid but do not allow this operation.
 */
public final class PermissionDeniedException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 403 response.
     *
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     */
    public PermissionDeniedException(String message, String detail, Map<String, List<String>> headers, Object body,
            String bodyText) {
        super(403, message, detail, headers, body, bodyText);
    }
}
