package dev.langgraph.auth.servlet.internal;

import dev.langgraph.auth.AuthRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Optional;

/**
 * A servlet request as the engine sees it: the method as received, the raw path (percent-encoded, minus the context
 * path and the configured prefix), the headers, the raw query string (not {@code getParameterMap()}, which may mix
 * in form fields) and the body, buffered up to a limit and parsed as JSON whatever its content type (the LangGraph
 * servers parse it so too).
 *
 * @param authRequest the request for the engine
 * @param body the body bytes as received
 * @param json whether the body parsed as JSON (and will be forwarded re-serialized)
 */
public record IncomingRequest(AuthRequest authRequest, byte[] body, boolean json) {

    /**
     * Reads a request.
     *
     * @param request the container's request
     * @param pathPrefix the prefix under the context path where the LangGraph API is mounted ({@code ""} for the
     *     context root)
     * @param maxBodyBytes the largest body accepted
     * @return the request, or empty when the body is larger than {@code maxBodyBytes}
     * @throws IOException if the body cannot be read
     */
    public static Optional<IncomingRequest> read(HttpServletRequest request, String pathPrefix, long maxBodyBytes)
            throws IOException {
        Optional<byte[]> body = body(request, maxBodyBytes);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        AuthRequest.Builder b = AuthRequest.builder(request.getMethod(), path(request, pathPrefix));
        for (String name : Collections.list(request.getHeaderNames())) {
            Collections.list(request.getHeaders(name)).forEach(value -> b.header(name, value));
        }
        b.rawQuery(request.getQueryString());
        boolean json = false;
        if (body.get().length > 0) {
            try {
                b.body(Json.parse(body.get()));
                json = true;
            } catch (IllegalArgumentException e) {
                b.invalidJsonBody();
            }
        }
        return Optional.of(new IncomingRequest(b.build(), body.get(), json));
    }

    /**
     * The raw path below the context path and prefix. A request URI that does not start with them exactly (the
     * container matched a differently encoded form) gives a path the engine refuses with 400.
     */
    private static String path(HttpServletRequest request, String pathPrefix) {
        String uri = request.getRequestURI();
        String base = request.getContextPath() + pathPrefix;
        if (uri == null || !uri.startsWith(base)) {
            return "!" + uri; // no leading slash: refused by the engine as an invalid path
        }
        return uri.substring(base.length());
    }

    private static Optional<byte[]> body(HttpServletRequest request, long max) throws IOException {
        if (request.getContentLengthLong() > max) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + (long) n > max) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
        }
        return Optional.of(out.toByteArray());
    }
}
