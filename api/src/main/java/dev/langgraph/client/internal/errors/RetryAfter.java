package dev.langgraph.client.internal.errors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay in seconds, or an HTTP date. Shared with the retry policy. */
public final class RetryAfter {

    /** Longer waits are not honoured as such; a caller that sees this much should give up instead. */
    private static final long MAX_SECONDS = 365L * 24 * 3600;

    private RetryAfter() {
    }

    /**
     * Parses a {@code Retry-After} value.
     *
     * @param value the header value, may be null
     * @param now the current time, against which a date is measured
     * @return the wait (zero for a date in the past), or null when the value is absent or unreadable
     */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (Character.isDigit(v.charAt(0))) {
            return seconds(v);
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration seconds(String v) {
        // RFC 9110 allows only whole seconds; some servers send a fraction, which costs nothing to accept.
        int dot = v.indexOf('.');
        String whole = dot < 0 ? v : v.substring(0, dot);
        String fraction = dot < 0 ? "" : v.substring(dot + 1);
        if (!isDigits(whole) || (dot >= 0 && !isDigits(fraction)) || whole.length() > 10) {
            return null;
        }
        long secs = Long.parseLong(whole);
        if (secs > MAX_SECONDS) {
            return null;
        }
        String millis = (fraction + "000").substring(0, 3);
        return Duration.ofSeconds(secs).plusMillis(Long.parseLong(millis));
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
