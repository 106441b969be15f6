package dev.langgraph.testkit.tck;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link RawServer} script that records request heads and answers each with an empty 200, kept alive. */
final class HeadRecorder {

    private final BlockingQueue<RawServer.Head> heads = new LinkedBlockingQueue<>();

    void serve(RawServer.Connection c) throws IOException {
        RawServer.Head head;
        while ((head = c.readHeadOrNull()) != null) {
            c.readBody(head);
            heads.add(head);
            c.respond(200, "", "");
        }
    }

    /** The next head received, waiting for it if need be. */
    RawServer.Head next() {
        try {
            RawServer.Head head = heads.poll(Await.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            if (head == null) {
                throw new AssertionError("The server received no request head within "
                        + Await.DEADLINE.toSeconds() + " s");
            }
            return head;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
