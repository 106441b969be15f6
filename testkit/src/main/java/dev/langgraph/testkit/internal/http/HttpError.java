package dev.langgraph.testkit.internal.http;

/**
 * An error answered as the Python server does: the status and {@code {"detail": "..."}} (or a plain-text body
 * where the Python server sends one).
 */
public final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean plainText;
    private final String field;

    private HttpError(int status, String detail, boolean plainText, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.plainText = plainText;
        this.field = field;
    }

    /**
     * Creates an error with a JSON {@code detail} body.
     *
     * @param status the HTTP status
     * @param detail the detail message
     * @return the error
     */
    public static HttpError of(int status, String detail) {
        return new HttpError(status, detail, false, "detail");
    }

    /**
     * Creates an error whose body is the message as {@code text/plain}.
     *
     * @param status the HTTP status
     * @param message the body
     * @return the error
     */
    public static HttpError plain(int status, String message) {
        return new HttpError(status, message, true, "detail");
    }

    /**
     * Creates an error whose JSON body names the message differently, e.g. {@code {"error": "..."}}.
     *
     * @param status the HTTP status
     * @param field the body's field
     * @param message the message
     * @return the error
     */
    public static HttpError withField(int status, String field, String message) {
        return new HttpError(status, message, false, field);
    }

    /**
     * 404 with Starlette's default detail.
     *
     * @return the error
     */
    public static HttpError notFound() {
        return of(404, "Not Found");
    }

    /**
     * 404.
     *
     * @param detail the detail
     * @return the error
     */
    public static HttpError notFound(String detail) {
        return of(404, detail);
    }

    /**
     * 409.
     *
     * @param detail the detail
     * @return the error
     */
    public static HttpError conflict(String detail) {
        return of(409, detail);
    }

    /**
     * 422.
     *
     * @param detail the detail
     * @return the error
     */
    public static HttpError unprocessable(String detail) {
        return of(422, detail);
    }

    /**
     * 400.
     *
     * @param detail the detail
     * @return the error
     */
    public static HttpError badRequest(String detail) {
        return of(400, detail);
    }

    /**
     * Returns the status.
     *
     * @return the HTTP status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the JSON body's field for the message.
     *
     * @return {@code detail} unless created by {@link #withField(int, String, String)}
     */
    public String field() {
        return field;
    }

    /**
     * Tells whether the body is plain text rather than {@code {"detail": ...}}.
     *
     * @return whether plain text
     */
    public boolean plainText() {
        return plainText;
    }
}
