package dev.langgraph.testkit.tck;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link RawServer} script that records request heads and bodies, and answers each with an empty 200. */
final class HeadRecorder {

    private final BlockingQueue<RawServer.Head> heads = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> bodies = new LinkedBlockingQueue<>();

    void serve(RawServer.Connection c) throws IOException {
        RawServer.Head head;
        while ((head = c.readHeadOrNull()) != null) {
            bodies.add(c.readBody(head));
            heads.add(head);
            c.respond(200, "", "");
        }
    }

    /** The next head received, waiting for it if need be. */
    RawServer.Head next() {
        return poll(heads, "request head");
    }

    /** The next request body received (empty for none), waiting for it if need be. */
    byte[] nextBody() {
        return poll(bodies, "request body");
    }

    private static <T> T poll(BlockingQueue<T> queue, String what) {
        try {
            T next = queue.poll(Await.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("The server received no " + what + " within "
                        + Await.DEADLINE.toSeconds() + " s");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
