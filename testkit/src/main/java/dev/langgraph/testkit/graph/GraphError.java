package dev.langgraph.testkit.graph;

/**
 * An error a node throws on purpose, with the error type the server reports (the Python server reports the
 * exception's class name, e.g. {@code {"error": "ValueError", "message": "..."}}).
 */
public class GraphError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorType;

    /**
     * Creates the error.
     *
     * @param errorType the name reported as {@code error} in the stream's error event, e.g. {@code "ValueError"}
     * @param message the message reported as {@code message}
     * @throws NullPointerException if the type is null
     */
    public GraphError(String errorType, String message) {
        super(message);
        this.errorType = java.util.Objects.requireNonNull(errorType, "errorType");
    }

    /**
     * Returns the reported error type.
     *
     * @return the error type, e.g. {@code "ValueError"}
     */
    public String errorType() {
        return errorType;
    }
}
