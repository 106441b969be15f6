package dev.langgraph.transport.httpclient5.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response body as a single-subscriber {@link Flow.Publisher}, fed by HttpClient's I/O thread and drained by
 * the subscriber's demand.
 *
 * <p>Back-pressure: HttpClient reads a response only while its input window has room. When the window is used
 * up it hands over a {@link CapacityChannel} and stops reading the socket. This publisher widens the window
 * again only when the chunks waiting for the subscriber drop below half of {@link #BUFFER_BUDGET}, so at most
 * about one budget (plus the one read HttpClient may force on a consumer) is ever held here, however large the
 * body and however slow the subscriber; the rest stays in the socket and the server is slowed down by TCP.
 *
 * <p>Signals are serialised by a work-in-progress counter: whichever thread (the I/O thread delivering data,
 * or the subscriber calling {@code request}) finds it at zero runs the drain loop for all of them.
 */
public final class BodyPublisher implements Flow.Publisher<ByteBuffer> {

    /** How many body bytes may wait for the subscriber before the socket stops being read. */
    public static final int BUFFER_BUDGET = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BodyPublisher.class);

    private final Runnable abortExchange;
    private final Function<Throwable, ? extends RuntimeException> failureMapper;

    private final AtomicReference<Flow.Subscriber<? super ByteBuffer>> subscriber = new AtomicReference<>();
    private final Queue<ByteBuffer> chunks = new ConcurrentLinkedQueue<>();
    private final AtomicLong bufferedBytes = new AtomicLong();
    /** The most bytes ever waiting at once: the high-water mark of {@link #bufferedBytes}. */
    private final AtomicLong maxBufferedBytes = new AtomicLong();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger drainRequests = new AtomicInteger();
    /** Set while HttpClient has stopped reading and waits for us to widen its window. */
    private final AtomicReference<CapacityChannel> waitingChannel = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

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
     * Creates the publisher of one response body.
     *
     * @param abortExchange aborts the exchange, discarding its connection
     * @param failureMapper turns a failure into the exception the subscriber receives
     */
    BodyPublisher(Runnable abortExchange, Function<Throwable, ? extends RuntimeException> failureMapper) {
        this.abortExchange = abortExchange;
        this.failureMapper = failureMapper;
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
     * The most body bytes that ever waited for the subscriber at once. For tests and diagnostics.
     *
     * @return the high-water mark of {@link #bufferedBytes()}
     */
    public long maxBufferedBytes() {
        return maxBufferedBytes.get();
    }

    /**
     * Whether the network delivered the whole body; its connection is then back in the pool.
     *
     * @return true once the body has ended on the network
     */
    boolean isNetworkEnded() {
        return networkEnded;
    }

    // ---- Called on HttpClient's I/O thread ----

    /** HttpClient used up its input window and waits for us to widen it. */
    void onCapacityChannel(CapacityChannel channel) {
        waitingChannel.set(channel);
        drain();
    }

    /** A chunk arrived. It is copied: HttpClient reuses its buffer, and the subscriber owns what it receives. */
    void onData(ByteBuffer src) {
        if (discard) {
            src.position(src.limit());
            // Data after an abort means the abort has not reached the connection yet; try again.
            abortIfUnfinished();
            return;
        }
        ByteBuffer copy = ByteBuffer.allocate(src.remaining());
        copy.put(src).flip();
        // Count before queueing, so the count never runs below what is queued.
        long buffered = bufferedBytes.addAndGet(copy.remaining());
        maxBufferedBytes.accumulateAndGet(buffered, Math::max);
        chunks.add(copy);
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
        // A failure after the last byte (say, of the request side) does not spoil a complete body.
        if (!networkEnded) {
            failure.compareAndSet(null, error);
            drain();
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
            abortExchange.run();
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
            widenWindowIfRoom();
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

    private void widenWindowIfRoom() {
        if (discard || networkEnded || failure.get() != null) {
            return;
        }
        long buffered = bufferedBytes.get();
        // Wait until half the budget is free, so the window grows in large steps rather than chunk by chunk.
        if (buffered > BUFFER_BUDGET / 2) {
            return;
        }
        CapacityChannel channel = waitingChannel.getAndSet(null);
        if (channel == null) {
            return;
        }
        try {
            channel.update((int) (BUFFER_BUDGET - buffered));
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, failureMapper.apply(e));
            abortIfUnfinished();
            // The loop runs again because this call came from inside it: count one more pass.
            drainRequests.incrementAndGet();
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
