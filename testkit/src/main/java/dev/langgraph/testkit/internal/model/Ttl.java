package dev.langgraph.testkit.internal.model;

import java.time.Duration;
import java.time.Instant;

/** TTL arithmetic: times to live are given in minutes (possibly fractional) and count from the last refresh. */
public final class Ttl {

    private Ttl() {
    }

    /**
     * Returns when something refreshed at {@code from} expires.
     *
     * @param from the refresh instant
     * @param minutes the time to live in minutes
     * @return the expiry instant
     */
    public static Instant expiry(Instant from, double minutes) {
        return from.plus(Duration.ofNanos(Math.round(minutes * 60_000_000_000d)));
    }

    /**
     * Tells whether an expiry has passed.
     *
     * @param expiresAt the expiry, {@code null} for never
     * @param now the clock's instant
     * @return whether it is at or before {@code now}
     */
    public static boolean expired(Instant expiresAt, Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
