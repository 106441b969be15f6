package dev.langgraph.testkit.tck;

import dev.langgraph.client.transport.TransportException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Records what a response body publisher delivers and checks the Reactive Streams rules a subscriber can see:
 * {@code onSubscribe} once and first, no {@code onNext} beyond the demand, signals one at a time, at most one
 * terminal signal and nothing after it.
 *
 * <p>It never blocks in a signal method: transports may deliver on event-loop threads.
 */
public final class BodySubscriber implements Flow.Subscriber<ByteBuffer> {

    /** Marks unbounded demand, as {@code request(Long.MAX_VALUE)} does. */
    private static final long UNBOUNDED = Long.MAX_VALUE;

    private final long initialRequest;
    private final boolean oneAtATime;
    private final boolean keepBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong byteCount = new AtomicLong();
    private final AtomicInteger chunkCount = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    /** The thread delivering a signal right now; a synchronous, re-entrant delivery on it is allowed. */
    private final AtomicReference<Thread> signalling = new AtomicReference<>();
    /** How deep the signalling thread is in signal methods; touched only by that thread. */
    private int depth;
    private final AtomicInteger subscribeCalls = new AtomicInteger();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean paused;
    private volatile Consumer<ByteBuffer> onChunk = chunk -> { };

    private BodySubscriber(long initialRequest, boolean oneAtATime, boolean keepBytes) {
        this.initialRequest = initialRequest;
        this.oneAtATime = oneAtATime;
        this.keepBytes = keepBytes;
    }

    /** Requests everything at once. */
    public static BodySubscriber requestingAll() {
        return new BodySubscriber(UNBOUNDED, false, true);
    }

    /** Requests one chunk at subscription and one more after each chunk, until paused. */
    public static BodySubscriber oneAtATime() {
        return new BodySubscriber(1, true, true);
    }

    /** Requests {@code n} chunks at subscription and then only what the test asks for. */
    public static BodySubscriber requesting(long n) {
        return new BodySubscriber(n, false, true);
    }

    /** One chunk at a time, without keeping the bytes: for bodies too large to hold. */
    public static BodySubscriber oneAtATimeDiscarding() {
        return new BodySubscriber(1, true, false);
    }

    /**
     * Runs {@code hook} with each chunk, after it is recorded and before more is requested, on the thread that
     * delivers it. The hook must not block.
     */
    public BodySubscriber onChunk(Consumer<ByteBuffer> hook) {
        this.onChunk = hook;
        return this;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (subscribeCalls.incrementAndGet() > 1) {
            violations.add("onSubscribe was called more than once");
            s.cancel();
            return;
        }
        boolean entered = enter("onSubscribe");
        try {
            subscription = s;
            if (initialRequest > 0) {
                request(initialRequest);
            }
        } finally {
            exit(entered);
        }
    }

    @Override
    public void onNext(ByteBuffer chunk) {
        boolean entered = enter("onNext");
        try {
            if (subscription == null) {
                violations.add("onNext before onSubscribe");
            }
            if (done.isDone()) {
                violations.add("onNext after a terminal signal");
            }
            if (chunk == null) {
                violations.add("onNext with null");
                return;
            }
            long before = demand.getAndUpdate(d -> d == UNBOUNDED ? d : Math.max(0, d - 1));
            if (before == 0) {
                violations.add("onNext without demand (chunk " + (chunkCount.get() + 1) + ")");
            }
            int length = chunk.remaining();
            if (keepBytes) {
                ByteBuffer view = chunk.duplicate();
                byte[] data = new byte[length];
                view.get(data);
                synchronized (bytes) {
                    bytes.write(data, 0, data.length);
                }
            }
            chunkCount.incrementAndGet();
            byteCount.addAndGet(length);
            onChunk.accept(chunk);
            if (oneAtATime && !paused && !done.isDone()) {
                request(1);
            }
        } finally {
            exit(entered);
        }
    }

    @Override
    public void onError(Throwable error) {
        boolean entered = enter("onError");
        try {
            if (subscription == null) {
                violations.add("onError before onSubscribe");
            }
            if (error == null) {
                violations.add("onError with null");
            }
            if (!done.completeExceptionally(error == null ? new NullPointerException("onError(null)") : error)) {
                violations.add("onError after a terminal signal: " + error);
            }
        } finally {
            exit(entered);
        }
    }

    @Override
    public void onComplete() {
        boolean entered = enter("onComplete");
        try {
            if (subscription == null) {
                violations.add("onComplete before onSubscribe");
            }
            if (!done.complete(null)) {
                violations.add("onComplete after a terminal signal");
            }
        } finally {
            exit(entered);
        }
    }

