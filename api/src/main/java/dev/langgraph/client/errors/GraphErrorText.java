package dev.langgraph.client.errors;

/** Formats a graph's {@code {error, message}} pair the way the Python SDK does: {@code "error: message"}. */
final class GraphErrorText {

    private GraphErrorText() {
    }

    static String describe(String error, String errorMessage, String whenBothMissing) {
        if (error == null) {
            return errorMessage == null ? whenBothMissing : errorMessage;
        }
        return errorMessage == null ? error : error + ": " + errorMessage;
    }
}
