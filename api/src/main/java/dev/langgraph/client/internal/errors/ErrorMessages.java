package dev.langgraph.client.internal.errors;

import java.util.List;
import java.util.Map;

/** Finds the human-readable message in a decoded JSON error body. */
final class ErrorMessages {

    /** A validation error can list hundreds of issues; the body keeps them all. */
    private static final int MAX_LISTED_ISSUES = 10;

    private ErrorMessages() {
    }

    /**
     * The message of a JSON error body, as the Python SDK's {@code _extract_error_message}: the first non-empty
     * string among {@code message}, {@code detail} and {@code error}, then {@code error.message} or
     * {@code error.detail}. Beyond Python: a zod error object is summarised (before {@code error.message},
     * which zod fills with its raw issue JSON), and a body that is a JSON string is the message itself.
     *
     * @return the message, or null when the body carries none
     */
    static String fromJson(Object body) {
        if (body instanceof String s) {
            return s.isBlank() ? null : ErrorBodies.cap(s.strip());
        }
        if (!(body instanceof Map<?, ?> map)) {
            return null;
        }
        String top = firstNonEmpty(map, "message", "detail", "error");
        if (top != null) {
            return top;
        }
        if (map.get("error") instanceof Map<?, ?> error) {
            String issues = validationIssues(error);
            return issues != null ? issues : firstNonEmpty(error, "message", "detail");
        }
        return null;
    }

    /** {@code {"issues": [{"path": [...], "message"}], "name": "ZodError"}} as "ZodError: a.b: message; c: …". */
    private static String validationIssues(Map<?, ?> error) {
        if (!(error.get("issues") instanceof List<?> issues) || issues.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(error.get("name") instanceof String name ? name : "ValidationError")
                .append(": ");
        int listed = Math.min(issues.size(), MAX_LISTED_ISSUES);
        for (int i = 0; i < listed; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            appendIssue(sb, issues.get(i));
        }
        if (issues.size() > listed) {
            sb.append("; … and ").append(issues.size() - listed).append(" more");
        }
        return ErrorBodies.cap(sb.toString());
    }

    private static void appendIssue(StringBuilder sb, Object issue) {
        Map<?, ?> map = issue instanceof Map<?, ?> m ? m : Map.of();
        if (map.get("path") instanceof List<?> path && !path.isEmpty()) {
            for (int i = 0; i < path.size(); i++) {
                sb.append(i > 0 ? "." : "").append(path.get(i));
            }
            sb.append(": ");
        }
        sb.append(map.get("message") instanceof String message ? message
                : map.get("code") instanceof String code ? code : "invalid");
    }

    private static String firstNonEmpty(Map<?, ?> map, String... names) {
        for (String name : names) {
            if (map.get(name) instanceof String value && !value.isEmpty()) {
                return ErrorBodies.cap(value);
            }
        }
        return null;
    }
}
