package dev.langgraph.testkit.internal.json;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Postgres JSONB containment ({@code target @> filter}), the Python server's semantics for {@code metadata} and
 * {@code values} filters: objects match recursively, every filter array element must be contained in some target
 * element (order-free), scalars must be equal (numbers by value), {@code null} matches {@code null}.
 */
public final class Containment {

    private Containment() {
    }

    /**
     * Tells whether {@code target} contains {@code filter}.
     *
     * @param target the stored value
     * @param filter the filter value
     * @return {@code true} if every part of the filter is found in the target
     */
    public static boolean contains(Object target, Object filter) {
        if (filter instanceof Map<?, ?>) {
            if (!(target instanceof Map<?, ?>)) {
                return false;
            }
            Map<?, ?> t = (Map<?, ?>) target;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) filter).entrySet()) {
                if (!t.containsKey(e.getKey()) || !contains(t.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (filter instanceof Collection<?>) {
            if (!(target instanceof Collection<?>)) {
                return false;
            }
            for (Object f : (Collection<?>) filter) {
                boolean found = false;
                for (Object t : (Collection<?>) target) {
                    if (contains(t, f)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
        return scalarEquals(target, filter);
    }

    /**
     * Compares two scalars as JSON does: numbers by numeric value, everything else with {@code equals}.
     *
     * @param a one value
     * @param b the other
     * @return whether they are the same JSON scalar
     */
    public static boolean scalarEquals(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            return compareNumbers((Number) a, (Number) b) == 0;
        }
        return Objects.equals(a, b);
    }

    /**
     * Compares two numbers by value.
     *
     * @param a one number
     * @param b the other
     * @return negative, zero or positive as {@code a} is less than, equal to, or greater than {@code b}
     */
    public static int compareNumbers(Number a, Number b) {
        return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString()));
    }
}
