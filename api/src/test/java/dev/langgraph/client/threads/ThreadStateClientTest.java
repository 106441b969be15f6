package dev.langgraph.client.threads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The thread state, history and join-stream operations against WireMock. */
class ThreadStateClientTest extends WireMockSupport {

    private static final String STATE = """
            {"values":{"messages":[{"type":"human","content":"hi"}]},"next":[],"tasks":[],
             "metadata":{"graph_id":"echo","source":"update","step":3},"created_at":"2026-11-24T11:40:44.910Z",
             "checkpoint":{"thread_id":"t1","checkpoint_id":"c3","checkpoint_ns":"","checkpoint_map":null},
             "parent_checkpoint":{"thread_id":"t1","checkpoint_id":"c2","checkpoint_ns":"","checkpoint_map":null}}""";

    private static final String SSE_BODY = """
            event: metadata
            data: {"run_id":"r1","attempt":1}
            id: 0

            : heartbeat

            event: values
            data: {"messages":[{"type":"human","content":"hi"}]}
            id: 1

            event: updates
            data: {"echo":{"messages":[{"type":"ai","content":"echo: hi"}]}}
            id: 2

            """;

    private static final Checkpoint SUBGRAPH_CHECKPOINT = Checkpoint.builder()
            .threadId("t1").checkpointNs("inner:task-1").checkpointId("c9").build();

    @Test
    void latestStateAlwaysSendsSubgraphs() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/state")).willReturn(okJson(STATE)));

        ThreadState latest = client.threads().getState("t1");
        client.threads().getState("t1", true, RequestOptions.none());

