package dev.langgraph.testkit.internal.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The server's clock: strictly increasing instants (at microsecond precision), so that ordering by creation time
 * is total, formatted as the Python server does ({@code 2025-01-01T00:00:00.123456+00:00}). Thread-safe.
 */
public final class ServerClock {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private Instant last = Instant.EPOCH;

    /**
     * Returns the current instant, later than every instant returned before.
     *
     * @return the instant
     */
    public synchronized Instant now() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!now.isAfter(last)) {
            now = last.plus(1, ChronoUnit.MICROS);
        }
        last = now;
        return now;
    }

    /**
     * Formats an instant as the Python server does.
     *
     * @param instant the instant
     * @return the ISO-8601 text with microseconds and {@code +00:00}
     */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
