package dev.langgraph.client.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server answered with an error status (400 or more). Subclasses name the common statuses; any other error
 * status is an instance of this class itself.
 *
 * <p>{@link #getMessage()} reads like {@code "404 Not Found: Thread with ID … not found"}; {@link #detail()} is
 * only the server's own words, as the Python SDK's {@code message}.
 */
public class ApiStatusException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    /** Dropped on serialisation with the body; {@link #headers()} then answers an empty map. */
    private final transient Map<String, List<String>> headers;
    private final String requestId;
    private final String bodyText;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param statusCode the HTTP status
     * @param message the exception message
     * @param detail the error message extracted from the body, or the status line when the body has none
     * @param headers the response headers, names as received; may be null
     * @param body the decoded body (plain Java types or text), may be null
     * @param bodyText the raw body text, possibly truncated; null means none
     */
    public ApiStatusException(int statusCode, String message, String detail, Map<String, List<String>> headers,
            Object body, String bodyText) {
        super(message, body, null);
        this.statusCode = statusCode;
        this.headers = copyOf(headers);
        this.requestId = firstIgnoringCase(this.headers, "x-request-id");
        this.bodyText = bodyText == null ? "" : bodyText;
        this.detail = detail == null ? message : detail;
    }

    /**
     * The HTTP status.
     *
     * @return the status code, such as 404
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The response headers, names spelled as received.
     *
     * @return an unmodifiable map, empty after deserialisation
     */
    public Map<String, List<String>> headers() {
        return headers == null ? Map.of() : headers;
    }

    /**
     * The {@code x-request-id} response header, which identifies the request in server logs.
     *
     * @return the request id, or null when the server sent none
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The raw body text, truncated when the body was very large.
     *
     * @return the text, empty when there was no body; never null
     */
    public String bodyText() {
        return bodyText;
    }

    /**
     * The error message the server sent (the {@code message}, {@code detail} or {@code error} of a JSON body,
     * a summary of validation issues, or a plain-text body), or the status line such as {@code "404 Not Found"}
     * when it sent none. This is what the LangGraph docs read as {@code e.detail}.
     *
     * @return the message, never null
     */
    public String detail() {
        return detail;
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    private static String firstIgnoringCase(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
