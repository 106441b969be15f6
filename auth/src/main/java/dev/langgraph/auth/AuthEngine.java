package dev.langgraph.auth;

import dev.langgraph.auth.internal.JsonValues;
import dev.langgraph.auth.internal.PathSegment;
import dev.langgraph.auth.internal.PlannedEvent;
import dev.langgraph.auth.internal.Registered;
import dev.langgraph.auth.internal.RequestData;
import dev.langgraph.auth.internal.RequestPaths;
import dev.langgraph.auth.internal.RouteMatch;
import dev.langgraph.auth.internal.RouteTable;
import dev.langgraph.auth.values.AuthValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an {@link Auth} to requests: the one engine every adapter (servlet filter, gateway, testkit) uses, so
 * they all decide alike. For a request it
 * <ol>
 *   <li>checks the path strictly and finds the route (400 for hostile paths, 404, 405; see
 *       {@code RequestPaths}: nothing is normalised, so what is authorized is what the server routes);</li>
 *   <li>answers {@link AuthOutcome.Public} for a public meta route ({@code /ok}, {@code /info}, {@code /docs},
 *       {@code /openapi.json}, {@code /metrics} by default);</li>
 *   <li>refuses a repeated {@code Authorization} header or a malformed query string (400), then runs the
 *       authentication handler;</li>
 *   <li>turns the request into its events (resource, action, value) and runs, for each, the one handler that
 *       decides it;</li>
 *   <li>writes the handlers' value changes back into the body and query it returns.</li>
 * </ol>
 * The method is always the request's own: {@code X-HTTP-Method-Override} and similar headers are ignored
 * (adapters should strip them before passing the request on, in case the application honours them).
 *
 * <p>It fails closed: any unexpected exception of a handler, a null result, a user without identity or a
 * non-JSON value left in an event gives a 500 {@code "Internal Server Error"} (logged with its cause through
 * SLF4J, never sent to the client). Thread-safe.
 */
