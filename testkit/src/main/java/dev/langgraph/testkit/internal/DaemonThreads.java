package dev.langgraph.testkit.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a server that is never closed does not keep the JVM alive. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /**
     * Returns a factory of daemon threads named {@code prefix + n}.
     *
     * @param prefix the name prefix, e.g. {@code langgraph-fake-run-}
     * @return the factory
     */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
