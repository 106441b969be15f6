package dev.langgraph.auth;

import dev.langgraph.auth.internal.HeaderChecks;
import dev.langgraph.auth.values.AuthValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuthEngine} decided about a request: {@link Public} (a meta route: no authentication),
 * {@link Allowed}, or {@link Denied} (answer with its status, {@code {"detail": ...}} and headers).
 */
public sealed interface AuthOutcome permits AuthOutcome.Public, AuthOutcome.Allowed, AuthOutcome.Denied {

    /**
     * A public meta route ({@code /ok}, {@code /info}, ...): pass the request on without a user.
     *
     * @param route the route's path
     */
    record Public(String route) implements AuthOutcome {
    }

    /**
     * The request may go on.
     *
     * @param user the authenticated user
     * @param events the events the request raised, each with its handler's filter and changed value, in order
     *     (usually one; a run batch raises one per run, a thread copy a read then a create); empty only for a
     *     meta route an adapter chose to authenticate
     * @param body the request body with every handler's changes written back (e.g. {@code metadata.owner}),
     *     read-only; forward this, re-serialized, rather than the original bytes, so the server stores exactly
     *     what was authorized. Null when the request had no body and the route reads none
     * @param queryParams the query parameters with handlers' changes written back (store namespace and key)
     */
    record Allowed(BaseUser user, List<AuthorizedEvent> events, Object body,
            Map<String, List<String>> queryParams) implements AuthOutcome {

        /**
         * Creates the outcome.
         *
         * @param user the authenticated user
         * @param events the decided events
         * @param body the body with changes written back
         * @param queryParams the query parameters with changes written back
         * @throws NullPointerException if the user, events or query parameters are null
         */
        public Allowed {
            Objects.requireNonNull(user, "user");
            events = List.copyOf(events);
            Map<String, List<String>> ordered = new LinkedHashMap<>();
            queryParams.forEach((k, v) -> ordered.put(k, List.copyOf(v)));
            queryParams = Collections.unmodifiableMap(ordered);
        }

        /**
         * The first event's context.
         *
         * @return the context
         * @throws IllegalStateException if the request raised no event (an authenticated meta route)
         */
        public AuthContext context() {
            return first().context();
        }

        /**
         * The first event's value, as its handler left it.
         *
         * @return the value
         * @throws IllegalStateException if the request raised no event
         */
        public AuthValue value() {
            return first().value();
        }

        /**
         * The first event's filter.
         *
         * @return the filter, empty when not filtered or when the request raised no event
         */
        public Optional<Map<String, Object>> filter() {
            return events.isEmpty() ? Optional.empty() : events.get(0).filter();
        }

        private AuthorizedEvent first() {
            if (events.isEmpty()) {
                throw new IllegalStateException("The request raised no auth event");
            }
            return events.get(0);
        }
    }

    /**
     * The request is refused.
     *
     * @param status the HTTP status (400, 401, 403, 404, 405, 422, 500, or a handler's own)
     * @param detail the detail to send as {@code {"detail": ...}}; never an exception's text for a 500
     * @param headers headers to send (e.g. {@code WWW-Authenticate}, {@code Allow})
     */
    record Denied(int status, String detail, Map<String, String> headers) implements AuthOutcome {

        /**
         * Creates the outcome.
         *
         * @param status the HTTP status
         * @param detail the detail
         * @param headers the headers, may be null
         * @throws IllegalArgumentException if a header name or value is unsafe
         * @throws NullPointerException if the detail is null
         */
        public Denied {
            Objects.requireNonNull(detail, "detail");
            headers = HeaderChecks.checkedCopy(headers);
        }

        /**
         * The outcome of a handler's (or the engine's own) {@link HTTPException}.
         *
         * @param e the exception
         * @return the outcome with its status, detail and headers
         */
        public static Denied of(HTTPException e) {
            return new Denied(e.status(), e.detail(), e.headers());
        }
    }
}