public final class AuthEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AuthEngine.class);
    private static final String INTERNAL_ERROR = "Internal Server Error";

    private final Auth auth;
    private final Set<String> publicRoutes;
    private final boolean authenticationErrorsAs403;

    private AuthEngine(Auth auth, Set<String> publicRoutes, boolean authenticationErrorsAs403) {
        this.auth = auth;
        this.publicRoutes = publicRoutes;
        this.authenticationErrorsAs403 = authenticationErrorsAs403;
    }

    /**
     * An engine with every meta route public.
     *
     * @param auth the handlers
     * @return the engine
     * @throws NullPointerException if auth is null
     */
    public static AuthEngine create(Auth auth) {
        return builder(auth).build();
    }

    /**
     * A builder, to choose which meta routes are public.
     *
     * @param auth the handlers
     * @return the builder
     * @throws NullPointerException if auth is null
     */
    public static Builder builder(Auth auth) {
        return new Builder(Objects.requireNonNull(auth, "auth"));
    }

    /**
     * The meta routes, public by default.
     *
     * @return {@code /ok}, {@code /info}, {@code /docs}, {@code /openapi.json}, {@code /metrics}
     */
    public static Set<String> metaRoutes() {
        return RouteTable.META_PATHS;
    }

    /**
     * Decides a request.
     *
     * @param request the request as received
     * @return the outcome; never throws for anything a client can send
     * @throws NullPointerException if the request is null
     */
    public AuthOutcome authorize(AuthRequest request) {
        Objects.requireNonNull(request, "request");
        return outcome(request.method() + " " + request.path(), () -> decide(request));
    }

    /**
     * Decides an event raised without an HTTP request, e.g. a cron firing (as its user) or a fake server's
     * operation: the event's handler runs on a copy of the value.
     *
     * @param user the user the event runs as
     * @param event an exact event
     * @param value the value's fields (JSON-like); copied
     * @return {@link AuthOutcome.Allowed} with this one event (body null, no query) or
     *     {@link AuthOutcome.Denied}
     * @throws IllegalArgumentException if the event is resource-wide, or a field is not JSON-like or has the
     *     wrong type for the event
     * @throws NullPointerException if an argument is null
     */
    @SuppressWarnings("unchecked")
    public AuthOutcome authorize(BaseUser user, AuthEvent<?> event, Map<String, ?> value) {
        Objects.requireNonNull(user, "user");
        if (event.action().isEmpty()) {
            throw new IllegalArgumentException(event + " is resource-wide; give an exact event");
        }
        Map<String, Object> entries = (Map<String, Object>) JsonValues.mutableCopy(Objects.requireNonNull(value));
        event.fields().forEach(f -> {
            if (!f.accepts(entries.get(f.name()))) {
                throw new IllegalArgumentException("Field '" + f.name() + "' has the wrong type for " + event);
            }
        });
        PlannedEvent planned = new PlannedEvent(event, entries, List.of());
        RequestData none = new RequestData(Map.of(), Map.of(), null, false);
        return outcome(event.toString(), () -> decide(user, List.of(planned), none, event.toString()));
    }

    /** Turns refusals into outcomes; anything unexpected, even a bug of the engine, fails closed. */
    private static AuthOutcome outcome(String where, Supplier<AuthOutcome> decision) {
        try {
            return decision.get();
        } catch (HTTPException e) {
            return AuthOutcome.Denied.of(e);
        } catch (FailedClosed e) {
            return internalError();
        } catch (RuntimeException e) {
            failed("the engine failed", where, e);
            return internalError();
        }
    }

    private static AuthOutcome.Denied internalError() {
        return new AuthOutcome.Denied(500, INTERNAL_ERROR, Map.of());
    }

    private AuthOutcome decide(AuthRequest request) {
        List<PathSegment> segments = RequestPaths.parse(request.path());
        RouteMatch match = RouteTable.resolve(request.method(), segments);
        if (match.route().isMeta() && publicRoutes.contains(match.route().pattern())) {
            return new AuthOutcome.Public(match.route().pattern());
        }
        if (request.headers().getOrDefault("Authorization", List.of()).size() > 1) {
            throw new HTTPException(400, "Repeated Authorization header");
        }
        if (request.malformedQuery()) {
            throw new HTTPException(400, "Invalid query string");
        }
        String where = match.route().toString();
        BaseUser user = authenticate(request.withPathParams(match.pathParams()), where);
        RequestData data = new RequestData(match.pathParams(), request.queryParams(), request.body(),
                request.invalidBody());
        return decide(user, match.route().plan(data), data, where);
    }

    private BaseUser authenticate(AuthRequest request, String where) {
        MinimalUser returned;
        try {
            returned = guarded("authentication handler", where, () -> auth.authenticator().authenticate(request),
                    false);
        } catch (HTTPException e) {
            throw authenticationErrorsAs403 && (e.status() == 401 || e.status() == 403)
                    ? new HTTPException(403, e.detail()) : e;
        }
        if (returned == null) {
            throw failed("authentication handler returned null", where, null);
        }
        BaseUser user = returned instanceof BaseUser base ? base : guarded("authentication handler", where,
                () -> User.of(returned.identity()), false);
        if (user.identity() == null || user.identity().isBlank()) {
            throw failed("authentication handler returned a user without identity", where, null);
        }
        if (user.permissions() != null && user.permissions().stream().anyMatch(Objects::isNull)) {
            throw failed("authentication handler returned a null permission", where, null);
        }
        return user;
    }

    private AuthOutcome decide(BaseUser user, List<PlannedEvent> planned, RequestData data, String where) {
        List<AuthorizedEvent> decided = new ArrayList<>(planned.size());
        for (PlannedEvent p : planned) {
            AuthValue value = p.event().newValue(p.entries());
            AuthContext context = AuthContext.of(user, p.event());
            Optional<Registered<AuthorizationHandler<AuthValue>>> handler = auth.handlerFor(p.event());
            AuthResult result = handler.isEmpty() ? AuthResult.allow() : guarded(handler.get().source(),
                    where, () -> handler.get().handler().authorize(context, value), true);
            if (result == null) {
                throw failed(handler.get().source() + " returned null", where, null);
            }
            if (!result.allowed()) {
                throw new HTTPException(403);
            }
            decided.add(new AuthorizedEvent(p.event(), context, value, result.filter().orElse(null)));
        }
        for (int i = 0; i < planned.size(); i++) {
            PlannedEvent p = planned.get(i);
            Map<String, Object> value = decided.get(i).value().asMap();
            guarded("a handler's change to " + p.event(), where, () -> {
                p.writeBack(value);
                return null;
            }, false);
        }
        Object body = guarded("a handler's change", where, () -> JsonValues.immutableCopy(data.body()), false);
        return new AuthOutcome.Allowed(user, decided, body, data.query());
    }

    /**
     * Runs handler code: {@link HTTPException} passes through (the handler's answer), Python's
     * {@code AssertionError} rule gives 403 for authorization handlers, anything else fails closed.
     */
    private static <T> T guarded(String who, String where, Supplier<T> call,
            boolean assertionDenies) {
        try {
            return call.get();
        } catch (HTTPException e) {
            throw e;
        } catch (AssertionError e) {
            if (assertionDenies) {
                throw new HTTPException(403);
            }
            throw failed(who + " failed", where, e);
        } catch (RuntimeException e) {
            throw failed(who + " failed", where, e);
        }
    }

    private static FailedClosed failed(String what, String where, Throwable cause) {
        // where may hold the client's method and path: no control characters into the log.
        LOG.error("Auth refused {} with 500: {}", where.replaceAll("\\p{Cntrl}", "?"), what, cause);
        return new FailedClosed();
    }

    /** Unwinds to the outcome after a 500 was logged. */
    private static final class FailedClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedClosed() {
            super(null, null, false, false);
        }
    }

    /** Chooses which meta routes are public. */
    public static final class Builder {

        private final Auth auth;
        private Set<String> publicRoutes = RouteTable.META_PATHS;
        private boolean authenticationErrorsAs403;

        private Builder(Auth auth) {
            this.auth = auth;
        }

        /**
         * Sets the public meta routes; the others need authentication (and raise no event). E.g. the JS server
         * leaves only {@code /info} public. Routes other than meta routes cannot be made public: an adapter that
         * serves its own routes should not send them to the engine at all.
         *
         * @param paths a subset of {@link #metaRoutes()}
         * @return this builder
         * @throws IllegalArgumentException if a path is not a meta route
         */
        public Builder publicRoutes(Collection<String> paths) {
            for (String p : paths) {
                if (!RouteTable.META_PATHS.contains(p)) {
                    throw new IllegalArgumentException("Only meta routes can be public, not " + p + "; expected"
                            + " some of " + RouteTable.META_PATHS);
                }
            }
            this.publicRoutes = Set.copyOf(paths);
            return this;
        }

        /**
         * Answers as the Python server does when the authentication handler refuses a request: its
         * {@link HTTPException} with status 401 or 403 becomes 403 {@code {"detail": <its detail>}} without the
         * handler's headers (no {@code WWW-Authenticate}), because that server turns both into Starlette's
         * {@code AuthenticationError}, which its middleware answers with 403 (langchain-ai/langgraph#6552). Other
         * statuses, and refusals of authorization handlers, are unchanged. Off by default: the engine answers the
         * handler's own status and headers, as the JS server does and as HTTP means.
         *
         * @param enabled whether to answer authentication refusals with 403
         * @return this builder
         */
        public Builder authenticationErrorsAs403(boolean enabled) {
            this.authenticationErrorsAs403 = enabled;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public AuthEngine build() {
            return new AuthEngine(auth, publicRoutes, authenticationErrorsAs403);
        }
    }
}
