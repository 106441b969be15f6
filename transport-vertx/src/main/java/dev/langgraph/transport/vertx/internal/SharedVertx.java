package dev.langgraph.transport.vertx.internal;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Vertx} instance that every transport built without one of the user's shares, for the whole JVM.
 *
 * <p>A Vert.x instance owns event-loop threads, so one per client would multiply threads for nothing. The
 * instance is created on first use and closed by a shutdown hook. Its threads are daemon threads: the SDK must
 * never be what keeps a JVM alive, and the hook that closes the instance only runs once the JVM is exiting.
 */
public final class SharedVertx {

    private static final Logger LOG = LoggerFactory.getLogger(SharedVertx.class);
    /** How long the shutdown hook waits for Vert.x to close; the JVM is exiting, so it must not wait long. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private SharedVertx() {
    }

    /**
     * The shared instance, created on the first call.
     *
     * @return the shared instance
     */
    public static Vertx get() {
        return Holder.INSTANCE;
    }

    /** Class initialisation makes the creation lazy and thread-safe, with no lock on later calls. */
    private static final class Holder {
        static final Vertx INSTANCE = create();
    }

    private static Vertx create() {
        VertxOptions options = new VertxOptions()
                .setUseDaemonThread(true)
                // One event loop per core serves many connections each; Vert.x's default doubles that.
                .setEventLoopPoolSize(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Vertx vertx = Vertx.vertx(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(vertx), "langgraph-vertx-shutdown"));
        LOG.debug("Created the shared Vert.x instance of the LangGraph SDK");
        return vertx;
    }

    private static void close(Vertx vertx) {
        try {
            vertx.close().await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("Closing the shared Vert.x instance did not finish cleanly", e);
        }
    }
}
