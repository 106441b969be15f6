package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.GraphError;
import dev.langgraph.testkit.internal.json.Json;
import java.util.Map;

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

    /** {@code {"error": <type>, "message": <message>}}, as the Python server serializes an exception. */
    static Map<String, Object> json(Throwable t) {
        return Json.obj("error", type(t), "message", message(t));
    }
}
