package dev.langgraph.transport.httpclient5.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The publisher on its own, driven by hand as HttpClient's I/O thread would drive it. */
class BodyPublisherTest {

    private static final int CHUNK = 8 * 1024;

    private final AtomicInteger aborts = new AtomicInteger();
    private final BodyPublisher publisher = new BodyPublisher(aborts::incrementAndGet,
            failure -> new IllegalStateException("mapped", failure));
    private final RecordingChannel channel = new RecordingChannel();

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
        assertThat(aborts).hasValue(0);
    }

    @Test
    void windowIsWidenedOnlyWhenLessThanHalfTheBudgetIsBuffered() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        for (int i = 0; i < 5; i++) {
            publisher.onData(bytes(CHUNK));
        }
        publisher.onCapacityChannel(channel);

        assertThat(publisher.bufferedBytes()).isEqualTo(5L * CHUNK);
        assertThat(channel.increments).as("40 KiB buffered: HttpClient must keep waiting").isEmpty();

        subscriber.subscription.request(2);

        assertThat(publisher.bufferedBytes()).isEqualTo(3L * CHUNK);
        assertThat(channel.increments).containsExactly(BodyPublisher.BUFFER_BUDGET - 3 * CHUNK);
    }

    @Test
    void windowIsWidenedAtOnceWhenLittleIsBuffered() {
        publisher.onCapacityChannel(channel);

        assertThat(channel.increments).containsExactly(BodyPublisher.BUFFER_BUDGET);
    }

    @Test
    void windowIsNotWidenedAfterTheSubscriberCancelled() {
        Recorder subscriber = new Recorder(1);
        publisher.subscribe(subscriber);
        subscriber.subscription.cancel();

        publisher.onCapacityChannel(channel);

        assertThat(channel.increments).isEmpty();
        assertThat(aborts.get()).isPositive();
    }

    @Test
    void networkFailureComesAfterTheChunksReceivedBeforeIt() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));
        RuntimeException failure = new RuntimeException("reset");
        publisher.onFailure(failure);

        assertThat(subscriber.signals).containsExactly("subscribe");
        subscriber.subscription.request(1);
        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "error:reset");
    }

    @Test
    void failureAfterTheEndOfTheBodyIsIgnored() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.onData(text("a"));
        publisher.onEnd();
        publisher.onFailure(new RuntimeException("late"));
        publisher.subscribe(subscriber);

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a", "complete");
    }

    @Test
    void nonPositiveRequestFailsTheSubscriberAndAbortsTheExchange() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);

        subscriber.subscription.request(0);

        assertThat(subscriber.signals).hasSize(2).last().asString().startsWith("error:Rule 3.9");
        assertThat(aborts).hasValue(1);
    }

    @Test
    void cancelAbortsTheExchangeAndStopsAllSignals() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));

        subscriber.subscription.cancel();
        publisher.onData(text("b"));
        publisher.onEnd();

        assertThat(subscriber.signals).containsExactly("subscribe", "next:a");
        assertThat(aborts.get()).isPositive();
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

        assertThat(aborts).hasValue(0);
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
        assertThat(aborts.get()).isPositive();
    }

    @Test
    void failNowDropsBufferedChunksAndSignalsWithoutDemand() {
        Recorder subscriber = new Recorder(0);
        publisher.subscribe(subscriber);
        publisher.onData(text("a"));

        boolean unfinished = publisher.failNow(new RuntimeException("closed"));

        assertThat(unfinished).isTrue();
        assertThat(subscriber.signals).containsExactly("subscribe", "error:closed");
        assertThat(publisher.bufferedBytes()).isZero();
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

    @Test
    void chunksAreCopiesIndependentOfHttpClientsBuffer() {
        Recorder subscriber = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(subscriber);
        ByteBuffer reused = ByteBuffer.allocate(16);
        reused.put("first".getBytes(StandardCharsets.UTF_8)).flip();

        publisher.onData(reused);
        reused.clear();
        reused.put("XXXXX".getBytes(StandardCharsets.UTF_8)).flip();

        assertThat(subscriber.signals).containsExactly("subscribe", "next:first");
        assertThat(subscriber.received.get(0)).isNotSameAs(reused);
        assertThat(StandardCharsets.UTF_8.decode(subscriber.received.get(0).duplicate().rewind()).toString())
                .isEqualTo("first");
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

    private static ByteBuffer text(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteBuffer bytes(int length) {
        return ByteBuffer.allocate(length);
    }

    private static final class RecordingChannel implements org.apache.hc.core5.http.nio.CapacityChannel {
        final List<Integer> increments = new ArrayList<>();

        @Override
        public void update(int increment) {
            increments.add(increment);
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