    /**
     * Rule 1.3: signals are serial. A signal delivered from inside another on the same thread (onNext from the
     * request made in onSubscribe or onNext) is allowed; one on another thread while a signal runs is not.
     */
    private boolean enter(String signal) {
        Thread me = Thread.currentThread();
        if (signalling.get() == me) {
            depth++;
            return true;
        }
        if (!signalling.compareAndSet(null, me)) {
            violations.add(signal + " on " + me.getName() + " while another thread was still in a signal");
            return false;
        }
        depth = 1;
        return true;
    }

    private void exit(boolean entered) {
        if (entered && --depth == 0) {
            signalling.set(null);
        }
    }

    /** Adds demand; safe from any thread, including from inside {@code onNext}. */
    public void request(long n) {
        if (n > 0) {
            demand.getAndUpdate(d -> d == UNBOUNDED || n == UNBOUNDED || d + n < 0 ? UNBOUNDED : d + n);
        }
        subscription.request(n);
    }

    /** Stops a one-at-a-time subscriber from requesting more after the chunk it is being given. */
    public void pause() {
        paused = true;
    }

    /** Lets a paused one-at-a-time subscriber go on, requesting one chunk now. */
    public void resume() {
        paused = false;
        request(1);
    }

    /** Cancels the subscription; safe from any thread, including from inside {@code onNext}. */
    public void cancel() {
        subscription.cancel();
    }

    /** Whether {@code onSubscribe} has been called. */
    public boolean isSubscribed() {
        return subscription != null;
    }

    /** Body bytes received so far. */
    public long byteCount() {
        return byteCount.get();
    }

    /** Chunks ({@code onNext} calls) received so far. */
    public int chunkCount() {
        return chunkCount.get();
    }

    /** The bytes received so far, in order; empty for a discarding subscriber. */
    public byte[] bytes() {
        synchronized (bytes) {
            return bytes.toByteArray();
        }
    }

    /** The bytes received so far as UTF-8 text. */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Whether a terminal signal ({@code onComplete} or {@code onError}) has arrived. */
    public boolean isDone() {
        return done.isDone();
    }

    /** Whether {@code onComplete} has arrived. */
    public boolean completedNormally() {
        return done.isDone() && !done.isCompletedExceptionally();
    }

    /** The Reactive Streams rules the publisher broke, as seen by this subscriber; empty when none. */
    public List<String> violations() {
        return violations;
    }

    /** Polls until {@code onSubscribe} has been called, which a publisher may do asynchronously. */
    public void awaitSubscribed() {
        Await.until("the body publisher called onSubscribe", () -> subscription != null, this::state);
    }

    /** Polls until at least {@code n} bytes arrived, or the body ended. */
    public void awaitBytes(long n) {
        Await.until("the body subscriber received " + n + " bytes", () -> byteCount.get() >= n || done.isDone(),
                this::state);
    }

    /** Polls until the received text contains {@code text}, or the body ended. */
    public void awaitText(String text) {
        Await.until("the body subscriber received \"" + text.replace("\n", "\\n") + "\"",
                () -> text().contains(text) || done.isDone(), this::state);
    }

    /** Waits for {@code onComplete}; fails on {@code onError}, on timeout, or if any rule was broken. */
    public void awaitComplete() {
        awaitComplete(Await.DEADLINE);
    }

    /** Like {@link #awaitComplete()} with a longer deadline, for bodies of many megabytes. */
    public void awaitComplete(java.time.Duration deadline) {
        try {
            done.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The body failed instead of completing " + state(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The body did not complete within " + deadline.toSeconds() + " s "
                    + state());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertNoViolations();
    }

    /** Waits for {@code onError} and returns its argument; fails on {@code onComplete} or timeout. */
    public Throwable awaitError() {
        try {
            done.get(Await.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            assertNoViolations();
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("The body neither failed nor completed within " + Await.DEADLINE.toSeconds()
                    + " s " + state());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        throw new AssertionError("The body completed normally instead of failing: a broken body must never look "
                + "like a complete one " + state());
    }

    /** Waits for {@code onError} with a {@link TransportException} of the given kind. */
    public TransportException awaitTransportError(TransportException.Kind kind) {
        Throwable error = awaitError();
        return Checks.transportException(error, kind, "the body's onError");
    }

    /** Fails with an {@link AssertionError} if the publisher broke any rule this subscriber checks. */
    public void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("The body publisher broke Reactive Streams rules: " + violations);
        }
    }

    /** What this subscriber has seen, for failure messages. */
    public String state() {
        return "(received " + byteCount.get() + " bytes in " + chunkCount.get() + " chunks, outstanding demand "
                + (demand.get() == UNBOUNDED ? "unbounded" : demand.get()) + ", terminal signal: "
                + (done.isDone() ? (done.isCompletedExceptionally() ? "onError" : "onComplete") : "none")
                + (violations.isEmpty() ? "" : ", rule violations: " + violations) + ")";
    }
}
