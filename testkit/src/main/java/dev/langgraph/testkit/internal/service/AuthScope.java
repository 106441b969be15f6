package dev.langgraph.testkit.internal.service;

import dev.langgraph.auth.BaseUser;
import dev.langgraph.testkit.internal.json.Containment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The auth of the request being handled (or of a cron firing): its user, whom runs are stamped with, and its
 * filters by resource ({@code threads}, {@code assistants}, {@code crons}): searches and counts show only the
 * resources whose metadata matches (the Python server's JSONB containment of {@code {k: v}},
 * {@code {k: {"$eq": v}}}, {@code {k: {"$contains": v or [v...]}}}, ANDed). Per thread.
 */
public final class AuthScope {

    private record Scope(Map<String, Map<String, Object>> filters, BaseUser user) {
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private AuthScope() {
    }

    /**
     * Runs code with the given search filters in scope, without a user.
     *
     * @param filters resource to filter
     * @param code the code
     * @param <T> the result type
     * @return the code's result
     */
    public static <T> T with(Map<String, Map<String, Object>> filters, Supplier<T> code) {
        return with(filters, null, code);
    }

    /**
     * Runs code as a user, with the given search filters in scope.
     *
     * @param filters resource to filter
     * @param user the authenticated user, null for none
     * @param code the code
     * @param <T> the result type
     * @return the code's result
     */
    public static <T> T with(Map<String, Map<String, Object>> filters, BaseUser user, Supplier<T> code) {
        Scope previous = CURRENT.get();
        CURRENT.set(new Scope(filters, user));
        try {
            return code.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * The user the current request (or cron firing) runs as.
     *
     * @return the user, null without auth
     */
    static BaseUser user() {
        Scope scope = CURRENT.get();
        return scope == null ? null : scope.user();
    }

    /**
     * The current search filter of a resource, to evaluate later (searches read the records under the lock).
     *
     * @param resource e.g. {@code threads}
     * @return the filter, null when none
     */
    static Map<String, Object> searchFilter(String resource) {
        Scope scope = CURRENT.get();
        return scope == null || scope.filters() == null ? null : scope.filters().get(resource);
    }

    /**
     * Whether metadata matches an auth filter.
     *
     * @param filter the handler's filter, null for none
     * @param metadata the resource's metadata
     * @return true if every condition holds
     */
    public static boolean matches(Map<String, Object> filter, Map<String, Object> metadata) {
        if (filter == null || filter.isEmpty()) {
            return true;
        }
        if (metadata == null) {
            return false;
        }
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            if (!metadata.containsKey(condition.getKey())
                    || !Containment.contains(metadata.get(condition.getKey()), containment(condition.getValue()))) {
                return false;
            }
        }
        return true;
    }

    private static Object containment(Object condition) {
        if (condition instanceof Map<?, ?> op && op.size() == 1) {
            if (op.containsKey("$eq")) {
                return op.get("$eq");
            }
            if (op.containsKey("$contains")) {
                Object v = op.get("$contains");
                return v instanceof Collection<?> ? v : List.of(v);
            }
        }
        return condition;
    }
}
