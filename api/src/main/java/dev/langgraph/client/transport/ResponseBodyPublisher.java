package dev.langgraph.client.transport;

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
 * A response body as the single-subscriber, back-pressured {@link Flow.Publisher} that
 * {@link TransportResponse#body()} must return, for transport adapters to feed instead of writing their own.
 *
 * <p>The adapter feeds it what the network delivers ({@link #onData}, {@link #onEnd}, {@link #onFailure}) and
 * implements a {@link Source} through which the publisher steers the network: {@link Source#resume(int)} when
 * there is room for more, {@link Source#pause()} when the buffered chunks reach the buffer budget, and
 * {@link Source#abort()} when the body is no longer wanted (the subscriber cancelled or broke the Reactive Streams
 * rules). The buffer is kept between half and one budget: reading stops at the budget and starts again only once
 * the subscriber has taken it down to half, so the network is steered in large steps rather than chunk by chunk.
 * However large the body and however slow the subscriber, about one budget (plus what the network delivers
 * before a pause takes effect) is held here; the rest stays in the socket and slows the server down through TCP.
 * Reading ahead of demand up to the budget lets a small body end, and free its connection, before anyone
 * subscribes.
 *
 * <p>Adapters whose network stops by itself when a credit window runs out (as HttpCore's {@code CapacityChannel}
 * does) may ignore {@code pause()}, call {@link #onSourcePaused()} when the window is used up, and widen the
 * window in {@code resume(room)} by {@code room} bytes.
 *
 * <p><b>Threading.</b> {@code onData} calls must not overlap and arrive in body order (an adapter calls it from
 * its I/O thread or event loop); every other method may be called from any thread, at any time, including from
 * inside a {@link Source} callback. Subscriber signals are serialised by a work-in-progress counter: whichever
 * thread (the adapter delivering data, or the subscriber calling {@code request}) finds it at zero runs the drain
 * loop for all of them, so {@code onNext} may run on either, never on two at once, and a {@code request} from
 * inside {@code onNext} does not recurse. {@link Source} callbacks are called under a small lock that keeps
 * pause and resume decisions from crossing, from any thread that changed the buffer (the adapter's, or the
 * subscriber's); they must not block, and they may call back into this publisher on the same thread.
 *
 * <p>Reactive Streams: a second subscriber gets {@code onSubscribe} then {@code onError(IllegalStateException)};
 * a non-positive {@code request} fails the body with {@link IllegalArgumentException} and aborts the exchange; a
 * subscriber that throws from a signal is treated as having cancelled. Each {@link ByteBuffer} handed to
 * {@code onNext} belongs to the subscriber.
 */
public final class ResponseBodyPublisher implements Flow.Publisher<ByteBuffer> {

    /** The default number of body bytes that may wait for the subscriber before the source is paused. */
    public static final int DEFAULT_BUFFER_BUDGET = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ResponseBodyPublisher.class);

    /**
     * The network side of one response body, implemented by the adapter. Its methods are called from any thread,
     * possibly under the publisher's flow lock and from inside the publisher's own methods: they must not block.
     */
    public interface Source {
        /**
         * Read on: the publisher has room for about {@code room} more bytes. Called when reading starts and each
         * time the buffer falls to half the budget after a pause.
         *
         * @param room the bytes the publisher can take now, positive
         */
        void resume(int room);

        /** Stop reading: the buffer reached its budget. A source whose credit window ends reading may ignore it. */
        void pause();

        /**
         * Abort the exchange, closing its connection: the body is no longer wanted. Called only before the body
         * ended on the network, possibly more than once (again when data still arrives after an abort), so it must
         * be idempotent.
         */
        void abort();
    }

    private final Source source;
    private final int bufferBudget;

    private final AtomicReference<Flow.Subscriber<? super ByteBuffer>> subscriber = new AtomicReference<>();
    private final Queue<ByteBuffer> chunks = new ConcurrentLinkedQueue<>();
    private final AtomicLong bufferedBytes = new AtomicLong();
    /** The most bytes ever waiting at once: the high-water mark of {@link #bufferedBytes}. */
    private final AtomicLong maxBufferedBytes = new AtomicLong();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger drainRequests = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object flowLock = new Object();

    /** The adapter is ready for data: until then the source is not asked for any. */
    private volatile boolean started;
    /** Whether the source is reading; written under {@link #flowLock}, read anywhere. */
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
     * Creates the publisher of one response body with the {@linkplain #DEFAULT_BUFFER_BUDGET default budget}.
     *
     * @param source the network side to steer
     * @throws NullPointerException if {@code source} is null
     */
    public ResponseBodyPublisher(Source source) {
        this(source, DEFAULT_BUFFER_BUDGET);
    }

    /**
     * Creates the publisher of one response body.
     *
     * @param source the network side to steer
     * @param bufferBudget how many body bytes may wait for the subscriber before the source is paused
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if {@code bufferBudget} is less than 2
     */
    public ResponseBodyPublisher(Source source, int bufferBudget) {
        this.source = Objects.requireNonNull(source, "source");
        if (bufferBudget < 2) {
            throw new IllegalArgumentException("bufferBudget must be at least 2, was " + bufferBudget);
        }
        this.bufferBudget = bufferBudget;
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
            refuseSubscriber(s, "A response body can be subscribed to only once");
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
     * Turns away a subscriber of a single-subscriber publisher that already has one, as Reactive Streams rule 1.9
     * wants: {@code onSubscribe} with a subscription that does nothing, then {@code onError} with an
     * {@link IllegalStateException}. For adapters that publish a body without this class, so that every body of
     * the SDK refuses a second subscriber the same way.
     *
     * @param subscriber the subscriber to turn away
     * @param message the message of the error it receives
     * @throws NullPointerException if {@code subscriber} is null
     */
    public static void refuseSubscriber(Flow.Subscriber<?> subscriber, String message) {
        subscriber.onSubscribe(new RejectedSubscription());
        subscriber.onError(new IllegalStateException(message));
    }

    // ---- Called by the adapter ----

    /**
     * The adapter is ready to receive {@link #onData}: reading starts (the source gets its first
     * {@code resume}). Before this, the source is asked for nothing; data delivered anyway is buffered.
     */
    public void start() {
        started = true;
        updateFlow();
        drain();
    }

    /**
     * A chunk arrived. The publisher owns it from now on: an adapter whose library reuses its buffers passes a
     * copy. An empty chunk is ignored; one that arrives after the body was cancelled or failed is dropped, and the
     * exchange is aborted again (the abort has not reached the connection yet).
     *
     * @param chunk the bytes between its position and limit
     * @throws NullPointerException if {@code chunk} is null
     */
    public void onData(ByteBuffer chunk) {
        if (discard) {
            chunk.position(chunk.limit());
            abortIfUnfinished();
            return;
        }
        if (!chunk.hasRemaining()) {
            return;
        }
        // Count before queueing, so the count never runs below what is queued.
        long buffered = bufferedBytes.addAndGet(chunk.remaining());
        maxBufferedBytes.accumulateAndGet(buffered, Math::max);
        chunks.add(chunk);
        updateFlow();
        drain();
    }

    /** The body ended on the network (its connection may be reused); the subscriber completes after the chunks. */
    public void onEnd() {
        networkEnded = true;
        drain();
    }

    /**
     * The exchange failed; the subscriber gets the error after the chunks that arrived before it. Ignored once the
     * body ended on the network: a failure after the last byte does not spoil a complete body.
     *
     * @param error what the subscriber receives, usually a {@link TransportException}
     */
    public void onFailure(Throwable error) {
        if (!networkEnded) {
            failure.compareAndSet(null, error);
            updateFlow();
            drain();
        }
    }

    /**
     * The source stopped reading on its own, such as when its credit window ran out, and reads again only after
     * the next {@link Source#resume(int)}. Called at once if there is room already.
     */
    public void onSourcePaused() {
        synchronized (flowLock) {
            flowing = false;
            updateFlow();
        }
    }

    /**
     * Ends the body now with an error, dropping buffered chunks, unless the network already delivered it all. The
     * caller aborts the exchange; the source's {@code abort} is not called.
     *
     * @param error what the subscriber receives
     * @return true if the body was unfinished, so the exchange must be aborted
     */
    public boolean failNow(Throwable error) {
        if (networkEnded) {
            return false;
        }
        failure.compareAndSet(null, error);
        discard = true;
        updateFlow();
        drain();
        return true;
    }

    // ---- State, for adapters, tests and diagnostics ----

    /**
     * Whether the network delivered the whole body; its connection is then free for reuse.
     *
     * @return true once {@link #onEnd()} was called
     */
    public boolean isNetworkEnded() {
        return networkEnded;
    }

    /**
     * Whether the publisher is waiting for the network: it wants chunks and the body has not ended. Time spent
     * paused because the subscriber is slow is not network silence, so read timeouts count only while this holds.
     *
     * @return true while chunks are wanted
     */
    public boolean isWaitingForData() {
        return flowing && !networkEnded;
    }

    /**
     * Body bytes waiting for the subscriber's demand.
     *
     * @return the number of buffered bytes
     */
    public long bufferedBytes() {
        return bufferedBytes.get();
    }

    /**
     * The most body bytes that ever waited for the subscriber at once.
     *
     * @return the high-water mark of {@link #bufferedBytes()}
     */
    public long maxBufferedBytes() {
        return maxBufferedBytes.get();
    }

    /**
     * How many body bytes may wait for the subscriber before the source is paused.
     *
     * @return the buffer budget of this publisher
     */
    public int bufferBudget() {
        return bufferBudget;
    }

    // ---- Flow control ----

    /**
     * Pauses or resumes the source to keep the buffer between half and one budget. Called after anything that
     * changes the buffer or ends the body.
     */
    private void updateFlow() {
        synchronized (flowLock) {
            boolean stopped = !started || discard || networkEnded || failure.get() != null;
            if (flowing && (stopped || bufferedBytes.get() >= bufferBudget)) {
                flowing = false;
                source.pause();
            }
            // Read the buffer again after clearing the flag: a drain that emptied it meanwhile saw the flag still
            // set and left the resume to us.
            long buffered = bufferedBytes.get();
            if (!flowing && !stopped && buffered <= bufferBudget / 2) {
                flowing = true;
                source.resume((int) (bufferBudget - buffered));
            }
        }
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
        updateFlow();
        drain();
    }

    private void abortIfUnfinished() {
        if (!networkEnded) {
            source.abort();
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
            // Cheap check first: most passes find the source flowing already.
            if (!flowing && started && bufferedBytes.get() <= bufferBudget / 2) {
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
            ResponseBodyPublisher.this.request(n);
        }

        @Override
        public void cancel() {
            ResponseBodyPublisher.this.cancel();
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
