package dev.langgraph.auth.servlet.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds back a single-resource response until its {@code metadata} is checked against the request's filter:
 * status and headers go to the real response (not committed), the body into a bounded buffer. {@link #finish()}
 * then passes it on, turns a resource that fails the filter into 404 {@code {"detail": "Not found"}}, or refuses a
 * body over the limit with 502. Errors the servlet sends with {@code sendError} pass straight through.
 */
public final class CheckedResponse extends HttpServletResponseWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(CheckedResponse.class);

    private final HttpServletResponse response;
    private final Map<String, Object> filter;
    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean overflow;
    private boolean passedThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /**
     * Wraps a response.
     *
     * @param response the real response
     * @param filter the filter the resource's metadata must match
     * @param maxBytes the largest body held back
     */
    public CheckedResponse(HttpServletResponse response, Map<String, Object> filter, long maxBytes) {
        super(response);
        this.response = response;
        this.filter = filter;
        this.maxBytes = maxBytes;
    }

    /**
     * Sends the checked response (call once the servlet is done).
     *
     * @throws IOException if writing fails
     */
    public void finish() throws IOException {
        if (passedThrough || response.isCommitted()) {
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        if (overflow) {
            LOG.warn("Gateway refused a response with 502: its body is larger than {} bytes", maxBytes);
            Responses.refuse(response, 502, "Bad Gateway", Map.of());
            return;
        }
        String encoding = response.getHeader("Content-Encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            LOG.warn("Gateway refused a response with 502: it is {}-encoded and cannot be checked", encoding);
            Responses.refuse(response, 502, "Bad Gateway", Map.of());
            return;
        }
        byte[] body = buffer.toByteArray();
        if (response.getStatus() / 100 == 2 && !visible(body)) {
            Responses.refuse(response, 404, "Not found", Map.of());
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private boolean visible(byte[] body) {
        try {
            return Json.parse(body) instanceof Map<?, ?> resource
                    && MetadataFilters.matches(filter, resource.get("metadata"));
        } catch (IllegalArgumentException e) {
            return false; // not a resource this gateway can check: never shown
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new BufferStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedThrough || response.isCommitted();
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        overflow = false;
    }

    @Override
    public void setContentLength(int len) {
        // the length is set in finish(), of what is actually sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // as setContentLength
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"content-length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"content-length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    /** Writes into the bounded buffer. */
    private final class BufferStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            if (buffer.size() + 1L > maxBytes) {
                overflow = true;
            } else if (!overflow) {
                buffer.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (buffer.size() + (long) len > maxBytes) {
                overflow = true;
            } else if (!overflow) {
                buffer.write(b, off, len);
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
