package dev.langgraph.auth.internal;

import java.util.List;
import java.util.Map;

/**
 * Checks a filter a handler returns against what the servers understand: {@code {"field": value}},
 * {@code {"field": {"$eq": value}}} and {@code {"field": {"$contains": value or [values]}}}, all ANDed. The
 * Python server answers 500 to any other operator; checking when the result is made reports the handler's
 * mistake at its source.
 */
public final class FilterChecks {

    private FilterChecks() {
    }

    /**
     * An unmodifiable, checked copy of a filter.
     *
     * @param filter the filter
     * @return the copy
     * @throws IllegalArgumentException if a key is blank, a value is not JSON-like, or an operator object is not
     *     exactly one {@code $eq} or {@code $contains} (with a scalar or a list of scalars)
     * @throws NullPointerException if the filter is null
     */
    public static Map<String, Object> checkedCopy(Map<String, ?> filter) {
        Map<String, Object> copy = JsonValues.immutableObject(filter);
        copy.forEach(FilterChecks::checkCondition);
        return copy;
    }

    private static void checkCondition(String field, Object condition) {
        if (field.isBlank()) {
            throw new IllegalArgumentException("Filter field names must not be blank");
        }
        if (!(condition instanceof Map<?, ?> operators) || operators.keySet().stream()
                .noneMatch(k -> ((String) k).startsWith("$"))) {
            return; // a plain value: metadata containment
        }
        if (operators.size() != 1) {
            throw new IllegalArgumentException("Filter on '" + field + "' must have exactly one operator");
        }
        Map.Entry<?, ?> op = operators.entrySet().iterator().next();
        if ("$contains".equals(op.getKey())) {
            Object v = op.getValue();
            boolean ok = isScalar(v) || (v instanceof List<?> list && list.stream().allMatch(FilterChecks::isScalar));
            if (!ok) {
                throw new IllegalArgumentException("$contains on '" + field + "' needs a scalar or a list of scalars");
            }
        } else if (!"$eq".equals(op.getKey())) {
            throw new IllegalArgumentException("Unsupported filter operator on '" + field + "': " + op.getKey()
                    + " (only $eq and $contains)");
        }
    }

    private static boolean isScalar(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean;
    }
}
