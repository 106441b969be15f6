package dev.langgraph.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared body publisher on its own, driven by hand as an adapter's I/O thread would drive it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ResponseBodyPublisherTest {

    /** A small budget keeps the numbers readable: ten chunks of {@link #CHUNK} bytes fill it. */
    private static final int BUDGET = 100;
    private static final int CHUNK = 10;

    private final RecordingSource source = new RecordingSource();
    private final ResponseBodyPublisher publisher = new ResponseBodyPublisher(source, BUDGET);

    // ---- demand ----

    @Test
    void chunksFlowOnlyOnDemandAndCompletionFollowsTheLastOne() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));
        publisher.onData(text("b"));
        publisher.onData(text("c"));
        publisher.onEnd();

        assertThat(subscriber.signals).containsExactly("subscribe");
        subscriber.subscription.request(1);
        assertThat(subscriber.signals).containsExactly("subscribe", "next:a");
        subscriber.subscription.request(5);
        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "next:b", "next:c", "complete");
        assertThat(source.events).doesNotContain("abort");
    }

    @Test
    void emptyChunksAreNotDelivered() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(subscriber);

        publisher.onData(ByteBuffer.allocate(0));
        publisher.onData(text("a"));
        publisher.onEnd();

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "complete");
    }

    @Test
    void demandBeyondLongMaxValueDoesNotOverflow() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(subscriber);
        subscriber.subscription.request(Long.MAX_VALUE);

        publisher.onData(text("a"));
        publisher.onData(text("b"));

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "next:b");
    }

    // ---- flow control ----

    @Test
    void sourceIsAskedForNothingBeforeStartThenForTheWholeBudget() {
        publisher.subscribe(new Recorder(Long.MAX_VALUE));
        assertThat(source.events).isEmpty();
        assertThat(publisher.isWaitingForData()).isFalse();

        publisher.start();

        assertThat(source.events).containsExactly("resume:" + BUDGET);
        assertThat(publisher.isWaitingForData()).isTrue();
    }

    @Test
    void sourceIsPausedAtTheBudgetAndResumedOnlyOnceTheSubscriberTookItDownToHalf() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.start();
        for (int i = 0; i < BUDGET / CHUNK; i++) {
            publisher.onData(bytes(CHUNK));
        }

        assertThat(source.events).containsExactly("resume:" + BUDGET, "pause");
        assertThat(publisher.isWaitingForData()).as("paused for the subscriber, not waiting for the network")
                .isFalse();

        subscriber.subscription.request(4);
        assertThat(publisher.bufferedBytes()).isEqualTo(60);
        assertThat(source.events).as("60 bytes buffered, more than half: still paused").hasSize(2);

        subscriber.subscription.request(1);
        assertThat(publisher.bufferedBytes()).isEqualTo(50);
        assertThat(source.events).containsExactly("resume:" + BUDGET, "pause", "resume:50");
        assertThat(publisher.maxBufferedBytes()).isEqualTo(BUDGET);
    }

    @Test
    void smallBodyIsReadAheadOfDemandAndEndsBeforeAnyoneSubscribes() {
        publisher.start();
        publisher.onData(text("early"));
        publisher.onEnd();

        assertThat(source.events).containsExactly("resume:" + BUDGET);
        assertThat(publisher.isNetworkEnded()).isTrue();
        assertThat(publisher.isWaitingForData()).isFalse();
        assertThat(publisher.bufferedBytes()).isEqualTo(5);
    }

    @Test
    void sourceThatPausedOnItsOwnIsResumedAtOnceWhenThereIsRoom() {
        publisher.start();
        publisher.onData(bytes(CHUNK));

        publisher.onSourcePaused();

        assertThat(source.events).containsExactly("resume:" + BUDGET, "resume:" + (BUDGET - CHUNK));
    }

    @Test
    void sourceThatPausedOnItsOwnWithAFullBufferWaitsForTheSubscriber() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.start();
        for (int i = 0; i < 6; i++) {
            publisher.onData(bytes(CHUNK));
        }

        publisher.onSourcePaused();
        assertThat(source.events).as("60 bytes buffered: the source keeps waiting").containsExactly(
                "resume:" + BUDGET);

        subscriber.subscription.request(2);
        assertThat(source.events).containsExactly("resume:" + BUDGET, "resume:60");
    }

    @Test
    void sourceIsNeitherResumedNorAbortedAfterTheBodyEnded() {
        publisher.start();
        publisher.onData(bytes(CHUNK));
        publisher.onEnd();

        publisher.onSourcePaused();
        Recorder subscriber = new Recorder(1);
        publisher.subscribe(subscriber);
        subscriber.subscription.cancel();

        assertThat(source.events).containsExactly("resume:" + BUDGET);
    }

    @Test
    void sourceIsPausedAndNotResumedAfterTheSubscriberCancelled() {
        Recorder subscriber = new Recorder(1);
        publisher.subscribe(subscriber);
        publisher.start();

        subscriber.subscription.cancel();
        publisher.onSourcePaused();

        assertThat(source.events).containsExactly("resume:" + BUDGET, "abort", "pause");
    }

    // ---- cancel ----

    @Test
    void cancelAbortsTheExchangeStopsAllSignalsAndDropsWhatArrivesLater() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));

        subscriber.subscription.cancel();
        ByteBuffer late = text("b");
        publisher.onData(late);
        publisher.onEnd();

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a");
        assertThat(source.events).as("aborted again for the data that still arrived").containsExactly("abort",
                "abort");
        assertThat(late.hasRemaining()).as("the late chunk is consumed").isFalse();
        assertThat(publisher.bufferedBytes()).isZero();
    }

    @Test
    void cancelAfterTheEndOfTheBodyDoesNotAbort() {
        Recorder subscriber = new Recorder(1);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));
        publisher.onData(text("b"));
        publisher.onEnd();

        subscriber.subscription.cancel();

        assertThat(source.events).doesNotContain("abort");
    }

    @Test
    void subscriberThatThrowsIsTreatedAsCancelled() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE) {
            @Override
            public void onNext(ByteBuffer item) {
                super.onNext(item);
                throw new IllegalStateException("bug in subscriber");
            }
        };
        publisher.subscribe(subscriber);

        publisher.onData(text("a"));
        publisher.onData(text("b"));

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a");
        assertThat(source.events).contains("abort");
    }

    @Test
    void subscriberThatThrowsFromOnSubscribeIsTreatedAsCancelled() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE) {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                super.onSubscribe(s);
                throw new IllegalStateException("bug in subscriber");
            }
        };

        publisher.subscribe(subscriber);
        publisher.onData(text("a"));

        assertThat(subscriber.signals).containsExactly("subscribe");
        assertThat(source.events).contains("abort");
    }

    // ---- errors ----

    @Test
    void failureComesAfterTheChunksReceivedBeforeIt() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.start();
        publisher.onData(text("a"));
        publisher.onFailure(new RuntimeException("reset"));

        assertThat(subscriber.signals).containsExactly("subscribe");
        assertThat(source.events).as("the failed source is paused").endsWith("pause");
        subscriber.subscription.request(1);
        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "error:reset");
        assertThat(source.events).doesNotContain("abort");
    }

    @Test
    void failureAfterTheEndOfTheBodyIsIgnored() {
        publisher.onData(text("a"));
        publisher.onEnd();
        publisher.onFailure(new RuntimeException("late"));
        Recorder subscriber = new Recorder(Long.MAX_VALUE);

        publisher.subscribe(subscriber);

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "complete");
    }

    @Test
    void nonPositiveRequestFailsTheSubscriberAndAbortsTheExchange() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));

        subscriber.subscription.request(0);

        assertThat(subscriber.signals).hasSize(2).last().asString().startsWith("error:Rule 3.9");
        assertThat(source.events).containsExactly("abort");
        assertThat(publisher.bufferedBytes()).isZero();
    }

    @Test
    void failNowDropsBufferedChunksAndSignalsWithoutDemandLeavingTheAbortToTheCaller() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));

        boolean unfinished = publisher.failNow(new RuntimeException("closed"));

        assertThat(unfinished).isTrue();
        assertThat(subscriber.signals).containsExactly("subscribe", "error:closed");
        assertThat(publisher.bufferedBytes()).isZero();
        assertThat(source.events).doesNotContain("abort");
    }

    @Test
    void failNowAfterTheEndOfTheBodyChangesNothing() {
        publisher.onData(text("a"));
        publisher.onEnd();

        assertThat(publisher.failNow(new RuntimeException("closed"))).isFalse();
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(subscriber);
        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "complete");
    }

    // ---- late and second subscribers ----

    @Test
    void lateSubscriberGetsTheWholeBodyThenCompletion() {
        publisher.start();
        publisher.onData(text("a"));
        publisher.onData(text("b"));
        publisher.onEnd();
        Recorder subscriber = new Recorder(Long.MAX_VALUE);

        publisher.subscribe(subscriber);

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "next:b", "complete");
    }

    @Test
    void lateSubscriberGetsWhatArrivedBeforeABreakThenTheError() {
        publisher.start();
        publisher.onData(text("event"));
        publisher.onFailure(new RuntimeException("broken"));
        Recorder subscriber = new Recorder(1);

        publisher.subscribe(subscriber);
        assertThat(subscriber.signals).containsExactly("subscribe", "next:event", "error:broken");
    }

    @Test
    void lateSubscriberOfAClosedBodyGetsTheErrorAlone() {
        publisher.onData(text("a"));
        publisher.failNow(new RuntimeException("closed"));
        Recorder subscriber = new Recorder(0);

        publisher.subscribe(subscriber);

        assertThat(subscriber.signals).containsExactly("subscribe", "error:closed");
    }

    @Test
    void secondSubscriberGetsIllegalStateException() {
        Recorder first = new Recorder(0);
        Recorder second = new Recorder(0);

        publisher.subscribe(first);
        publisher.subscribe(second);

        assertThat(second.signals).containsExactly("subscribe",
                "error:A response body can be subscribed to only once");
        assertThat(first.signals).containsExactly("subscribe");
        assertThatThrownBy(() -> publisher.subscribe(null)).isInstanceOf(NullPointerException.class);
    }

    // ---- reentrancy ----

    @Test
    void requestFromWithinOnNextDoesNotRecurse() {
        int chunks = 10_000;
        for (int i = 0; i < chunks; i++) {
            publisher.onData(text("x"));
        }
        publisher.onEnd();
        AtomicInteger depth = new AtomicInteger();
        AtomicInteger maxDepth = new AtomicInteger();
        Recorder subscriber = new Recorder(1) {
            @Override
            public void onNext(ByteBuffer item) {
                maxDepth.accumulateAndGet(depth.incrementAndGet(), Math::max);
                super.onNext(item);
                subscription.request(1);
                depth.decrementAndGet();
            }
        };

        publisher.subscribe(subscriber);

        assertThat(subscriber.received).hasSize(chunks);
        assertThat(subscriber.signals).last().isEqualTo("complete");
        assertThat(maxDepth).hasValue(1);
    }

    @Test
    void sourceThatDeliversFromInsideResumeIsServedInOrder() {
        // As a Vert.x fetch on the event loop does: resume hands over what the source had queued, synchronously.
        AtomicReference<ResponseBodyPublisher> self = new AtomicReference<>();
        AtomicInteger resumes = new AtomicInteger();
        ResponseBodyPublisher eager = new ResponseBodyPublisher(new ResponseBodyPublisher.Source() {
            @Override
            public void resume(int room) {
                if (resumes.incrementAndGet() == 1) {
                    self.get().onData(text("queued-1"));
                    self.get().onData(text("queued-2"));
                    self.get().onEnd();
                }
            }

            @Override
            public void pause() {
            }

            @Override
            public void abort() {
            }
        }, BUDGET);
        self.set(eager);
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        eager.subscribe(subscriber);

        eager.start();

        assertThat(subscriber.signals).containsExactly("subscribe", "next:queued-1", "next:queued-2", "complete");
    }

    @Test
    void sourceThatFailsInsideResumeFailsTheBody() {
        // As HttpClient's CapacityChannel.update may throw: the adapter reports it from inside resume.
        AtomicReference<ResponseBodyPublisher> self = new AtomicReference<>();
        ResponseBodyPublisher failing = new ResponseBodyPublisher(new ResponseBodyPublisher.Source() {
            @Override
            public void resume(int room) {
                self.get().onFailure(new RuntimeException("window update failed"));
            }

            @Override
            public void pause() {
            }

            @Override
            public void abort() {
            }
        }, BUDGET);
        self.set(failing);
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        failing.subscribe(subscriber);
        failing.onData(text("a"));

        failing.start();

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "error:window update failed");
    }

    // ---- threads ----

    @Test
    void concurrentProducerAndSubscriberDeliverEveryByteInOrderWithinTheBudget() throws Exception {
        int chunkCount = 20_000;
        AtomicLong received = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        // The producer delivers only while the publisher lets it, as a paused network would.
        AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(1));
        ResponseBodyPublisher threaded = new ResponseBodyPublisher(new ResponseBodyPublisher.Source() {
            @Override
            public void resume(int room) {
                gate.get().countDown();
            }

            @Override
            public void pause() {
                gate.set(new CountDownLatch(1));
            }

            @Override
            public void abort() {
                done.completeExceptionally(new AssertionError("aborted"));
            }
        }, 8 * CHUNK);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < chunkCount; i++) {
                    if (!threaded.isWaitingForData()) {
                        gate.get().await(30, TimeUnit.SECONDS);
                    }
                    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
                    for (int j = 0; j < CHUNK; j++) {
                        chunk.put((byte) (i * CHUNK + j));
                    }
                    threaded.onData(chunk.flip());
                }
                threaded.onEnd();
            } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
            }
        });
        threaded.subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(ByteBuffer item) {
                long offset = received.get();
                while (item.hasRemaining()) {
                    if (item.get() != (byte) offset++) {
                        mismatches.incrementAndGet();
                    }
                }
                received.set(offset);
                // From another thread now and then, so that both threads run the drain loop.
                if (offset % (7 * CHUNK) == 0) {
                    CompletableFuture.runAsync(() -> subscription.request(1));
                } else {
                    subscription.request(1);
                }
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        threaded.start();
        producer.start();

        done.get(30, TimeUnit.SECONDS);
        producer.join(30_000);

        assertThat(received).hasValue((long) chunkCount * CHUNK);
        assertThat(mismatches).hasValue(0);
        // A pause takes effect before the next chunk, so at most one chunk more than the budget ever waits.
        assertThat(threaded.maxBufferedBytes()).isLessThanOrEqualTo(9L * CHUNK);
    }

    // ---- construction ----

    @Test
    void constructorRejectsAMissingSourceAndATinyBudget() {
        assertThatThrownBy(() -> new ResponseBodyPublisher(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ResponseBodyPublisher(source, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2");
        assertThat(new ResponseBodyPublisher(source).bufferBudget())
                .isEqualTo(ResponseBodyPublisher.DEFAULT_BUFFER_BUDGET);
    }

    private static ByteBuffer text(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteBuffer bytes(int length) {
        return ByteBuffer.allocate(length);
    }

    /** Records what the publisher asks of the network. */
    private static final class RecordingSource implements ResponseBodyPublisher.Source {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void resume(int room) {
            events.add("resume:" + room);
        }

        @Override
        public void pause() {
            events.add("pause");
        }

        @Override
        public void abort() {
            events.add("abort");
        }
    }

    private static class Recorder implements Flow.Subscriber<ByteBuffer> {
        final List<String> signals = new CopyOnWriteArrayList<>();
        final List<ByteBuffer> received = new CopyOnWriteArrayList<>();
        private final long initialRequest;
        Flow.Subscription subscription;

        Recorder(long initialRequest) {
            this.initialRequest = initialRequest;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            signals.add("subscribe");
            if (initialRequest > 0) {
                s.request(initialRequest);
            }
        }

        @Override
        public void onNext(ByteBuffer item) {
            received.add(item);
            signals.add("next:" + StandardCharsets.UTF_8.decode(item.duplicate()));
        }

        @Override
        public void onError(Throwable throwable) {
            signals.add("error:" + throwable.getMessage());
        }

        @Override
        public void onComplete() {
            signals.add("complete");
        }
    }
}
