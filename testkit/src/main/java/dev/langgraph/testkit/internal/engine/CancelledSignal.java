package dev.langgraph.testkit.internal.engine;

/** Thrown inside a run when it was cancelled; unwinds the graph without an error event. */
final class CancelledSignal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CancelledSignal() {
        super("cancelled", null, false, false);
    }
}
