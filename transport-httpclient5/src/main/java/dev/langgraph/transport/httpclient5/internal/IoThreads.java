package dev.langgraph.transport.httpclient5.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Knows which threads are HttpClient I/O threads, so that the transport can refuse to let callers block on them.
 *
 * <p>Response heads and body chunks are delivered on these threads. A caller that blocks there waiting for
 * another response stalls every connection the thread serves, and can wait forever for data that only that
 * thread would read.
 */
public final class IoThreads {

    private static final ThreadLocal<Boolean> IO_THREAD = new ThreadLocal<>();

    private IoThreads() {
    }

    /**
     * Marks the current thread as an I/O thread. Called from callbacks that HttpClient runs only on its I/O
     * threads; this is how threads of a client we did not build get known.
     */
    static void markCurrent() {
        if (IO_THREAD.get() == null) {
            IO_THREAD.set(Boolean.TRUE);
        }
    }

    /**
     * Whether the current thread is a known HttpClient I/O thread.
     *
     * @return true on an I/O thread
     */
    public static boolean isCurrent() {
        return IO_THREAD.get() != null;
    }

    /**
     * Throws if the current thread must not block.
     *
     * @throws IllegalStateException on an HttpClient I/O thread
     */
    public static void checkBlockingAllowed() {
        if (isCurrent()) {
            throw new IllegalStateException("Blocking on an HttpClient I/O thread (" + Thread.currentThread().getName()
                    + ") would stall its connections and can deadlock; call the asynchronous API or move the work"
                    + " to another thread");
        }
    }

    /**
     * A factory for the threads of a client the transport builds: daemon threads, marked as I/O threads from
     * their start so that even a thread that has not yet delivered a response is recognised.
     *
     * @param prefix the thread name prefix
     * @return the factory
     */
    static ThreadFactory factory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(() -> {
                markCurrent();
                task.run();
            }, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
