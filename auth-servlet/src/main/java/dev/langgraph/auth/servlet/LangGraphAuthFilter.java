package dev.langgraph.auth.servlet;

import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthContext;
import dev.langgraph.auth.AuthEngine;
import dev.langgraph.auth.AuthOutcome;
import dev.langgraph.auth.BaseUser;
import dev.langgraph.auth.servlet.internal.CheckedResponse;
import dev.langgraph.auth.servlet.internal.ForwardedRequest;
import dev.langgraph.auth.servlet.internal.GatewayPolicy;
import dev.langgraph.auth.servlet.internal.IncomingRequest;
import dev.langgraph.auth.servlet.internal.Json;
import dev.langgraph.auth.servlet.internal.Queries;
import dev.langgraph.auth.servlet.internal.Responses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces a LangGraph {@link Auth} on the LangGraph API served by (or proxied through) a servlet application:
 * Spring Boot, Jetty, Tomcat. It runs once per request (a request attribute marks it; ASYNC, ERROR, FORWARD and
 * INCLUDE dispatches pass untouched) and, through {@link AuthEngine}, which does the route mapping, path hardening
 * and handler resolution for every adapter alike:
 * <ol>
 *   <li>reads the request: method, raw path below the context path (and {@link Builder#pathPrefix}), headers, raw
 *       query string and body (buffered, at most {@link Builder#maxBodyBytes}, else 413; parsed as JSON);</li>
 *   <li>leaves public meta routes open ({@code /ok}, {@code /info}, {@code /docs}, {@code /openapi.json},
 *       {@code /metrics} by default; choose with {@link AuthEngine.Builder#publicRoutes});</li>
 *   <li>answers a refusal itself: its status, {@code {"detail": ...}} as JSON and the handler's headers (e.g.
 *       {@code WWW-Authenticate}); a handler's unexpected exception gives 500 {@code "Internal Server Error"}, logged,
 *       never its text;</li>
 *   <li>passes an allowed request on with the body and query <b>as the handlers changed them</b> (re-serialized, so
 *       the application stores what was authorized), without method-override headers ({@code X-HTTP-Method-Override}
 *       and friends), with parameters from the query string only, the user as {@code getUserPrincipal()}
 *       ({@link LangGraphPrincipal}) and their permissions as roles ({@code isUserInRole("threads:write")}), and
 *       these request attributes: {@link #USER_ATTRIBUTE}, {@link #CONTEXT_ATTRIBUTE}, {@link #FILTER_ATTRIBUTE},
 *       {@link #OUTCOME_ATTRIBUTE} and {@link #AUTH_FILTER_ATTRIBUTE}.</li>
 * </ol>
 * An application that serves the API itself applies {@link #FILTER_ATTRIBUTE} to what it reads (a resource whose
 * metadata does not match is "not found"). With {@link Builder#gateway(GatewayMode)} the filter applies the filters
 * itself, for a gateway in front of a LangGraph server without auth.
 *
 * <pre>{@code
 * // Spring Boot
 * @Bean FilterRegistrationBean<LangGraphAuthFilter> langGraphAuth() {
 *     var registration = new FilterRegistrationBean<>(LangGraphAuthFilter.of(Auth.fromAnnotated(new MyAuth())));
 *     registration.addUrlPatterns("/*");
 *     return registration;
 * }
 * // plain servlet container
 * servletContext.addFilter("langgraph-auth", LangGraphAuthFilter.builder(engine).build())
 *     .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
 * }</pre>
 * Thread-safe; {@link #init} and {@link #destroy} do nothing.
 */
public final class LangGraphAuthFilter implements Filter {

    /** Request attribute: the authenticated {@link BaseUser}. */
    public static final String USER_ATTRIBUTE = "dev.langgraph.auth.user";
    /** Request attribute: the {@link AuthContext} of the request's first event. */
    public static final String CONTEXT_ATTRIBUTE = "dev.langgraph.auth.context";
    /**
     * Request attribute: the first event's filter ({@code Map<String, Object>}, e.g. {@code {"owner": "alice"}}),
     * absent when the handler returned none.
     */
    public static final String FILTER_ATTRIBUTE = "dev.langgraph.auth.filter";
    /** Request attribute: the whole {@link AuthOutcome.Allowed} (every event, with its value and filter). */
    public static final String OUTCOME_ATTRIBUTE = "dev.langgraph.auth.outcome";
    /** Request attribute: this {@link LangGraphAuthFilter}. */
    public static final String AUTH_FILTER_ATTRIBUTE = "dev.langgraph.auth.servlet.filter";
    /** What {@code getAuthType()} answers for an authenticated request. */
    public static final String AUTH_TYPE = "LangGraph";
    /** The default limit of a request body: 10 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LangGraphAuthFilter.class);
    private static final String APPLIED_ATTRIBUTE = LangGraphAuthFilter.class.getName() + ".APPLIED";

    private final AuthEngine engine;
    private final String pathPrefix;
    private final long maxBodyBytes;
    private final GatewayMode gateway;
    private final GatewayPolicy gatewayPolicy;

    private LangGraphAuthFilter(Builder b) {
        this.engine = b.engine;
        this.pathPrefix = b.pathPrefix;
        this.maxBodyBytes = b.maxBodyBytes;
        this.gateway = b.gateway;
        this.gatewayPolicy = b.gateway == null ? null : new GatewayPolicy(b.gateway.reader());
    }

    /**
     * A filter with the default settings and every meta route public.
     *
     * @param auth the handlers
     * @return the filter
     * @throws NullPointerException if auth is null
     */
    public static LangGraphAuthFilter of(Auth auth) {
        return builder(AuthEngine.create(auth)).build();
    }

    /**
     * Starts a filter.
     *
     * @param engine the engine (it holds the handlers and the public routes)
     * @return the builder
     * @throws NullPointerException if the engine is null
     */
    public static Builder builder(AuthEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * The outcome of an allowed request, for the application behind the filter.
     *
     * @param request the request the filter passed on
     * @return the outcome; empty on a public route or when the filter did not run
     */
    public static Optional<AuthOutcome.Allowed> allowed(ServletRequest request) {
        return request.getAttribute(OUTCOME_ATTRIBUTE) instanceof AuthOutcome.Allowed a ? Optional.of(a)
                : Optional.empty();
    }

    /**
     * The engine.
     *
     * @return the engine this filter applies
     */
    public AuthEngine engine() {
        return engine;
    }

    /**
     * The gateway mode.
     *
     * @return the mode, empty when the filter protects an application that serves the API itself
     */
    public Optional<GatewayMode> gatewayMode() {
        return Optional.ofNullable(gateway);
    }

    /**
     * Applies the auth to one request.
     *
     * @param request the request
     * @param response the response
     * @param chain the rest of the chain, called only for public and allowed requests
     * @throws IOException if reading the request or writing the response fails, or as the chain throws
     * @throws ServletException as the chain throws
     */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || request.getAttribute(APPLIED_ATTRIBUTE) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(APPLIED_ATTRIBUTE, Boolean.TRUE);
        Passing passing;
        try {
            Optional<IncomingRequest> incoming = IncomingRequest.read(http, pathPrefix, maxBodyBytes);
            if (incoming.isEmpty()) {
                Responses.refuse(out, 413, "Request body too large", Map.of());
                return;
            }
            passing = decide(http, out, incoming.get());
        } catch (RuntimeException e) {
            LOG.error("LangGraph auth refused a {} request with 500: the filter failed",
                    http.getMethod().replaceAll("\\p{Cntrl}", "?"), e);
            Responses.refuse(out, 500, Responses.INTERNAL_ERROR, Map.of());
            return;
        }
        if (passing == null) {
            return;
        }
        chain.doFilter(passing.request(), passing.response() != null ? passing.response() : out);
        if (passing.response() != null) {
            passing.response().finish();
        }
    }

    /** Decides the request: null when answered here, else what to pass on. */
    private Passing decide(HttpServletRequest http, HttpServletResponse out, IncomingRequest in) throws IOException {
        AuthOutcome outcome = engine.authorize(in.authRequest());
        if (outcome instanceof AuthOutcome.Denied denied) {
            Responses.refuse(out, denied.status(), denied.detail(), denied.headers());
            return null;
        }
        if (outcome instanceof AuthOutcome.Public) {
            return new Passing(new ForwardedRequest(http, in.body(), http.getContentType(), http.getQueryString(),
                    in.authRequest().queryParams(), null, false), null);
        }
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) outcome;
        Object body = allowed.body();
        CheckedResponse checked = null;
        if (gatewayPolicy != null) {
            GatewayPolicy.Decision decision = gatewayPolicy.decide(http.getMethod(), in.authRequest().path(), allowed);
            if (decision instanceof GatewayPolicy.Refuse refuse) {
                Responses.refuse(out, refuse.status(), refuse.detail(), Map.of());
                return null;
            }
            if (decision instanceof GatewayPolicy.Answer answer) {
                Responses.json(out, 200, Json.write(answer.json()));
                return null;
            }
            GatewayPolicy.Forward forward = (GatewayPolicy.Forward) decision;
            body = forward.body();
            checked = forward.responseFilter()
                    .map(f -> new CheckedResponse(out, f, gateway.maxResponseBytes())).orElse(null);
        }
        expose(http, allowed);
        return new Passing(forwarded(http, in, allowed, body, checked != null), checked);
    }

    private ForwardedRequest forwarded(HttpServletRequest http, IncomingRequest in, AuthOutcome.Allowed allowed,
            Object body, boolean responseChecked) {
        // The JSON the handlers saw and changed, or one the engine or gateway made (a body for an empty request,
        // a search filter): re-serialized. A body that is not JSON, on a route that reads none, goes on as received.
        boolean reserialize = body != null && (in.json() || in.body().length == 0 || body != allowed.body());
        byte[] bytes = reserialize ? Json.write(body) : in.body();
        String contentType = reserialize ? "application/json" : http.getContentType();
        boolean queryChanged = !allowed.queryParams().equals(in.authRequest().queryParams());
        String query = queryChanged ? Queries.encode(allowed.queryParams()) : http.getQueryString();
        ForwardedRequest.UserPrincipal principal = new ForwardedRequest.UserPrincipal(
                new LangGraphPrincipal(allowed.user()),
                allowed.user().permissions() == null ? List.of() : allowed.user().permissions(), AUTH_TYPE);
        return new ForwardedRequest(http, bytes, contentType, query, allowed.queryParams(), principal,
                responseChecked);
    }

    private void expose(HttpServletRequest http, AuthOutcome.Allowed allowed) {
        http.setAttribute(USER_ATTRIBUTE, allowed.user());
        http.setAttribute(OUTCOME_ATTRIBUTE, allowed);
        http.setAttribute(AUTH_FILTER_ATTRIBUTE, this);
        if (!allowed.events().isEmpty()) {
            http.setAttribute(CONTEXT_ATTRIBUTE, allowed.context());
        }
        allowed.filter().ifPresent(f -> http.setAttribute(FILTER_ATTRIBUTE, f));
    }

    @Override
    public String toString() {
        return "LangGraphAuthFilter[" + (gateway == null ? "application" : gateway) + "]";
    }

    /** The request (and, for a checked gateway read, the response) to pass on. */
    private record Passing(ForwardedRequest request, CheckedResponse response) {
    }

    /** Configures a {@link LangGraphAuthFilter}. */
    public static final class Builder {

        private final AuthEngine engine;
        private String pathPrefix = "";
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private GatewayMode gateway;

        private Builder(AuthEngine engine) {
            this.engine = engine;
        }

        /**
         * Where the LangGraph API is mounted below the context path, when not at its root: with {@code "/api"},
         * {@code /app/api/threads/search} is the API's {@code /threads/search}. Map the filter to the same place
         * ({@code /api/*}).
         *
         * @param prefix {@code ""} (default) or a path starting with {@code /}, without a trailing {@code /}
         * @return this builder
         * @throws IllegalArgumentException if the prefix is malformed
         */
        public Builder pathPrefix(String prefix) {
            Objects.requireNonNull(prefix, "prefix");
            if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
                throw new IllegalArgumentException("The prefix must be empty or start, not end, with '/': " + prefix);
            }
            this.pathPrefix = prefix;
            return this;
        }

        /**
         * The largest request body accepted; larger ones get 413 {@code "Request body too large"} before any
         * handler runs.
         *
         * @param bytes the limit, at least 0 (default {@link #DEFAULT_MAX_BODY_BYTES})
         * @return this builder
         * @throws IllegalArgumentException if the limit is negative
         */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("The body limit must not be negative: " + bytes);
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /**
         * Enables gateway mode (see {@link GatewayMode}).
         *
         * @param mode the mode
         * @return this builder
         * @throws NullPointerException if the mode is null
         */
        public Builder gateway(GatewayMode mode) {
            this.gateway = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Builds the filter.
         *
         * @return the filter
         */
        public LangGraphAuthFilter build() {
            return new LangGraphAuthFilter(this);
        }
    }
}
