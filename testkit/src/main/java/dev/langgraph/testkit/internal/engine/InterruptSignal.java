package dev.langgraph.testkit.internal.engine;

import java.util.List;

/** Thrown by {@code NodeContext.interrupt()} (and by a child graph) to stop a task; carries the interrupts. */
final class InterruptSignal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The raised interrupts as {@code {value, id}} maps. */
    final transient List<Object> interrupts;

    InterruptSignal(List<Object> interrupts) {
        super("interrupt", null, false, false);
        this.interrupts = List.copyOf(interrupts);
    }
}
