package dev.langgraph.client.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** HTTP 429: too many requests. {@link #retryAfter()} says how long the server asks the client to wait. */
public final class RateLimitException extends ApiStatusException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception for a 429 response.
     *
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     * @param retryAfter the wait the server asked for, or null when it gave none
     */
    public RateLimitException(String message, String detail, Map<String, List<String>> headers, Object body,
            String bodyText, Duration retryAfter) {
        super(429, message, detail, headers, body, bodyText);
        this.retryAfter = retryAfter;
    }

    /**
     * The wait the server asked for in its {@code Retry-After} header (seconds or an HTTP date).
     *
     * @return the wait, zero for a date in the past, or null when the header is absent or unreadable
     */
    public Duration retryAfter() {
        return retryAfter;
    }
}
