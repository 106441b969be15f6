package dev.langgraph.auth.servlet.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Auth filters ({@code {"field": v}}, {@code {"field": {"$eq": v}}}, {@code {"field": {"$contains": v or [v...]}}},
 * ANDed) as the Python server applies them to a resource's metadata: JSONB containment. Used by the gateway to check
 * a resource it read, and to turn a filter into the {@code metadata} containment filter of a search body.
 */
public final class MetadataFilters {

    private MetadataFilters() {
    }

    /**
     * Whether a resource's metadata matches a filter.
     *
     * @param filter the handler's filter (checked by {@code AuthResult.filter})
     * @param metadata the resource's metadata; null matches no non-empty filter
     * @return true if every condition holds
     */
    public static boolean matches(Map<String, Object> filter, Object metadata) {
        if (filter.isEmpty()) {
            return true;
        }
        if (!(metadata instanceof Map<?, ?> object)) {
            return false;
        }
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            if (!object.containsKey(condition.getKey())
                    || !contains(object.get(condition.getKey()), containment(condition.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds a filter to a search body's {@code metadata} containment filter.
     *
     * @param metadata the body's {@code metadata} (null or a JSON object); not changed
     * @param filter the handler's filter
     * @return the combined metadata filter, or empty when no resource can match both (e.g. {@code owner} asked for
     *     as {@code "alice"} by the caller and as {@code "bob"} by the handler)
     */
    public static Optional<Map<String, Object>> merge(Object metadata, Map<String, Object> filter) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (metadata instanceof Map<?, ?> given) {
            given.forEach((k, v) -> merged.put((String) k, v));
        } else if (metadata != null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            Object required = containment(condition.getValue());
            Object existing = merged.get(condition.getKey());
            if (!merged.containsKey(condition.getKey()) || jsonEquals(existing, required)) {
                merged.put(condition.getKey(), required);
            } else if (existing instanceof List<?> a && required instanceof List<?> b) {
                List<Object> union = new ArrayList<>(a);
                union.addAll(b);
                merged.put(condition.getKey(), union);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(merged);
    }

    /** A condition as the JSON value the metadata must contain. */
    private static Object containment(Object condition) {
        if (condition instanceof Map<?, ?> op && op.size() == 1) {
            if (op.containsKey("$eq")) {
                return op.get("$eq");
            }
            if (op.containsKey("$contains")) {
                Object v = op.get("$contains");
                return v instanceof List<?> ? v : List.of(v);
            }
        }
        return condition;
    }

    /** JSONB containment of a nested value: objects by key, arrays by element, scalars by equality. */
    private static boolean contains(Object target, Object wanted) {
        if (wanted instanceof Map<?, ?> w) {
            if (!(target instanceof Map<?, ?> t)) {
                return false;
            }
            return w.entrySet().stream().allMatch(e -> t.containsKey(e.getKey())
                    && contains(t.get(e.getKey()), e.getValue()));
        }
        if (wanted instanceof List<?> w) {
            if (!(target instanceof List<?> t)) {
                return false;
            }
            return w.stream().allMatch(x -> t.stream().anyMatch(y -> contains(y, x)));
        }
        return jsonEquals(target, wanted);
    }

    private static boolean jsonEquals(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && finite(x) && finite(y)) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        if (a instanceof Map || a instanceof List) {
            return contains(a, b) && contains(b, a);
        }
        return Objects.equals(a, b);
    }

    private static boolean finite(Number n) {
        return !(n instanceof Double || n instanceof Float) || Double.isFinite(n.doubleValue());
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
