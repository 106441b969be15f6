package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Request;

/** Query parameter parsing with the Python server's 422 answers. */
final class Queries {

    private Queries() {
    }

    static int integer(Request r, String name, int def, int min, int max) {
        String v = r.query(name);
        if (v == null || v.isEmpty()) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw HttpError.unprocessable("Invalid value for '" + name + "': " + v + " is out of range");
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.unprocessable("Invalid value for '" + name + "': " + v + " is not an integer");
        }
    }

    /** {@code true}, {@code yes} and {@code 1} (any case) are true, as the Python server reads flags. */
    static boolean flag(Request r, String name) {
        String v = r.query(name);
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"));
    }

    /**
     * Where a stream resumes for a {@code Last-Event-ID}: after the given integer id, from the start for {@code -}
     * (or {@code -1}), and with the next new event when there is none.
     *
     * @param lastEventId the header, or {@code null}
     * @param size the number of events so far
     * @return the index of the first event to send
     */
    static int replayFrom(String lastEventId, int size) {
        if (lastEventId == null) {
            return size;
        }
        String v = lastEventId.trim();
        if (v.equals("-")) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(v) + 1);
        } catch (NumberFormatException e) {
            throw HttpError.unprocessable("Invalid Last-Event-ID: " + lastEventId);
        }
    }

    /**
     * Whether the request asks for no response body ({@code Prefer: return=minimal}, RFC 7240; other preferences
     * may share the header).
     */
    static boolean prefersMinimal(Request r) {
        String prefer = r.header("Prefer");
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String token = preference.split(";", 2)[0].replace(" ", "").replace("\"", "");
            if (token.equalsIgnoreCase("return=minimal")) {
                return true;
            }
        }
        return false;
    }

    /** {@code action}: {@code rollback}, anything else is {@code interrupt}. */
    static String cancelAction(Request r) {
        return "rollback".equals(r.query("action")) ? "rollback" : "interrupt";
    }
}
