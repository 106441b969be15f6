package dev.langgraph.auth;

import dev.langgraph.auth.internal.FilterChecks;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an authorization handler decides (Python's handler result): allow ({@code None}/{@code True}), deny
 * ({@code False}, answered with 403 {@code "Forbidden"}), or allow with a filter (a dict) that restricts the
 * request to resources whose metadata matches. Exactly one handler decides each event, so results are never
 * combined. To deny with another status or detail, throw {@link HTTPException}.
 */
public final class AuthResult {

    private static final AuthResult ALLOW = new AuthResult(true, null);
    private static final AuthResult DENY = new AuthResult(false, null);

    private final boolean allowed;
    private final Map<String, Object> filter;

    private AuthResult(boolean allowed, Map<String, Object> filter) {
        this.allowed = allowed;
        this.filter = filter;
    }

    /**
     * Allow, without a filter.
     *
     * @return the result
     */
    public static AuthResult allow() {
        return ALLOW;
    }

    /**
     * Deny: the request is answered with 403 {@code "Forbidden"}.
     *
     * @return the result
     */
    public static AuthResult deny() {
        return DENY;
    }

    /**
     * Allow or deny (Python's {@code True}/{@code False}).
     *
     * @param allowed whether to allow
     * @return {@link #allow()} or {@link #deny()}
     */
    public static AuthResult of(boolean allowed) {
        return allowed ? ALLOW : DENY;
    }

    /**
     * Allow, restricted to resources matching every condition (ANDed), each one of
     * {@code {"field": "v"}}, {@code {"field": {"$eq": "v"}}}, {@code {"field": {"$contains": "v"}}} or
     * {@code {"field": {"$contains": ["a", "b"]}}} (all of them). Fields are metadata keys (for the store on the
     * JS server: item value keys, {@code namespace} and {@code key}). An empty filter is {@link #allow()}.
     *
     * @param filter the conditions
     * @return the result
     * @throws IllegalArgumentException if a condition uses another operator or a value is not JSON-like
     * @throws NullPointerException if the filter is null
     */
    public static AuthResult filter(Map<String, ?> filter) {
        Map<String, Object> checked = FilterChecks.checkedCopy(Objects.requireNonNull(filter, "filter"));
        return checked.isEmpty() ? ALLOW : new AuthResult(true, checked);
    }

    /**
     * Whether the request may go on.
     *
     * @return false only for {@link #deny()}
     */
    public boolean allowed() {
        return allowed;
    }

    /**
     * The filter the request is restricted to.
     *
     * @return the unmodifiable filter, empty when not filtered
     */
    public Optional<Map<String, Object>> filter() {
        return Optional.ofNullable(filter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthResult r && r.allowed == allowed && Objects.equals(r.filter, filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowed, filter);
    }

    @Override
    public String toString() {
        if (!allowed) {
            return "AuthResult[deny]";
        }
        return filter == null ? "AuthResult[allow]" : "AuthResult[filter " + filter + "]";
    }
}
