package dev.langgraph.interop.gateway;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small synchronous reverse proxy on the JDK's {@link HttpClient}: passes the request on (method, raw path, the
 * query and body as the auth filter left them, end-to-end headers) and copies the response back, flushing after
 * every chunk so server-sent events stream through as they come. Synchronous on purpose: the gateway's checked
 * reads need the response written before the filter's {@code doFilter} returns.
 */
final class ProxyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Hop-by-hop headers (RFC 9110 §7.6.1), and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length", "expect", "accept-encoding");

    private final String upstream;
    private final transient HttpClient client;

    ProxyServlet(URI upstream) {
        String base = upstream.toString();
        this.upstream = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String query = req.getQueryString();
        byte[] body = req.getInputStream().readAllBytes();
        HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(upstream + path + (query == null ? ""
                : "?" + query)));
        out.method(req.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : Collections.list(req.getHeaderNames())) {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                Collections.list(req.getHeaders(name)).forEach(v -> out.header(name, v));
            }
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            resp.sendError(502);
            return;
        } catch (IOException e) {
            resp.sendError(502);
            return;
        }
        resp.setStatus(response.statusCode());
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            String name = header.getKey();
            if (!name.startsWith(":") && !NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(v -> resp.addHeader(name, v));
            }
        }
        try (InputStream in = response.body()) {
            OutputStream sink = resp.getOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                sink.write(buffer, 0, n);
                sink.flush();
            }
        }
    }
}
