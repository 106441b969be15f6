package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.json.Containment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The auth filters of the request being handled, by resource ({@code threads}, {@code assistants}, {@code crons}):
 * searches and counts show only the resources whose metadata matches (the Python server's JSONB containment of
 * {@code {k: v}}, {@code {k: {"$eq": v}}}, {@code {k: {"$contains": v or [v...]}}}, ANDed). Per HTTP thread.
 */
public final class AuthScope {

    private static final ThreadLocal<Map<String, Map<String, Object>>> SEARCH_FILTERS = new ThreadLocal<>();

    private AuthScope() {
    }

    /**
     * Runs code with the given search filters in scope.
     *
     * @param filters resource to filter
     * @param code the code
     * @param <T> the result type
     * @return the code's result
     */
    public static <T> T with(Map<String, Map<String, Object>> filters, Supplier<T> code) {
        Map<String, Map<String, Object>> previous = SEARCH_FILTERS.get();
        SEARCH_FILTERS.set(filters);
        try {
            return code.get();
        } finally {
            SEARCH_FILTERS.set(previous);
        }
    }

    /**
     * The current search filter of a resource, to evaluate later (searches read the records under the lock).
     *
     * @param resource e.g. {@code threads}
     * @return the filter, null when none
     */
    static Map<String, Object> searchFilter(String resource) {
        Map<String, Map<String, Object>> filters = SEARCH_FILTERS.get();
        return filters == null ? null : filters.get(resource);
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
