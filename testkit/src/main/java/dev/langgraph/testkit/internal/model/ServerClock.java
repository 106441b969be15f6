package dev.langgraph.testkit.internal.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * The server's clock over a source of time (the wall clock or a test's manual clock): {@link #current()} is the
 * source's instant, for schedules (delayed runs, crons, TTLs); {@link #now()} is strictly increasing (at microsecond
 * precision), for timestamps, so that ordering by creation time is total. Formats as the Python server does
 * ({@code 2025-01-01T00:00:00.123456+00:00}). Thread-safe.
 */
public final class ServerClock {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private final Supplier<Instant> source;
    private Instant last = Instant.EPOCH;

    /**
     * Creates a clock.
     *
     * @param source the source of time
     */
    public ServerClock(Supplier<Instant> source) {
        this.source = source;
    }

    /**
     * Returns a timestamp: the current instant, later than every timestamp returned before.
     *
     * @return the instant
     */
    public synchronized Instant now() {
        Instant now = current();
        if (!now.isAfter(last)) {
            now = last.plus(1, ChronoUnit.MICROS);
        }
        last = now;
        return now;
    }

    /**
     * Returns the source's current instant (not made unique), for comparing with schedules.
     *
     * @return the instant, at microsecond precision
     */
    public Instant current() {
        return source.get().truncatedTo(ChronoUnit.MICROS);
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
