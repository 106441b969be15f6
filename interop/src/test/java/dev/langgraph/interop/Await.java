package dev.langgraph.interop;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polling waits for state that the server reaches asynchronously (background runs start up to ~1 s late,
 * state is flushed later, processes take a moment to exit).
 *
 * <p>Tests must wait through these methods with a generous deadline instead of sleeping a fixed time: a
 * fixed sleep is either too short on a loaded 2-core CI machine or wastes time everywhere else. The deadline
 * is only an upper bound; the wait returns as soon as the condition holds.
 */
public final class Await {

    /** A deadline that is generous on a slow, busy machine but still ends a hung test. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long MAX_PAUSE_MILLIS = 200;

    private Await() {
    }

    /**
     * Polls {@code condition} until it returns {@code true}.
     *
     * @param deadline the longest time to wait
     * @param condition the condition; exceptions it throws propagate at once
     * @throws AssertionError if the condition is still false when the deadline has passed
     */
    public static void awaitUntil(Duration deadline, Supplier<Boolean> condition) {
        awaitUntil(deadline, "condition", () -> Boolean.TRUE.equals(condition.get()));
    }

    /**
     * Polls {@code condition} until it returns {@code true}.
     *
     * @param deadline the longest time to wait
     * @param description what is awaited, for the failure message
     * @param condition the condition; exceptions it throws propagate at once
     * @throws AssertionError if the condition is still false when the deadline has passed
     */
    public static void awaitUntil(Duration deadline, String description, BooleanSupplier condition) {
        awaitValue(deadline, description, condition::getAsBoolean, Boolean::booleanValue);
    }

    /**
     * Polls {@code supplier} until its value satisfies {@code accept}, and returns that value. Handy for
     * "fetch the run until its status is final" without fetching it once more afterwards.
     *
     * @param deadline the longest time to wait
     * @param description what is awaited, for the failure message
     * @param supplier produces the current value; exceptions it throws propagate at once
     * @param accept decides whether the value is the awaited one
     * @param <T> the value type
     * @return the first accepted value
     * @throws AssertionError if no accepted value appeared before the deadline; the message shows the last
     *     value seen
     */
    public static <T> T awaitValue(Duration deadline, String description, Supplier<T> supplier,
            Predicate<? super T> accept) {
        Objects.requireNonNull(deadline, "deadline");
        long end = System.nanoTime() + deadline.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        T last;
        while (true) {
            last = supplier.get();
            if (accept.test(last)) {
                return last;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + deadline + " waiting for " + description
                        + "; last value: " + last);
            }
            pause(Math.min(pause, Math.max(1, left / 1_000_000)));
            // Back off so a long wait does not hammer the server, but start fast so short waits stay short.
            pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while polling", e);
        }
    }
}
