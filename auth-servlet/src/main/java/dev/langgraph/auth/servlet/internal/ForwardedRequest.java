package dev.langgraph.auth.servlet.internal;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The request the filter passes on: the body it authorized (buffered, re-readable, possibly re-serialized with the
 * handlers' changes), the query with the handlers' changes, parameters taken from that query only (never from a
 * form body), no method-override headers, consistent {@code Content-Length}/{@code Transfer-Encoding}, and, when a
 * user was authenticated, that user as principal with their permissions as roles.
 */
public final class ForwardedRequest extends HttpServletRequestWrapper {

    /** Headers some frameworks read to change the method; the engine never honours them, so no one else may. */
    public static final Set<String> METHOD_OVERRIDE_HEADERS =
            Set.of("x-http-method-override", "x-http-method", "x-method-override");

    private static final Set<String> HIDDEN = Set.of("x-http-method-override", "x-http-method",
            "x-method-override", "content-length", "transfer-encoding", "content-type");

    private final byte[] body;
    private final String contentType;
    private final String queryString;
    private final Map<String, String[]> parameters;
    private final UserPrincipal principal;
    private final Set<String> hidden;
    private final Map<String, List<String>> replacedHeaders = new LinkedHashMap<>();

    /**
     * Wraps a request.
     *
     * @param request the container's request
     * @param body the body to pass on
     * @param contentType the content type to announce (null keeps none)
     * @param queryString the raw query string to pass on, null for none
     * @param queryParams the decoded parameters of that query string
     * @param principal the authenticated user, null on a public route (the container's principal then shows)
     * @param uncompressed whether to hide {@code Accept-Encoding}, so that a response the filter must read comes
     *     back uncompressed
     */
    public ForwardedRequest(HttpServletRequest request, byte[] body, String contentType, String queryString,
            Map<String, List<String>> queryParams, UserPrincipal principal, boolean uncompressed) {
        super(request);
        Set<String> hide = new HashSet<>(HIDDEN);
        if (uncompressed) {
            hide.add("accept-encoding");
        }
        this.hidden = Set.copyOf(hide);
        this.body = body;
        this.contentType = contentType;
        this.queryString = queryString;
        Map<String, String[]> params = new LinkedHashMap<>();
        queryParams.forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(params);
        this.principal = principal;
        if (body.length > 0 || request.getHeader("Content-Length") != null) {
            replacedHeaders.put("content-length", List.of(Integer.toString(body.length)));
        }
        if (contentType != null) {
            replacedHeaders.put("content-type", List.of(contentType));
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        return new BodyStream(body);
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getCharacterEncoding() {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int at = type.indexOf("charset=");
        return at < 0 ? null : contentType.substring(at + "charset=".length()).trim().replace("\"", "");
    }

    @Override
    public String getHeader(String name) {
        List<String> values = headerValues(name);
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return Collections.enumeration(headerValues(name));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        Predicate<String> visible = n -> !hidden.contains(n.toLowerCase(Locale.ROOT));
        Collections.list(super.getHeaderNames()).stream().filter(visible).forEach(names::add);
        replacedHeaders.keySet().forEach(n -> names.add(n.equals("content-length") ? "Content-Length"
                : "Content-Type"));
        return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
        String value = getHeader(name);
        return value == null ? -1 : Integer.parseInt(value);
    }

    @Override
    public long getDateHeader(String name) {
        return hidden.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
    }

    private List<String> headerValues(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (replacedHeaders.containsKey(key)) {
            return replacedHeaders.get(key);
        }
        return hidden.contains(key) ? List.of() : Collections.list(super.getHeaders(name));
    }

    @Override
    public String getQueryString() {
        return queryString;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Principal getUserPrincipal() {
        return principal != null ? principal.principal() : super.getUserPrincipal();
    }

    @Override
    public String getRemoteUser() {
        return principal != null ? principal.principal().getName() : super.getRemoteUser();
    }

    @Override
    public String getAuthType() {
        return principal != null ? principal.authType() : super.getAuthType();
    }

    @Override
    public boolean isUserInRole(String role) {
        if (principal == null) {
            return super.isUserInRole(role);
        }
        return "**".equals(role) || principal.roles().contains(role);
    }

    /**
     * The authenticated user as the servlet API shows it.
     *
     * @param principal what {@code getUserPrincipal()} returns
     * @param roles the user's permissions, answered by {@code isUserInRole}
     * @param authType what {@code getAuthType()} returns
     */
    public record UserPrincipal(Principal principal, List<String> roles, String authType) {
    }
}
