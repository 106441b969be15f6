package dev.langgraph.auth.servlet.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Writes the filter's own answers: refusals as {@code {"detail": ...}} with the handler's headers (e.g.
 * {@code WWW-Authenticate}), and short-circuit JSON answers of the gateway. Nothing is written to a response that
 * is already committed.
 */
public final class Responses {

    /** The generic detail of every 500 the filter itself produces; never an exception's text. */
    public static final String INTERNAL_ERROR = "Internal Server Error";

    private Responses() {
    }

    /**
     * Answers a refusal.
     *
     * @param response the response, not yet committed
     * @param status the status
     * @param detail the detail
     * @param headers extra headers (already checked by {@code HTTPException}/{@code AuthOutcome.Denied})
     * @throws IOException if writing fails
     */
    public static void refuse(HttpServletResponse response, int status, String detail, Map<String, String> headers)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        headers.forEach(response::setHeader);
        json(response, status, Json.detail(detail));
    }

    /**
     * Answers a JSON document.
     *
     * @param response the response, not yet committed
     * @param status the status
     * @param json the UTF-8 JSON bytes
     * @throws IOException if writing fails
     */
    public static void json(HttpServletResponse response, int status, byte[] json) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        response.flushBuffer();
    }
}