        assertThat(latest.checkpoint().checkpointId()).isEqualTo("c3");
        assertThat(latest.parentCheckpoint().checkpointId()).isEqualTo("c2");
        assertThat(latest.next()).isEmpty();
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/state?subgraphs=false")));
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/state?subgraphs=true")));
    }

    @Test
    void stateAtACheckpointIdUsesThePathForm() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/state/c2")).willReturn(okJson(STATE)));

        assertThat(client.threads().getState("t1", "c2", true).values()).isInstanceOf(Map.class);

        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/state/c2?subgraphs=true")));
        assertThatThrownBy(() -> client.threads().getState("t1", " ", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stateAtACheckpointPostsTheCheckpoint() {
        wm.stubFor(post(urlEqualTo("/threads/t1/state/checkpoint")).willReturn(okJson(STATE)));

        client.threads().getState("t1", SUBGRAPH_CHECKPOINT, false);

        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/state/checkpoint")).withRequestBody(equalToJson("""
                {"checkpoint":{"thread_id":"t1","checkpoint_ns":"inner:task-1","checkpoint_id":"c9"}}""")));
        assertThatThrownBy(() -> client.threads().getState("t1", (Checkpoint) null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownThreadStateIsNotFound() {
        wm.stubFor(get(urlPathEqualTo("/threads/gone/state")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Thread with ID gone not found")));

        assertThatThrownBy(() -> client.threads().getState("gone"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("Thread with ID gone not found"));
    }

    @Test
    void updateStateAlwaysSendsValuesAndOtherFieldsWhenSet() {
        wm.stubFor(post(urlEqualTo("/threads/t1/state")).willReturn(okJson(
                "{\"checkpoint\":{\"thread_id\":\"t1\",\"checkpoint_ns\":\"\",\"checkpoint_id\":\"c4\"}}")));

        ThreadUpdateStateResponse full = client.threads().updateState("t1", ThreadUpdateStateParams
                .builder(List.of(Map.of("messages", List.of())))
                .asNode("echo")
                .checkpoint(SUBGRAPH_CHECKPOINT)
                .checkpointId("c3")
                .build());
        client.threads().updateState("t1", ThreadUpdateStateParams.of(null));

        assertThat(full.checkpoint().checkpointId()).isEqualTo("c4");
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/state")).withRequestBody(equalToJson("""
                {"values":[{"messages":[]}],"as_node":"echo","checkpoint_id":"c3",
                 "checkpoint":{"thread_id":"t1","checkpoint_ns":"inner:task-1","checkpoint_id":"c9"}}""")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/state")).withRequestBody(equalToJson("{\"values\":null}")));
    }

    @Test
    void patchStateSendsTheMetadata() {
        wm.stubFor(patch(urlEqualTo("/threads/t1/state")).willReturn(aResponse().withStatus(204)));

        client.threads().patchState("t1", Map.of("reviewed", true));

        wm.verify(patchRequestedFor(urlEqualTo("/threads/t1/state"))
                .withRequestBody(equalToJson("{\"metadata\":{\"reviewed\":true}}")));
        assertThatThrownBy(() -> client.threads().patchState("t1", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyTakesBeforeAsAnIdOrACheckpoint() {
        wm.stubFor(post(urlEqualTo("/threads/t1/history")).willReturn(okJson("[" + STATE + "," + STATE + "]")));

        List<ThreadState> defaults = client.threads().getHistory("t1");
        client.threads().getHistory("t1", ThreadHistoryParams.builder().limit(5).before("c3")
                .metadata(Map.of("source", "loop")).build());
        client.threads().getHistory("t1", ThreadHistoryParams.builder().before(SUBGRAPH_CHECKPOINT)
                .checkpoint(Checkpoint.builder().checkpointNs("inner").build()).build());

        assertThat(defaults).hasSize(2).allSatisfy(s -> assertThat(s.checkpoint().threadId()).isEqualTo("t1"));
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/history")).withRequestBody(equalToJson("{\"limit\":10}")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/history")).withRequestBody(equalToJson("""
                {"limit":5,"before":"c3","metadata":{"source":"loop"}}""")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/history")).withRequestBody(equalToJson("""
                {"limit":10,"before":{"thread_id":"t1","checkpoint_ns":"inner:task-1","checkpoint_id":"c9"},
                 "checkpoint":{"checkpoint_ns":"inner"}}""")));
    }

    @Test
    void historyParamsRejectABadLimit() {
        assertThatThrownBy(() -> ThreadHistoryParams.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void joinStreamParsesEventsAndSendsDefaultMode() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(SSE_BODY)));

        List<StreamPart> parts = new ArrayList<>();
        try (RunStream stream = client.threads().joinStream("t1")) {
            stream.forEach(parts::add);
            assertThat(stream.lastEventId()).isEqualTo("2");
        }

        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "values", "updates");
        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", "r1");
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/stream?stream_mode=run_modes"))
                .withHeader("Accept", equalTo("text/event-stream"))
                .withHeader("Last-Event-ID", absent()));
    }

    @Test
    void joinStreamSendsLastEventIdAndRepeatsStreamMode() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream; charset=utf-8").withBody(SSE_BODY)));

        List<String> events = new ArrayList<>();
        try (RunStream stream = client.threads().joinStream("t1", "1",
                List.of(ThreadStreamMode.LIFECYCLE, ThreadStreamMode.STATE_UPDATE))) {
            stream.forEach(p -> events.add(p.event()));
        }

        assertThat(events).hasSize(3);
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/stream?stream_mode=lifecycle&stream_mode=state_update"))
                .withHeader("Last-Event-ID", equalTo("1")));
    }

    @Test
    void joinStreamOnAnUnknownThreadThrowsNotFound() {
        wm.stubFor(get(urlPathEqualTo("/threads/gone/stream")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Thread with ID gone not found")));

        assertThatThrownBy(() -> client.threads().joinStream("gone").close())
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("Thread with ID gone not found"));
    }

    @Test
    void asyncJoinStreamDeliversEveryPart() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(SSE_BODY)));

        List<String> events = new CopyOnWriteArrayList<>();
        client.async().threads().joinStream("t1").subscribe(p -> events.add(p.event())).join();

        assertThat(events).containsExactly("metadata", "values", "updates");
    }
}
