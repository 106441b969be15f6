package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.DisconnectMode;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.runs.CancelAction;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.streaming.AsyncRunStream;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.ServerEndpoint;
import dev.langgraph.transport.httpclient5.HttpClient5Transport;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Streams as resources: the non-blocking {@link AsyncRunStream} (callback and {@link Flow.Subscriber} with
 * back-pressure, cancel), the blocking {@link RunStream}'s single iteration and close, and that abandoned
 * streams give their connections back.
 */
class StreamResourceInteropTest extends RunScenario {

    private static final long FUTURE_TIMEOUT_SECONDS = 30;


    StreamResourceInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void asyncStreamDeliversEveryPartToACallback() throws Exception {
        String threadId = newThread();
        List<StreamPart> parts = new CopyOnWriteArrayList<>();

        AsyncRunStream stream = client.async().runs().stream(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .streamMode(StreamMode.UPDATES)
                .build());
        CompletableFuture<Void> done = stream.subscribe(parts::add);
        done.get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS);

        RunCreateMetadata ids = stream.runMetadata().get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(ids.threadId()).isEqualTo(threadId);
        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2", "3");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", ids.runId());
        assertThat(awaitFinal(threadId, ids.runId()).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void asyncStreamHonoursAFlowSubscriberThatRequestsOneAtATime() throws Exception {
        String threadId = newThread();
        OneAtATime subscriber = new OneAtATime();

        client.async().runs().stream(threadId, "custom", RunParams.builder()
                .input(Map.of("total", 5))
                .streamMode(StreamMode.CUSTOM)
                .build()).subscribe(subscriber);
        subscriber.done.get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(subscriber.overDelivered.get()).as("parts delivered beyond demand").isZero();
        assertThat(subscriber.parts).extracting(StreamPart::event)
                .containsExactly("metadata", "custom", "custom", "custom", "custom", "custom");
        assertThat(subscriber.parts.subList(1, 6)).extracting(p -> p.dataAsMap().get("step"))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void asyncStreamOfAFailingGraphFailsTheFutureWithStreamErrorException() {
        String threadId = newThread();
        List<StreamPart> parts = new CopyOnWriteArrayList<>();

        CompletableFuture<Void> done = client.async().runs().stream(threadId, "fail", RunParams.builder()
                .input(Map.of())
                .streamMode(StreamMode.UPDATES)
                .build()).subscribe(parts::add);

        assertThatThrownBy(() -> done.get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(StreamErrorException.class, e -> {
                    assertThat(e.error()).isEqualTo("PeerGraphError");
                    assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                });
        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates");
    }

    @Test
    void cancellingAFlowSubscriptionMidStreamStopsDeliveryAndDisconnects() throws Exception {
        String threadId = newThread();
        CancelAfterFirst subscriber = new CancelAfterFirst();

        AsyncRunStream stream = client.async().runs().stream(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 2000))
                .streamMode(StreamMode.UPDATES)
                .onDisconnect(DisconnectMode.CANCEL)
                .build());
        stream.subscribe(subscriber);
        StreamPart first = subscriber.first.get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        String runId = stream.runMetadata().get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS).runId();
        assertThat(first.event()).isEqualTo("metadata");

        // The server sees the disconnect and, with on_disconnect=cancel, interrupts the run.
        assertThat(awaitFinal(threadId, runId).status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(subscriber.partsAfterCancel.get()).as("parts delivered after cancel").isZero();
    }

    @Test
    void cancellingTheCallbackFutureMidStreamDisconnects() throws Exception {
        SlowStream slow = startSlowStreamCancelledOnDisconnect();

        slow.done().cancel(true);

        assertThat(awaitFinal(slow.threadId(), slow.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void cancellingTheAsyncStreamFailsItsCallbackFutureWithCancellationException() throws Exception {
        SlowStream slow = startSlowStreamCancelledOnDisconnect();

        slow.stream().cancel();

        // The owner cancelled: whoever waits on the callback's future must not wait forever, and the future says
        // so, every time, not with a "stream closed" error.
        Await.awaitUntil(Duration.ofSeconds(10), "the callback future to complete after cancel()",
                slow.done()::isDone);
        assertThatThrownBy(slow.done()::join).isInstanceOf(CancellationException.class);
        assertThat(awaitFinal(slow.threadId(), slow.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    /** A streaming {@code slow} run that the server cancels on disconnect, past its first (metadata) part. */
    private record SlowStream(String threadId, String runId, AsyncRunStream stream, CompletableFuture<Void> done) {
    }

    private SlowStream startSlowStreamCancelledOnDisconnect() throws Exception {
        String threadId = newThread();
        CompletableFuture<StreamPart> first = new CompletableFuture<>();
        AsyncRunStream stream = client.async().runs().stream(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 2000))
                .streamMode(StreamMode.UPDATES)
                .onDisconnect(DisconnectMode.CANCEL)
                .build());
        CompletableFuture<Void> done = stream.subscribe(first::complete);
        assertThat(first.get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS).event()).isEqualTo("metadata");
        String runId = stream.runMetadata().get(FUTURE_TIMEOUT_SECONDS, TimeUnit.SECONDS).runId();
        return new SlowStream(threadId, runId, stream, done);
    }

    @Test
    void blockingStreamIsIteratedOnceAndStopsAtClose() {
        String threadId = newThread();
        RunParams params = RunParams.builder().input(Map.of("count", 0)).streamMode(StreamMode.UPDATES).build();

        RunStream stream = client.runs().stream(threadId, "counter", params);
        try {
            Iterator<StreamPart> it = stream.iterator();
            assertThat(it.next().event()).isEqualTo("metadata");
            assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(stream::stream).isInstanceOf(IllegalStateException.class);

            stream.close();
            stream.close(); // idempotent
            assertThat(it.hasNext()).isFalse();
        } finally {
            stream.close();
        }

        // The Java Stream view closes the run stream with it.
        String second = newThread();
        try (Stream<StreamPart> parts = client.runs().stream(second, "counter", params).stream()) {
            assertThat(parts.map(StreamPart::event).toList())
                    .containsExactly("metadata", "updates", "updates", "updates");
        }
    }

    @Test
    void abandoningManyStreamsDoesNotExhaustTheConnectionPool() {
        // A small pool, so that connections held by abandoned streams would run out within a few iterations.
        HttpClient5Transport transport = HttpClient5Transport.builder().maxConnections(8).build();
        try (LangGraphClient small = LangGraphClient.builder()
                .baseUrl(server.baseUrl()).noApiKey().transport(transport).build()) {
            String threadId = newThread();
            // A long resumable run (3 x 10 s): every join stream with Last-Event-ID -1 gets its metadata event at
            // once and would then stay open until the run ends.
            Run run = small.runs().create(threadId, "slow", RunParams.builder()
                    .input(Map.of("delay_ms", 10_000))
                    .streamMode(StreamMode.UPDATES)
                    .streamResumable(true)
                    .build());
            Await.awaitValue(Await.DEFAULT_DEADLINE, "the long run to start",
                    () -> small.runs().get(threadId, run.runId()).status(), RunStatus.RUNNING::equals);

            int abandoned = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                int n = 0;
                for (; n < 200; n++) {
                    try (RunStream stream = small.runs().joinStream(threadId, run.runId(), false, null, "-1",
                            RequestOptions.none())) {
                        assertThat(stream.iterator().next().event()).isEqualTo("metadata");
                    }
                }
                return n;
            }, "opening and abandoning 200 streams");
            assertThat(abandoned).isEqualTo(200);

            // An ordinary call still gets a connection at once.
            Run still = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> small.runs().get(threadId, run.runId()), "a normal call after the abandoned streams");
            assertThat(still.status()).isEqualTo(RunStatus.RUNNING);

            small.runs().cancel(threadId, run.runId(), true, CancelAction.INTERRUPT, RequestOptions.none());
        } finally {
            transport.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Requests one part, and the next only after the previous one arrived. */
    private static final class OneAtATime implements Flow.Subscriber<StreamPart> {
        final List<StreamPart> parts = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final AtomicInteger demand = new AtomicInteger();
        final AtomicInteger overDelivered = new AtomicInteger();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            demand.incrementAndGet();
            s.request(1);
        }

        @Override
        public void onNext(StreamPart item) {
            if (demand.decrementAndGet() < 0) {
                overDelivered.incrementAndGet();
            }
            parts.add(item);
            demand.incrementAndGet();
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    }

    /**
     * Takes one part, then cancels; counts parts that still arrive. (A terminal signal after cancel is tolerated:
     * Flow only requires that signals eventually stop.)
     */
    private static final class CancelAfterFirst implements Flow.Subscriber<StreamPart> {
        final CompletableFuture<StreamPart> first = new CompletableFuture<>();
        final AtomicInteger partsAfterCancel = new AtomicInteger();
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.set(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(StreamPart item) {
            if (!first.complete(item)) {
                partsAfterCancel.incrementAndGet();
                return;
            }
            subscription.get().cancel();
        }

        @Override
        public void onError(Throwable throwable) {
            first.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            first.completeExceptionally(new AssertionError("completed before any part"));
        }
    }


}
