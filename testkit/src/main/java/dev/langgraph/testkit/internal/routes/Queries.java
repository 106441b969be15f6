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

    /** {@code action}: {@code rollback}, anything else is {@code interrupt}. */
    static String cancelAction(Request r) {
        return "rollback".equals(r.query("action")) ? "rollback" : "interrupt";
    }
}
