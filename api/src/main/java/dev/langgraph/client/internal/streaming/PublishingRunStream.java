package dev.langgraph.client.internal.streaming;

import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.SerialExecutor;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.streaming.AsyncRunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The non-blocking {@link AsyncRunStream}: a serial executor on the client's completion executor drives the
 * {@link EventSource} as far as the subscriber's demand allows.
 */
public final class PublishingRunStream implements AsyncRunStream {

    private final HttpPipeline pipeline;
    private final StreamSpec spec;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final CompletableFuture<RunCreateMetadata> metadata = new CompletableFuture<>();
    private volatile Delivery delivery;

    /**
     * Creates a stream; the request is sent when a subscriber subscribes.
     *
     * @param pipeline the client's pipeline
     * @param spec what to stream
     */
    public PublishingRunStream(HttpPipeline pipeline, StreamSpec spec) {
        this.pipeline = pipeline;
        this.spec = spec;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super StreamPart> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            ResponseBodyPublisher.refuseSubscriber(subscriber, "An AsyncRunStream accepts a single subscriber");
            return;
        }
        Delivery d = new Delivery(subscriber);
        delivery = d;
        d.start();
    }

    @Override
    public CompletableFuture<Void> subscribe(Consumer<? super StreamPart> consumer) {
        return subscribe(consumer, Runnable::run);
    }

    @Override
    public CompletableFuture<Void> subscribe(Consumer<? super StreamPart> consumer, Executor executor) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(executor, "executor");
        CallbackSubscriber s = new CallbackSubscriber(consumer, executor);
        subscribe(s);
        return s.done;
    }

    @Override
    public CompletableFuture<RunCreateMetadata> runMetadata() {
        return metadata;
    }

    @Override
    public void cancel() {
        Delivery d = delivery;
        if (d != null) {
            d.abort();
        }
    }

    /** One subscription: demand accounting and signalling, all on a serial executor. */
    private final class Delivery implements Flow.Subscription {
        private final Flow.Subscriber<? super StreamPart> subscriber;
        private final SerialExecutor serial;
        private final EventSource source;
        private long demand;
        private boolean terminated;
        // Set from any thread, read by the drain loop, so a cancel stops delivery at once, not after queued work.
        private volatile boolean cancelledBySubscriber;
        private volatile boolean abortedByOwner;

        Delivery(Flow.Subscriber<? super StreamPart> subscriber) {
            this.subscriber = subscriber;
            this.serial = new SerialExecutor(pipeline.config().completionExecutor());
            this.source = new EventSource(pipeline, spec, () -> serial.execute(this::drain));
            source.metadata().whenComplete((m, e) -> metadata.complete(m));
        }

        void start() {
            serial.execute(() -> {
                subscriber.onSubscribe(this);
                source.start();
            });
        }

        @Override
        public void request(long n) {
            serial.execute(() -> {
                if (terminated) {
                    return;
                }
                if (n <= 0) {
                    terminate(new IllegalArgumentException("Flow rule 3.9: request must be positive, got " + n));
                    return;
                }
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                drain();
            });
        }

        @Override
        public void cancel() {
            cancelledBySubscriber = true;
            source.cancel();
            serial.execute(this::drain);
        }

        /** Cancelled by the stream's owner rather than its subscriber: the subscriber is told, so it can end. */
        void abort() {
            abortedByOwner = true;
            source.cancel();
            serial.execute(this::drain);
        }

        /** Handles a cancel; true when delivery must stop. */
        private boolean stopped() {
            if (terminated) {
                return true;
            }
            if (cancelledBySubscriber) {
                terminated = true; // Rule 1.8: no more signals after the subscriber cancelled.
            } else if (abortedByOwner) {
                terminated = true;
                subscriber.onError(new CancellationException("The stream was cancelled"));
            }
            return terminated;
        }

        private void drain() {
            while (!stopped() && demand > 0) {
                StreamPart part;
                try {
                    part = source.next(false);
                } catch (RuntimeException e) {
                    terminate(e);
                    return;
                }
                if (part == null) {
                    if (source.isFinished()) {
                        terminated = true;
                        subscriber.onComplete();
                    }
                    return;
                }
                demand--;
                subscriber.onNext(part);
            }
        }

        private void terminate(Throwable error) {
            terminated = true;
            source.cancel();
            subscriber.onError(error);
        }
    }

    /** Adapts a callback to a subscriber that asks for one part at a time, so a slow callback slows the read. */
    private static final class CallbackSubscriber implements Flow.Subscriber<StreamPart> {
        private final Consumer<? super StreamPart> consumer;
        private final Executor executor;
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CallbackSubscriber(Consumer<? super StreamPart> consumer, Executor executor) {
            this.consumer = consumer;
            this.executor = executor;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            done.whenComplete((v, e) -> {
                if (done.isCancelled()) {
                    s.cancel();
                }
            });
            s.request(1);
        }

        @Override
        public void onNext(StreamPart item) {
            executor.execute(() -> {
                try {
                    consumer.accept(item);
                    subscription.request(1);
                } catch (RuntimeException e) {
                    subscription.cancel();
                    done.completeExceptionally(e);
                }
            });
        }

        @Override
        public void onError(Throwable throwable) {
            executor.execute(() -> done.completeExceptionally(throwable));
        }

        @Override
        public void onComplete() {
            executor.execute(() -> done.complete(null));
        }
    }
}
