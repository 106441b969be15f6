package dev.langgraph.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before sending a failed request again.
 *
 * <p>The rules: a connection that could not be established is always retried (the server never saw the request);
 * 429 and 503 are retried for every method, honouring {@code Retry-After}; other 5xx statuses and connections
 * broken after sending are retried only for idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS); 409 and 422,
 * which LangGraph uses for semantic conflicts such as a busy thread, and every other 4xx, are never retried.
 * Delays grow exponentially from {@code initialBackoff} up to {@code maxBackoff}, with full jitter.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialBackoff delay before the first retry (before jitter)
 * @param maxBackoff upper bound of a delay, also for {@code Retry-After}
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    /** Three retries, from 0.5 s up to 8 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8));

    /** Never retry. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    /**
     * Checks the values.
     *
     * @param maxRetries retries after the first attempt; 0 disables retrying
     * @param initialBackoff delay before the first retry (before jitter)
     * @param maxBackoff upper bound of a delay, also for {@code Retry-After}
     * @throws IllegalArgumentException if a value is negative or the bounds are inverted
     * @throws NullPointerException if a duration is null
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxRetries < 0 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("Invalid retry policy: " + maxRetries + ", " + initialBackoff
                    + ", " + maxBackoff);
        }
    }

    /**
     * Whether a response status is worth another attempt.
     *
     * @param method the HTTP method
     * @param status the response status
     * @return true if the request should be sent again
     */
    public boolean retriesStatus(String method, int status) {
        if (status == 429 || status == 503) {
            return true;
        }
        return status >= 500 && isIdempotent(method);
    }

    /**
     * Whether a failed connection is worth another attempt.
     *
     * @param method the HTTP method
     * @param requestMayHaveBeenSent false when the connection was never established
     * @return true if the request should be sent again
     */
    public boolean retriesConnectionFailure(String method, boolean requestMayHaveBeenSent) {
        return !requestMayHaveBeenSent || isIdempotent(method);
    }

    /**
     * The delay before retry number {@code retry} (1-based).
     *
     * @param retry which retry this is, starting at 1
     * @param retryAfter the server's {@code Retry-After}, or null
     * @return the delay
     */
    public Duration delayBefore(int retry, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
        }
        long base = initialBackoff.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        // Full jitter keeps many clients that failed together from retrying together.
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private static boolean isIdempotent(String method) {
        return IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
    }
}
