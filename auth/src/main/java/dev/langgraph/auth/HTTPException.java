package dev.langgraph.auth;

import dev.langgraph.auth.internal.HeaderChecks;
import dev.langgraph.auth.internal.HttpStatusPhrases;
import java.util.Map;

/**
 * Thrown by an authentication or authorization handler to answer the request with a given status, detail and
 * headers, like Python's {@code Auth.exceptions.HTTPException}. The engine turns it into
 * {@link AuthOutcome.Denied}; adapters answer {@code {"detail": detail}} with the status and the headers.
 *
 * <p>The default status is 401, the usual answer of an authentication handler. The detail defaults to the
 * status's reason phrase ({@code "Unauthorized"}, {@code "Forbidden"}, ...). {@link #toString()} gives
 * {@code "status: detail"}, as Python's {@code str()} does.
 */
public class HTTPException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The status an authentication failure answers with when none is given. */
    public static final int DEFAULT_STATUS = 401;

    private final int status;
    private final String detail;
    private final transient Map<String, String> headers;

    /**
     * A 401 {@code "Unauthorized"} without headers.
     */
    public HTTPException() {
        this(DEFAULT_STATUS, null, null);
    }

    /**
     * An exception with the status's reason phrase as detail and no headers.
     *
     * @param status the HTTP status, 400..599 in practice
     * @throws IllegalArgumentException as {@link #HTTPException(int, String, Map)}
     */
    public HTTPException(int status) {
        this(status, null, null);
    }

    /**
     * An exception without headers.
     *
     * @param status the HTTP status
     * @param detail the detail sent to the client; null means the status's reason phrase
     * @throws IllegalArgumentException as {@link #HTTPException(int, String, Map)}
     */
    public HTTPException(int status, String detail) {
        this(status, detail, null);
    }

    /**
     * An exception with response headers (e.g. {@code WWW-Authenticate: Bearer} on a 401).
     *
     * @param status the HTTP status
     * @param detail the detail sent to the client; null means the status's reason phrase
     * @param headers response headers, may be null; copied
     * @throws IllegalArgumentException if the status is outside 100..599, if the detail is null and the status has
     *     no standard reason phrase (Python's {@code HTTPStatus} raises there too), or if a header name is not an
     *     HTTP token or a header value holds a control character (CR/LF would split the response)
     */
    public HTTPException(int status, String detail, Map<String, String> headers) {
        super(message(status, detail));
        this.status = status;
        this.detail = detail != null ? detail : HttpStatusPhrases.of(status).orElseThrow();
        this.headers = HeaderChecks.checkedCopy(headers);
    }

    private static String message(int status, String detail) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be within 100..599: " + status);
        }
        if (detail == null && HttpStatusPhrases.of(status).isEmpty()) {
            throw new IllegalArgumentException("Status " + status + " has no standard phrase: give a detail");
        }
        return detail != null ? detail : HttpStatusPhrases.of(status).orElseThrow();
    }

    /**
     * The HTTP status to answer with.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The detail sent to the client as {@code {"detail": ...}}.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }

    /**
     * The response headers to add.
     *
     * @return an unmodifiable map, empty when none were given
     */
    public Map<String, String> headers() {
        return headers == null ? Map.of() : headers;
    }

    /**
     * The exception as Python prints it.
     *
     * @return {@code "status: detail"}
     */
    @Override
    public String toString() {
        return status + ": " + detail;
    }
}
