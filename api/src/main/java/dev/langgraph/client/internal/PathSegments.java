package dev.langgraph.client.internal;

import java.nio.charset.StandardCharsets;

/** Builds URL paths from user-supplied ids, which are treated as hostile. */
public final class PathSegments {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    /**
     * Checks that an id is usable in a request.
     *
     * @param name the parameter name, for the message
     * @param value the id
     * @return the id
     * @throws IllegalArgumentException if the id is null or blank
     */
    public static String requireId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank");
        }
        return value;
    }

    /**
     * Percent-encodes one path segment as the Python SDK (0.3.15) does: everything but unreserved characters is
     * escaped, {@code /} included, so an id can never reach another route; segments made only of dots
     * ({@code .}, {@code ..}) are escaped too, so they cannot be resolved away.
     *
     * @param name the parameter name, for the message
     * @param value the raw id
     * @return the encoded segment
     * @throws IllegalArgumentException if the id is null or blank
     */
    public static String encode(String name, String value) {
        requireId(name, value);
        if (value.chars().allMatch(c -> c == '.')) {
            return "%2E".repeat(value.length());
        }
        return encodeQuery(value);
    }

    /**
     * Percent-encodes a query component (form style is not used: a space becomes {@code %20}).
     *
     * @param value the raw value
     * @return the encoded value
     */
    public static String encodeQuery(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return sb.toString();
    }
}
