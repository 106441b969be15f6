package dev.langgraph.client.internal.streaming;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.Timeouts;
import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.ClientConfig;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.json.JacksonJsonCodec;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.testing.TestTransports;
import dev.langgraph.client.transport.TransportHeaders;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventSourceTest {

    private static final String SSE = "event: metadata\ndata: {\"run_id\":\"r1\"}\nid: 0\n\n"
            + "event: values\ndata: {\"count\":1}\nid: 1\n\n"
            + ": a comment\r\n"
            + "event: updates|inner:t1\r\ndata: {\"inner_1\":\r\ndata: {\"x\":1}}\r\nid: 2\r\n\r\n"
            + "event: values\ndata: {\"count\":3}\nid: 3";

    private WireMockServer wm;
    private ExecutorService executor;
    private HttpPipeline pipeline;
    private dev.langgraph.client.transport.HttpTransport transport;

    @BeforeEach
    void start() {
        wm = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        executor = Executors.newCachedThreadPool();
        transport = TestTransports.create();
        pipeline = new HttpPipeline(new ClientConfig(URI.create(wm.baseUrl()), TransportHeaders.empty(),
                Timeouts.DEFAULT, RetryPolicy.NONE, transport, true, JacksonJsonCodec.instance(),
                executor, executor, 2));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        transport.close();
        wm.stop();
    }

    private void stub(String path, String body) {
        wm.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withHeader("Content-Location", "/threads/t1/runs/r1").withBody(body)));
    }

    private StreamSpec spec(String path) {
        return StreamSpec.of(ApiRequest.of("GET", path).build());
    }

    @Test
    void blockingStreamDecodesEveryEventIncludingTheUnterminatedLastOne() {
        stub("/s", SSE);

        try (BlockingRunStream stream = BlockingRunStream.open(pipeline, spec("/s"))) {
            List<StreamPart> parts = new ArrayList<>();
            stream.forEach(parts::add);

            assertThat(parts).extracting(StreamPart::event)
                    .containsExactly("metadata", "values", "updates|inner:t1", "values");
            assertThat(parts.get(2).mode()).isEqualTo("updates");
            assertThat(parts.get(2).namespace()).containsExactly("inner:t1");
            assertThat(parts.get(2).dataAsMap()).containsKey("inner_1");
            assertThat(parts.get(3).dataAsMap()).containsEntry("count", 3);
            assertThat(stream.lastEventId()).isEqualTo("3");
            assertThat(stream.runMetadata().runId()).isEqualTo("r1");
            assertThat(stream.runMetadata().threadId()).isEqualTo("t1");
            assertThatThrownBy(stream::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void httpErrorsAreThrownWhenTheStreamIsOpened() {
        wm.stubFor(get("/missing").willReturn(aResponse().withStatus(404).withBody("Run not found")));

        assertThatThrownBy(() -> BlockingRunStream.open(pipeline, spec("/missing")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail()).isEqualTo("Run not found"));
    }

    @Test
    void aWrongContentTypeIsAValidationError() {
        wm.stubFor(get("/json").willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));

        assertThatThrownBy(() -> BlockingRunStream.open(pipeline, spec("/json")))
                .isInstanceOf(ApiResponseValidationException.class).hasMessageContaining("text/event-stream");
    }

    @Test
    void anErrorEventEndsTheStreamWithATypedExceptionAfterEarlierParts() {
        stub("/err", "event: values\ndata: {\"a\":1}\nid: 0\n\n"
                + "event: error\ndata: {\"error\":\"PeerGraphError\",\"message\":\"failed on purpose\"}\n\n"
                + "event: values\ndata: {\"a\":2}\n\n");

        List<StreamPart> parts = new ArrayList<>();
        try (BlockingRunStream stream = BlockingRunStream.open(pipeline, spec("/err"))) {
            assertThatThrownBy(() -> stream.forEach(parts::add))
                    .isInstanceOfSatisfying(StreamErrorException.class, e -> {
                        assertThat(e.error()).isEqualTo("PeerGraphError");
                        assertThat(e.errorMessage()).isEqualTo("failed on purpose");
                    });
        }
        assertThat(parts).hasSize(1);
    }

    @Test
    void invalidJsonDataIsAValidationError() {
        stub("/bad", "event: values\ndata: {not json\n\n");

        try (BlockingRunStream stream = BlockingRunStream.open(pipeline, spec("/bad"))) {
            assertThatThrownBy(() -> stream.forEach(p -> { }))
                    .isInstanceOf(ApiResponseValidationException.class);
        }
    }

    @Test
    void asyncStreamHonoursDemandOneByOne() throws Exception {
        stub("/s", SSE);
        PublishingRunStream stream = new PublishingRunStream(pipeline, spec("/s"));
        List<StreamPart> received = new CopyOnWriteArrayList<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();

        stream.subscribe(new Flow.Subscriber<StreamPart>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onNext(StreamPart item) {
                received.add(item);
                threads.add(java.lang.Thread.currentThread().getName());
                first.countDown();
            }

            @Override
            public void onError(Throwable throwable) {
                done.countDown();
            }

            @Override
            public void onComplete() {
                done.countDown();
            }
        });

        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        // With demand 1 exactly one part arrives, however long we wait.
        assertThat(done.await(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(received).hasSize(1);

        subscription.get().request(Long.MAX_VALUE);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(received).hasSize(4);
        assertThat(stream.runMetadata().get(5, TimeUnit.SECONDS).runId()).isEqualTo("r1");
        assertThat(threads).allSatisfy(t -> assertThat(t).doesNotContain("HttpClient"));
    }

    @Test
    void asyncConsumerCallbackCompletesTheFuture() throws Exception {
        stub("/s", SSE);
        List<String> events = new CopyOnWriteArrayList<>();

        new PublishingRunStream(pipeline, spec("/s")).subscribe(p -> events.add(p.event())).get(10, TimeUnit.SECONDS);

        assertThat(events).containsExactly("metadata", "values", "updates|inner:t1", "values");
    }

    @Test
    void asyncStreamReportsNonPositiveDemandAndASecondSubscriber() throws Exception {
        stub("/s", SSE);
        PublishingRunStream stream = new PublishingRunStream(pipeline, spec("/s"));
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch failed = new CountDownLatch(2);
        Flow.Subscriber<StreamPart> badDemand = new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(0);
            }

            @Override
            public void onNext(StreamPart item) {
            }

            @Override
            public void onError(Throwable throwable) {
                error.set(throwable);
                failed.countDown();
            }

            @Override
            public void onComplete() {
            }
        };
        stream.subscribe(badDemand);
        AtomicReference<Throwable> second = new AtomicReference<>();
        stream.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
            }

            @Override
            public void onNext(StreamPart item) {
            }

            @Override
            public void onError(Throwable throwable) {
                second.set(throwable);
                failed.countDown();
            }

            @Override
            public void onComplete() {
            }
        });

        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(error.get()).isInstanceOf(IllegalArgumentException.class);
        assertThat(second.get()).isInstanceOf(IllegalStateException.class);
    }
}
