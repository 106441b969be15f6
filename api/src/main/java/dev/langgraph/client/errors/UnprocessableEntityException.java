package dev.langgraph.client.errors;

import java.util.List;
import java.util.Map;

/**
 * HTTP 422: the request is well formed but cannot be carried out, for example a run on a busy
 * thread with {@code multitask_strategy="reject"} (the JS server also answers 422 for a run on a missing
 * thread).
 */
public final class UnprocessableEntityException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 422 response.
     *
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     */
    public UnprocessableEntityException(String message, String detail, Map<String, List<String>> headers, Object body,
            String bodyText) {
        super(422, message, detail, headers, body, bodyText);
    }
}
