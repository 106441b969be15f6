package dev.langgraph.transport.vertx.internal;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response body as a single-subscriber {@link Flow.Publisher}, fed by the Vert.x response stream and drained
 * by the subscriber's demand.
 *
 * <p>Back-pressure: the Vert.x response is paused from its head on. The publisher lets it flow (a Vert.x
 * {@code fetch}) only while the chunks waiting for the subscriber stay under {@link #BUFFER_BUDGET}, pauses it
 * as soon as they reach it, and lets it flow again once the subscriber has taken them down to half. A paused
 * Vert.x stream stops reading its socket after a few chunks, so however large the body and however slow the
 * subscriber, about one budget is held here and the rest stays in the socket, slowing the server down through
 * TCP. Reading ahead of demand up to the budget lets a small body end, and free its connection, before anyone
 * subscribes.
 *
 * <p>Signals are serialised by a work-in-progress counter: whichever thread (the event loop delivering data, or
 * the subscriber calling {@code request}) finds it at zero runs the drain loop for all of them. Flow control
 * takes a small lock instead, because its two decisions (pause, resume) must not cross; nothing blocks inside it.
 */
public final class BodyPublisher implements Flow.Publisher<ByteBuffer> {

    /** How many body bytes may wait for the subscriber before the response stream is paused. */
    public static final int BUFFER_BUDGET = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BodyPublisher.class);

    /** The network side of the body, as the publisher steers it. */
    interface Network {
        /** Stops delivering chunks. */
        void pause();

        /** Delivers chunks again, as fast as they arrive. */
        void resume();

        /** Aborts the exchange, closing its connection. */
        void abort();
    }

    private final Network network;

    private final AtomicReference<Flow.Subscriber<? super ByteBuffer>> subscriber = new AtomicReference<>();
    private final Queue<ByteBuffer> chunks = new ConcurrentLinkedQueue<>();
    private final AtomicLong bufferedBytes = new AtomicLong();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger drainRequests = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object flowLock = new Object();

    /** Whether the network is delivering; written under {@link #flowLock}, read anywhere. */
    private volatile boolean flowing;
    /** onSubscribe has returned: other signals may follow (rule 1.9 wants onSubscribe first). */
    private volatile boolean subscriberReady;
    /** The network delivered the whole body. */
    private volatile boolean networkEnded;
    /** Buffered chunks are to be dropped: the body was cancelled, closed or failed by its owner. */
    private volatile boolean discard;
    private volatile boolean cancelled;
    /** A terminal signal was sent, or the subscription ended; only the drain loop reads and writes it. */
    private boolean terminated;

    /**
     * Creates the publisher of one response body. The network must be paused; {@link #updateFlow()} starts it.
     *
     * @param network the response stream to steer
     */
    BodyPublisher(Network network) {
        this.network = network;
    }

    /**
     * Subscribes to the body. Only the first subscriber is accepted; any later one gets
     * {@code onError(IllegalStateException)}.
     *
     * @param s the subscriber
     * @throws NullPointerException if {@code s} is null, as rule 1.9 of Reactive Streams requires
     */
    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
        Objects.requireNonNull(s, "subscriber");
        if (!subscriber.compareAndSet(null, s)) {
            s.onSubscribe(new RejectedSubscription());
            s.onError(new IllegalStateException("A response body can be subscribed to only once"));
            return;
        }
        try {
            s.onSubscribe(new BodySubscription());
        } catch (Throwable t) {
            LOG.warn("Body subscriber failed in onSubscribe; the exchange is aborted", t);
            cancel();
            return;
        }
        subscriberReady = true;
        drain();
    }

    /**
     * Body bytes waiting for the subscriber's demand. For tests and diagnostics.
     *
     * @return the number of buffered bytes
     */
    public long bufferedBytes() {
        return bufferedBytes.get();
    }

    /**
     * Whether the publisher is waiting for the network: it wants chunks and the body has not ended. Time spent
     * paused because the subscriber is slow is not network silence.
     *
     * @return true while chunks are wanted
     */
    boolean isWaitingForNetwork() {
        return flowing && !networkEnded;
    }

    // ---- Called from the Vert.x response ----

    /**
     * A chunk arrived.
     *
     * @param chunk a buffer the publisher now owns
     */
    void onData(ByteBuffer chunk) {
        if (discard || !chunk.hasRemaining()) {
            // After an abort, chunks already on their way are dropped; an empty one carries nothing.
            return;
        }
        // Count before queueing, so the count never runs below what is queued.
        bufferedBytes.addAndGet(chunk.remaining());
        chunks.add(chunk);
        updateFlow();
        drain();
    }

    /** The body ended on the network; the subscriber completes after the buffered chunks. */
    void onEnd() {
        networkEnded = true;
        drain();
    }

    /**
     * The exchange failed; the subscriber gets the error after the chunks that arrived before it.
     *
     * @param error the mapped failure
     */
    void onFailure(Throwable error) {
        // A failure after the last byte does not spoil a complete body.
        if (!networkEnded) {
            failure.compareAndSet(null, error);
            updateFlow();
            drain();
        }
    }

    /**
     * Pauses or resumes the network to keep the buffer between half and one {@link #BUFFER_BUDGET}. Called after
     * anything that changes the buffer or ends the body; any thread.
     */
    void updateFlow() {
        synchronized (flowLock) {
            boolean stopped = discard || networkEnded || failure.get() != null;
            if (flowing && (stopped || bufferedBytes.get() >= BUFFER_BUDGET)) {
                flowing = false;
                network.pause();
            }
            // Read the buffer again after clearing the flag: a drain that emptied it meanwhile saw the flag still
            // set and left the resume to us.
            if (!flowing && !stopped && bufferedBytes.get() <= BUFFER_BUDGET / 2) {
                flowing = true;
                network.resume();
            }
        }
    }

    // ---- Called by the owner of the response ----

    /**
     * Ends the body now with an error, dropping buffered chunks, unless the network already delivered it all.
     * The caller aborts the exchange.
     *
     * @param error what the subscriber receives
     * @return true if the body was unfinished, so the exchange must be aborted
     */
    boolean failNow(Throwable error) {
        if (networkEnded) {
            return false;
        }
        failure.compareAndSet(null, error);
        discard = true;
        updateFlow();
        drain();
        return true;
    }

    // ---- Subscription ----

    private void request(long n) {
        if (n <= 0) {
            // Rule 3.9: a non-positive request is a subscriber bug, answered by onError.
            failure.compareAndSet(null, new IllegalArgumentException("Rule 3.9: request must be positive, was " + n));
            discard = true;
            abortIfUnfinished();
        } else {
            demand.accumulateAndGet(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        }
        drain();
    }

    private void cancel() {
        cancelled = true;
        discard = true;
        abortIfUnfinished();
        drain();
    }

    private void abortIfUnfinished() {
        if (!networkEnded) {
            network.abort();
        }
    }

    // ---- Drain loop ----

    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            if (discard) {
                discardBuffered();
            }
            Flow.Subscriber<? super ByteBuffer> s = subscriberReady ? subscriber.get() : null;
            if (s != null && !terminated) {
                emit(s);
            }
            // Cheap check first: most passes find the network flowing already.
            if (!flowing && bufferedBytes.get() <= BUFFER_BUDGET / 2) {
                updateFlow();
            }
            missed = drainRequests.addAndGet(-missed);
        } while (missed != 0);
    }

    private void emit(Flow.Subscriber<? super ByteBuffer> s) {
        if (cancelled) {
            terminated = true;
            return;
        }
        long requested = demand.get();
        long emitted = 0;
        while (emitted != requested && !discard) {
            ByteBuffer chunk = chunks.poll();
            if (chunk == null) {
                break;
            }
            // Uncount before handing over: the subscriber may consume the buffer right away.
            bufferedBytes.addAndGet(-chunk.remaining());
            emitted++;
            if (!signal(() -> s.onNext(chunk))) {
                return;
            }
        }
        if (emitted != 0 && requested != Long.MAX_VALUE) {
            demand.addAndGet(-emitted);
        }
        if (cancelled) {
            terminated = true;
            return;
        }
        if (discard) {
            discardBuffered();
        }
        // Read the end flags before looking at the queue: a chunk queued before the end was flagged is then
        // surely visible, and the subscriber cannot complete ahead of it.
        Throwable error = failure.get();
        boolean ended = networkEnded;
        if ((error != null || ended) && chunks.isEmpty()) {
            terminated = true;
            if (error != null) {
                signal(() -> s.onError(error));
            } else {
                signal(s::onComplete);
            }
        }
    }

    /** Sends one signal. A subscriber that throws breaks rule 2.13; it is then treated as having cancelled. */
    private boolean signal(Runnable signal) {
        try {
            signal.run();
            return true;
        } catch (Throwable t) {
            LOG.warn("Body subscriber threw from a signal; the exchange is aborted", t);
            terminated = true;
            cancelled = true;
            discard = true;
            abortIfUnfinished();
            return false;
        }
    }

    private void discardBuffered() {
        ByteBuffer chunk;
        while ((chunk = chunks.poll()) != null) {
            bufferedBytes.addAndGet(-chunk.remaining());
        }
    }

    private final class BodySubscription implements Flow.Subscription {
        @Override
        public void request(long n) {
            BodyPublisher.this.request(n);
        }

        @Override
        public void cancel() {
            BodyPublisher.this.cancel();
        }
    }

    /** Given to a second subscriber before its onError, as rule 1.9 wants onSubscribe first. */
    private static final class RejectedSubscription implements Flow.Subscription {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    }
}
