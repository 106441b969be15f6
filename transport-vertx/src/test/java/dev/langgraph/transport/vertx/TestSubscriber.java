package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Records what a body publisher sends, and checks that it keeps to the Reactive Streams rules it can see. */
final class TestSubscriber implements Flow.Subscriber<ByteBuffer> {

    private final long initialRequest;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong byteCount = new AtomicLong();
    private final AtomicInteger chunkCount = new AtomicInteger();
    private final AtomicInteger ruleViolations = new AtomicInteger();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile Consumer<ByteBuffer> onChunk = chunk -> { };

    private TestSubscriber(long initialRequest) {
        this.initialRequest = initialRequest;
    }

    static TestSubscriber requestingAll() {
        return new TestSubscriber(Long.MAX_VALUE);
    }

    static TestSubscriber requesting(long n) {
        return new TestSubscriber(n);
    }

    /** Runs {@code hook} with each chunk (after it is recorded), on the thread that delivers it. */
    TestSubscriber onChunk(Consumer<ByteBuffer> hook) {
        this.onChunk = hook;
        return this;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (subscription != null) {
            ruleViolations.incrementAndGet();
        }
        subscription = s;
        if (initialRequest > 0) {
            s.request(initialRequest);
        }
    }

    @Override
    public void onNext(ByteBuffer chunk) {
        if (done.isDone() || subscription == null) {
            ruleViolations.incrementAndGet();
        }
        ByteBuffer view = chunk.duplicate();
        byte[] data = new byte[view.remaining()];
        view.get(data);
        synchronized (bytes) {
            bytes.write(data, 0, data.length);
        }
        chunkCount.incrementAndGet();
        byteCount.addAndGet(data.length);
        onChunk.accept(chunk);
    }

    @Override
    public void onError(Throwable error) {
        if (!done.completeExceptionally(error)) {
            ruleViolations.incrementAndGet();
        }
    }

    @Override
    public void onComplete() {
        if (!done.complete(null)) {
            ruleViolations.incrementAndGet();
        }
    }

    void request(long n) {
        subscription.request(n);
    }

    void cancel() {
        subscription.cancel();
    }

    Flow.Subscription subscription() {
        return subscription;
    }

    long byteCount() {
        return byteCount.get();
    }

    int chunkCount() {
        return chunkCount.get();
    }

    byte[] bytes() {
        synchronized (bytes) {
            return bytes.toByteArray();
        }
    }

    String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    boolean isDone() {
        return done.isDone();
    }

    void awaitBytes(long n) {
        Await.until("the subscriber received " + n + " bytes", () -> byteCount.get() >= n || done.isDone(),
                () -> "(received " + byteCount.get() + ", done " + done + ")");
    }

    void awaitComplete() {
        try {
            done.get(Await.DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The body failed instead of completing", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The body did not complete; received " + byteCount.get() + " bytes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(ruleViolations).as("Reactive Streams rule violations").hasValue(0);
    }

    Throwable awaitError() {
        try {
            done.get(Await.DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(ruleViolations).as("Reactive Streams rule violations").hasValue(0);
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("The body neither failed nor completed; received " + byteCount.get() + " bytes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        throw new AssertionError("The body completed instead of failing; received " + byteCount.get() + " bytes");
    }

    int ruleViolations() {
        return ruleViolations.get();
    }
}
