package dev.langgraph.auth.servlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langgraph.auth.AuthContext;
import dev.langgraph.auth.BaseUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers, as JSON, everything the application behind the filter sees: method, URI, query, parameters, headers,
 * body, principal, roles (those named in {@code X-Check-Roles}) and the filter's request attributes.
 */
final class EchoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final ObjectMapper JSON = new ObjectMapper();

    final transient AtomicInteger hits = new AtomicInteger();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        hits.incrementAndGet();
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("method", req.getMethod());
        seen.put("uri", req.getRequestURI());
        seen.put("query", req.getQueryString());
        seen.put("params", req.getParameterMap());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), Collections.list(req.getHeaders(name)));
        }
        seen.put("headers", headers);
        seen.put("contentLength", req.getContentLengthLong());
        seen.put("contentType", req.getContentType());
        seen.put("body", new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        seen.put("principal", req.getUserPrincipal() == null ? null : req.getUserPrincipal().getName());
        seen.put("principalIsLangGraph", req.getUserPrincipal() instanceof LangGraphPrincipal);
        seen.put("remoteUser", req.getRemoteUser());
        seen.put("authType", req.getAuthType());
        Map<String, Boolean> roles = new LinkedHashMap<>();
        String asked = req.getHeader("X-Check-Roles");
        for (String role : asked == null ? new String[0] : asked.split(",")) {
            roles.put(role, req.isUserInRole(role));
        }
        seen.put("roles", roles);
        Object user = req.getAttribute(LangGraphAuthFilter.USER_ATTRIBUTE);
        seen.put("user", user instanceof BaseUser u ? u.identity() : null);
        Object context = req.getAttribute(LangGraphAuthFilter.CONTEXT_ATTRIBUTE);
        seen.put("context", context instanceof AuthContext c ? c.resource() + ":" + c.action() : null);
        seen.put("filter", req.getAttribute(LangGraphAuthFilter.FILTER_ATTRIBUTE));
        seen.put("authFilter", req.getAttribute(LangGraphAuthFilter.AUTH_FILTER_ATTRIBUTE) != null);
        seen.put("events", LangGraphAuthFilter.allowed(req).map(a -> a.events().size()).orElse(0));
        byte[] out = JSON.writeValueAsBytes(seen);
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setContentLength(out.length);
        resp.getOutputStream().write(out);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) throws IOException {
        return JSON.readValue(json, Map.class);
    }

}
