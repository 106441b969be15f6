package dev.langgraph.auth.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks of response headers a handler asks for. They end up in an HTTP response, so a CR or LF in them would
 * let a handler's input (e.g. a token echoed into {@code WWW-Authenticate}) split the response.
 */
public final class HeaderChecks {

    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

    private HeaderChecks() {
    }

    /**
     * An unmodifiable, order-keeping copy of response headers after checking every name and value.
     *
     * @param headers the headers, may be null (no headers)
     * @return the checked copy
     * @throws IllegalArgumentException if a name is not an HTTP token or a value holds a control character
     */
    public static Map<String, String> checkedCopy(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if (!isToken(name)) {
                throw new IllegalArgumentException("Invalid header name: " + printable(name));
            }
            if (value == null || !isFieldValue(value)) {
                throw new IllegalArgumentException("Invalid value for header " + name);
            }
            copy.put(name, value);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static boolean isToken(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_CHARS.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String s) {
        return s == null ? "null" : s.replaceAll("\\p{Cntrl}", "?");
    }
}
