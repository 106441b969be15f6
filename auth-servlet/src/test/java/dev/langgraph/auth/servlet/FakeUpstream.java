package dev.langgraph.auth.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A LangGraph server without auth, reduced to what the gateway tests need: resources by path
 * ({@code /threads/{id}}, {@code /assistants/{id}}) answered as JSON, an SSE stream for any {@code .../stream}
 * path, {@code []} for anything else, and a log of every request it received.
 */
final class FakeUpstream extends HttpServlet {

    private static final long serialVersionUID = 1L;

    final transient Map<String, Map<String, Object>> resources = new ConcurrentHashMap<>();
    final transient List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
    final transient List<String> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
    final transient List<String> acceptEncodings = java.util.Collections.synchronizedList(new ArrayList<>());
    /** When set, resources are answered with this {@code Content-Encoding} (the body is left as is). */
    volatile String contentEncoding;

    void put(String path, String id, Map<String, Object> metadata) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put(path.startsWith("/threads") ? "thread_id" : "assistant_id", id);
        resource.put("metadata", metadata);
        resources.put(path, resource);
    }

    /** The resource reader a gateway would have: straight into the same resources. */
    ResourceReader reader() {
        return path -> Optional.ofNullable(resources.get(path));
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String target = req.getMethod() + " " + req.getRequestURI()
                + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        received.add(target);
        bodies.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        acceptEncodings.add(String.valueOf(req.getHeader("Accept-Encoding")));
        if (req.getRequestURI().endsWith("/stream")) {
            resp.setContentType("text/event-stream");
            resp.getWriter().write("event: metadata\ndata: {\"run_id\":\"r1\"}\n\n");
            resp.flushBuffer();
            resp.getWriter().write("event: values\ndata: {\"n\":1}\n\n");
            return;
        }
        Map<String, Object> resource = resources.get(req.getRequestURI());
        if (req.getMethod().equals("GET") && req.getRequestURI().split("/").length == 3) {
            if (resource == null) {
                write(resp, 404, Map.of("detail", "Not Found"));
            } else {
                if (contentEncoding != null) {
                    resp.setHeader("Content-Encoding", contentEncoding);
                }
                write(resp, 200, resource);
            }
            return;
        }
        write(resp, 200, List.of());
    }

    private static void write(HttpServletResponse resp, int status, Object json) throws IOException {
        byte[] bytes = EchoServlet.JSON.writeValueAsBytes(json);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
