package dev.langgraph.auth.internal;

import dev.langgraph.auth.HTTPException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request path into segments, refusing every form that servers, proxies and servlet containers
 * normalise differently. The engine never normalises: a path it accepts is already canonical, so what it
 * authorizes is exactly what the server behind routes. Refused:
 * <ul>
 *   <li>400: no leading {@code /}, a {@code ?} or {@code #}, a byte outside printable ASCII, a backslash, a
 *       {@code ;} (path parameters, which containers strip before routing), an empty segment ({@code //}), a dot
 *       segment ({@code .}, {@code ..}, also percent-encoded), a malformed escape, or a segment that decodes to
 *       {@code /}, {@code \}, {@code ;}, {@code %} (double encoding), a control character or a dot segment;</li>
 *   <li>404: {@code /} itself and a trailing {@code /} (no route has one; the servers would redirect or 404).</li>
 * </ul>
 * Upper case and percent-encoded letters in literal segments are not refused here; they match no route, so the
 * route table answers 404.
 */
public final class RequestPaths {

    private static final String INVALID_PATH = "Invalid request path";

    private RequestPaths() {
    }

    /**
     * The segments of a raw path.
     *
     * @param rawPath the path as received
     * @return the segments (at least one)
     * @throws HTTPException 400 or 404 as described on the class
     */
    public static List<PathSegment> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new HTTPException(400, INVALID_PATH);
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\' || c == ';' || c == '?' || c == '#') {
                throw new HTTPException(400, INVALID_PATH);
            }
        }
        if (rawPath.equals("/")) {
            throw new HTTPException(404);
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        List<PathSegment> segments = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parts[i].isEmpty()) {
                if (last) {
                    throw new HTTPException(404);
                }
                throw new HTTPException(400, INVALID_PATH);
            }
            segments.add(segment(parts[i]));
        }
        return segments;
    }

    private static PathSegment segment(String raw) {
        String decoded = QueryStrings.decode(raw, false)
                .orElseThrow(() -> new HTTPException(400, INVALID_PATH));
        if (isDotSegment(raw) || isDotSegment(decoded)) {
            throw new HTTPException(400, INVALID_PATH);
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ';' || c == '%') {
                throw new HTTPException(400, INVALID_PATH);
            }
        }
        return new PathSegment(raw, decoded);
    }

    private static boolean isDotSegment(String s) {
        return s.equals(".") || s.equals("..");
    }
}
