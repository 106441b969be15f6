package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.GraphError;

/** How a node's exception is reported: its type name and message, as the Python server serializes exceptions. */
final class Failures {

    private Failures() {
    }

    static String type(Throwable t) {
        return t instanceof GraphError ? ((GraphError) t).errorType() : t.getClass().getSimpleName();
    }

    static String message(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage();
    }
}
