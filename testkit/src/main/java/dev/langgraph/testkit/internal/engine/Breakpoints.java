package dev.langgraph.testkit.internal.engine;

import java.util.Collection;
import java.util.List;

/** A run's static breakpoints ({@code interrupt_before} / {@code interrupt_after}: {@code "*"} or node names). */
final class Breakpoints {

    private final Object before;
    private final Object after;

    Breakpoints(Object before, Object after) {
        this.before = before;
        this.after = after;
    }

    boolean before(List<String> nodes) {
        return matches(before, nodes);
    }

    boolean after(List<String> nodes) {
        return matches(after, nodes);
    }

    private static boolean matches(Object spec, List<String> nodes) {
        if ("*".equals(spec)) {
            return !nodes.isEmpty();
        }
        if (spec instanceof Collection<?>) {
            for (String n : nodes) {
                if (((Collection<?>) spec).contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
