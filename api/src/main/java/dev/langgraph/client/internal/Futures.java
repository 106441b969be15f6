package dev.langgraph.client.internal;

import dev.langgraph.client.errors.LangGraphException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/** Small helpers around {@link CompletableFuture} that the sync and async views share. */
public final class Futures {

    private Futures() {
    }

    /**
     * A future that completes like {@code source}, but on {@code executor}, never on the thread that completed
     * {@code source} (a transport I/O thread). Cancelling the result cancels {@code source}.
     *
     * @param source the future to relay
     * @param executor where to complete the result
     * @param <T> the value type
     * @return the relayed future
     */
    public static <T> CompletableFuture<T> completeOn(CompletableFuture<T> source, Executor executor) {
        CompletableFuture<T> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> executor.execute(() -> {
            if (error != null) {
                result.completeExceptionally(unwrap(error));
            } else {
                result.complete(value);
            }
        }));
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                source.cancel(true);
            }
        });
        return result;
    }

    /**
     * Waits for a future on the calling thread, as the blocking API does, and rethrows its failure unwrapped.
     * An interrupt cancels the future and keeps the thread's interrupt flag.
     *
     * @param future the future
     * @param <T> the value type
     * @return the value
     * @throws LangGraphException or another unchecked exception: the failure of the future
     */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            java.lang.Thread.currentThread().interrupt();
            throw new LangGraphException("Interrupted while waiting for the server", e);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (CancellationException e) {
            throw new LangGraphException("The request was cancelled", e);
        }
    }

    /**
     * Strips {@link CompletionException} and {@link ExecutionException} wrappers.
     *
     * @param error the error
     * @return the root failure
     */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The failure as an unchecked exception that can be thrown to a caller of the blocking API.
     *
     * @param error the failure
     * @return an unchecked exception
     */
    public static RuntimeException rethrowable(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof RuntimeException r) {
            // Rethrown on another thread: add the caller's stack so both sides show up.
            r.addSuppressed(new LangGraphException("Rethrown in the calling thread"));
            return r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new LangGraphException(t.getMessage(), t);
    }
}
