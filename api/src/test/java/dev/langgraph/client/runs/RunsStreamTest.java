package dev.langgraph.client.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.errors.UnprocessableEntityException;
import dev.langgraph.client.streaming.AsyncRunStream;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.testing.WireMockSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** stream and joinStream against captured server bytes. */
class RunsStreamTest extends WireMockSupport {

    private static final String LOCATION = "/threads/t1/runs/r1";

    /** A counter graph's state, for {@code dataAs}. */
    record CounterUpdate(int count, List<String> visited) {
    }

    /** {@code Map<String, CounterUpdate>}, the shape of an {@code updates} event of the counter graph. */
    private static final Type UPDATES_TYPE = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {String.class, CounterUpdate.class};
        }

        @Override
        public Type getRawType() {
            return Map.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    static byte[] resource(String name) {
        try (InputStream in = RunsStreamTest.class.getResourceAsStream("/runs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource runs/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinitionBuilder sse(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withHeader("Content-Location", LOCATION).withBody(body);
    }

    private static List<StreamPart> drain(RunStream stream) {
        try (stream) {
            List<StreamPart> parts = new ArrayList<>();
            stream.forEach(parts::add);
            return parts;
        }
    }

    @Test
    void streamAlwaysSendsTheStreamFieldsWithValuesByDefault() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(resource("27-counter-updates.sse"))));

        drain(client.runs().stream("t1", "counter"));

        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs/stream"))
                .withHeader("Accept", equalTo("text/event-stream"))
                .withRequestBody(equalToJson("""
                        {"assistant_id":"counter","stream_mode":"values","stream_subgraphs":false,
                         "stream_resumable":false}""")));
    }

    @Test
    void streamSendsEveryFieldIncludingFeedbackKeysAndDisconnectMode() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(resource("27-counter-updates.sse"))));

        drain(client.runs().stream("t1", "a1", RunsRequestsTest.everyField()));

        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs/stream")).withRequestBody(equalToJson("{"
                + RunsRequestsTest.COMMON_FIELDS + ",\"stream_mode\":[\"updates\",\"custom\"],"
                + "\"stream_subgraphs\":true,\"stream_resumable\":true,\"feedback_keys\":[\"score\"],"
                + "\"on_disconnect\":\"cancel\"}")));
    }

    @Test
    void capturedCounterStreamParsesIntoPartsWithIdsAndTypedData() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(resource("27-counter-updates.sse"))));
        List<RunCreateMetadata> created = new ArrayList<>();

        RunStream stream = client.runs().stream("t1", "counter", RunParams.builder().input(Map.of("count", 0))
                .streamMode(StreamMode.UPDATES).onRunCreated(created::add).build());
        RunCreateMetadata metadata = stream.runMetadata();
        List<StreamPart> parts = drain(stream);

        assertThat(created).containsExactly(new RunCreateMetadata("r1", "t1"));
        assertThat(metadata).isEqualTo(new RunCreateMetadata("r1", "t1"));
        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2", "3");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", "01a20d5b-ea04-741b-8f5a-1e38f6076d03");
        Map<String, CounterUpdate> update = parts.get(2).dataAs(UPDATES_TYPE);
        assertThat(update).containsEntry("add_b", new CounterUpdate(2, List.of("add_b")));
        assertThat(stream.lastEventId()).isEqualTo("3");
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs/stream")).withRequestBody(equalToJson(
                "{\"assistant_id\":\"counter\",\"input\":{\"count\":0},\"stream_mode\":\"updates\","
                        + "\"stream_subgraphs\":false,\"stream_resumable\":false}")));
    }

    @Test
    void subgraphEventsSplitIntoModeAndNamespace() {
        wm.stubFor(post("/runs/stream").willReturn(sse(resource("25-subgraph-all-modes.sse"))));

        List<StreamPart> parts = drain(client.runs().stream(null, "subgraph", RunParams.builder()
                .streamMode(StreamMode.VALUES, StreamMode.UPDATES, StreamMode.MESSAGES_TUPLE, StreamMode.CUSTOM,
                        StreamMode.DEBUG, StreamMode.EVENTS)
                .streamSubgraphs(true).build()));

        assertThat(parts).hasSize(54);
        assertThat(parts.get(0).mode()).isEqualTo("metadata");
        StreamPart childUpdate = parts.stream().filter(p -> p.event().startsWith("updates|")).findFirst()
                .orElseThrow();
        assertThat(childUpdate.mode()).isEqualTo("updates");
        assertThat(childUpdate.namespace()).containsExactly("inner:596f4c49-0035-551a-a822-4c715547dbad");
        assertThat(childUpdate.id()).isEqualTo("24");
        StreamPart rootValues = parts.stream().filter(p -> p.event().equals("values")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(rootValues.namespace()).isEmpty();
        assertThat(rootValues.dataAs(Trail.class).trail()).containsExactly("start", "before", "inner_1", "inner_2",
                "after");
        assertThat(parts).extracting(StreamPart::mode).contains("events", "debug", "checkpoints", "custom");
    }

    /** The subgraph graph's state. */
    record Trail(List<String> trail) {
    }

    @Test
    void errorEventThrowsAfterTheEarlierParts() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(("""
                event: metadata
                data: {"run_id":"r1","attempt":1}
                id: 0

                event: updates
                data: {"ok":{"visited":["ok"]}}
                id: 1

                event: error
                data: {"error":"PeerGraphError","message":"peer graph failed on purpose"}

                """).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        List<String> seen = new ArrayList<>();

        try (RunStream stream = client.runs().stream("t1", "fail")) {
            Iterator<StreamPart> it = stream.iterator();
            assertThatThrownBy(() -> it.forEachRemaining(p -> seen.add(p.event())))
                    .isInstanceOfSatisfying(StreamErrorException.class, e -> {
                        assertThat(e.error()).isEqualTo("PeerGraphError");
                        assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                    });
        }
        assertThat(seen).containsExactly("metadata", "updates");
    }

    @Test
    void aStreamAnsweredWithJsonFailsAsAnInvalidResponse() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(okJson("{\"not\":\"sse\"}")));

        assertThatThrownBy(() -> drain(client.runs().stream("t1", "a1")))
                .isInstanceOf(ApiResponseValidationException.class)
                .hasMessageContaining("text/event-stream");
    }

    @Test
    void a422OnOpenIsThrownByStreamItself() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "text/plain;charset=UTF-8")
                .withBody("Thread is already running a task. Wait for it to finish or choose a different "
                        + "multitask strategy.")));

        assertThatThrownBy(() -> client.runs().stream("t1", "a1"))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("already running");
    }

    @Test
    void closingEarlyStopsTheIteration() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(resource("25-subgraph-all-modes.sse"))));

        RunStream stream = client.runs().stream("t1", "subgraph");
        Iterator<StreamPart> it = stream.iterator();
        StreamPart first = it.next();
        stream.close();
        stream.close();

        assertThat(first.event()).isEqualTo("metadata");
        assertThat(it.hasNext()).isFalse();
    }

    @Test
    void joinStreamSendsQueryAndLastEventIdAndReadsTheParts() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/runs/r1/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(resource("27-counter-updates.sse"))));

        List<StreamPart> parts = drain(client.runs().joinStream("t1", "r1", true,
                List.of(StreamMode.UPDATES, StreamMode.VALUES), "2", RequestOptions.none()));
        drain(client.runs().joinStream("t1", "r1"));

        assertThat(parts).hasSize(4);
        wm.verify(getRequestedFor(urlEqualTo(
                "/threads/t1/runs/r1/stream?cancel_on_disconnect=true&stream_mode=updates&stream_mode=values"))
                .withHeader("Last-Event-ID", equalTo("2")));
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/runs/r1/stream?cancel_on_disconnect=false"))
                .withHeader("Last-Event-ID", absent()));
    }

    @Test
    void joinStreamWithoutThreadUsesTheStatelessRoute() {
        wm.stubFor(get(urlPathEqualTo("/runs/r1/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(resource("27-counter-updates.sse"))));

        RunStream stream = client.runs().joinStream(null, "r1");
        List<StreamPart> parts = drain(stream);

        assertThat(parts).hasSize(4);
        assertThat(stream.runMetadata()).isNull();
        wm.verify(getRequestedFor(urlEqualTo("/runs/r1/stream?cancel_on_disconnect=false")));
    }

    @Test
    void asyncStreamDeliversEveryPartToTheCallbackAndTheRunIds() throws Exception {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(resource("27-counter-updates.sse"))));
        List<StreamPart> parts = new CopyOnWriteArrayList<>();

        AsyncRunStream stream = client.async().runs().stream("t1", "counter");
        stream.subscribe(parts::add).get(10, TimeUnit.SECONDS);

        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(stream.runMetadata().get(10, TimeUnit.SECONDS)).isEqualTo(new RunCreateMetadata("r1", "t1"));
    }

    @Test
    void asyncStreamRefusesASecondSubscriberAndStillDeliversEveryPartToTheFirst() throws Exception {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(sse(resource("27-counter-updates.sse"))));
        List<StreamPart> parts = new CopyOnWriteArrayList<>();
        List<String> secondSignals = new CopyOnWriteArrayList<>();
        AsyncRunStream stream = client.async().runs().stream("t1", "counter");
        CompletableFuture<Void> first = stream.subscribe(parts::add);

        stream.subscribe(new Flow.Subscriber<StreamPart>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                secondSignals.add("subscribe");
                subscription.request(1);
            }

            @Override
            public void onNext(StreamPart item) {
                secondSignals.add("next");
            }

            @Override
            public void onError(Throwable error) {
                secondSignals.add(error.getClass().getSimpleName() + ": " + error.getMessage());
            }

            @Override
            public void onComplete() {
                secondSignals.add("complete");
            }
        });

        first.get(10, TimeUnit.SECONDS);
        assertThat(secondSignals).containsExactly("subscribe",
                "IllegalStateException: An AsyncRunStream accepts a single subscriber");
        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
    }

    @Test
    void asyncStreamFailsItsFutureOnAnErrorStatus() {
        wm.stubFor(post("/threads/t1/runs/stream").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("busy")));

        assertThat(client.async().runs().stream("t1", "a1").subscribe(p -> { }))
                .failsWithin(10, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(UnprocessableEntityException.class);
    }
}
