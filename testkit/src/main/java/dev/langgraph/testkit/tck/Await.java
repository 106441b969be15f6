package dev.langgraph.testkit.tck;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Bounded waits with a generous deadline. Nothing in the TCK sleeps a fixed time and hopes: it polls a condition
 * or waits on a latch, and fails with a description of what it waited for when the deadline passes.
 */
public final class Await {

    /** How long any single wait may last before the test fails: long enough for a loaded 2-core machine. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private Await() {
    }

    /** Polls {@code condition} until it holds, failing with {@code what} after {@link #DEADLINE}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, () -> "");
    }

    /** Like {@link #until(String, BooleanSupplier)}, adding {@code stateForFailure} to the failure message. */
    public static void until(String what, BooleanSupplier condition, Supplier<String> stateForFailure) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + DEADLINE.toSeconds() + " s waiting until " + what
                        + " " + stateForFailure.get());
            }
            pause(5);
        }
    }

    /**
     * Polls until {@code progress} has not moved for half a second, as when a writer is blocked on a full socket.
     *
     * @throws AssertionError naming {@code what} if it keeps moving past {@link #DEADLINE}
     */
    public static void untilStable(LongSupplier progress, String what) {
        long[] last = {-1};
        long[] stableSince = {System.nanoTime()};
        until(what, () -> {
            long now = progress.getAsLong();
            if (now != last[0]) {
                last[0] = now;
                stableSince[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - stableSince[0] > Duration.ofMillis(500).toNanos();
        }, () -> "(progress " + progress.getAsLong() + ")");
    }

    /** Waits for a latch, failing the test if it does not open in time. */
    public static void latch(CountDownLatch latch, String what) {
        try {
            if (!latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Timed out after " + DEADLINE.toSeconds() + " s waiting until " + what
                        + " (" + latch.getCount() + " still to come)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting until " + what, e);
        }
    }

    /** Waits for a latch on a server thread: gives up quietly after the deadline and says whether it opened. */
    public static boolean quietly(CountDownLatch latch) {
        try {
            return latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The value of a future that must complete normally in time.
     *
     * @throws AssertionError if it fails, is cancelled or does not complete in time
     */
    public static <T> T value(Future<T> future, String what) {
        try {
            return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + DEADLINE.toSeconds() + " s waiting for " + what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for " + what, e);
        }
    }

    /**
     * The failure of a future that must complete exceptionally in time.
     *
     * @return the cause of the failure (unwrapped from {@link ExecutionException})
     * @throws AssertionError if it completes normally or does not complete in time
     */
    public static Throwable failure(Future<?> future, String what) {
        Object value;
        try {
            value = future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + DEADLINE.toSeconds() + " s waiting for " + what
                    + " to fail");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for " + what, e);
        } catch (java.util.concurrent.CancellationException e) {
            return e;
        }
        if (value instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Only cleanup of an unexpected success.
            }
        }
        throw new AssertionError(what + " completed with " + value + " instead of failing");
    }

    /** Sleeps between two polls; never used to wait for state. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
