package dev.langgraph.client.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.DisconnectMode;
import dev.langgraph.client.common.Durability;
import dev.langgraph.client.common.IfNotExists;
import dev.langgraph.client.common.LangSmithTracing;
import dev.langgraph.client.common.MultitaskStrategy;
import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Method, path, query and body of every non-streaming runs operation. */
class RunsRequestsTest extends WireMockSupport {

    static final String RUN = """
            {"run_id":"r1","thread_id":"t1","assistant_id":"a1","created_at":"2026-11-24T11:40:52.360Z",
             "updated_at":"2026-11-24T11:40:52.360Z","metadata":{"created_by":"system"},"status":"pending",
             "kwargs":{"input":{"count":7}},"multitask_strategy":"reject"}""";

    /** Every field set, to check each wire name. */
    static RunParams everyField() {
        return RunParams.builder()
                .input(Map.of("count", 1))
                .command(Command.fromMap(nullValued("resume", "yes", "goto", null)))
                .metadata(Map.of("m", 1))
                .config(Config.builder().recursionLimit(5).build())
                .context(Map.of("model", "x"))
                .checkpoint(Checkpoint.builder().checkpointId("c0").build())
                .checkpointId("c1")
                .interruptBefore(List.of("a", "b"))
                .interruptAfterAll()
                .webhook("https://hook.example/x")
                .multitaskStrategy(MultitaskStrategy.ENQUEUE)
                .ifNotExists(IfNotExists.CREATE)
                .onCompletion(OnCompletionBehavior.KEEP)
                .afterSeconds(3)
                .langsmithTracing(LangSmithTracing.builder().projectName("p").exampleId("e").build())
                .durability(Durability.EXIT)
                .streamMode(StreamMode.UPDATES, StreamMode.CUSTOM)
                .streamSubgraphs(true)
                .streamResumable(true)
                .feedbackKeys(List.of("score"))
                .onDisconnect(DisconnectMode.CANCEL)
                .build();
    }

    /** The body fields every run-creating endpoint sends for {@link #everyField()}. */
    static final String COMMON_FIELDS = """
            "assistant_id":"a1","input":{"count":1},"command":{"resume":"yes"},"metadata":{"m":1},
            "config":{"recursion_limit":5},"context":{"model":"x"},"checkpoint":{"checkpoint_id":"c0"},
            "checkpoint_id":"c1","interrupt_before":["a","b"],"interrupt_after":"*",
            "webhook":"https://hook.example/x","multitask_strategy":"enqueue","if_not_exists":"create",
            "on_completion":"keep","after_seconds":3,"langsmith_tracer":{"project_name":"p","example_id":"e"},
            "durability":"exit"
            """;

    static Map<String, Object> nullValued(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void createSendsEveryFieldWithItsWireNameAndStreamFieldsButNoDisconnectMode() {
        wm.stubFor(post("/threads/t1/runs").willReturn(okJson(RUN)));

        Run run = client.runs().create("t1", "a1", everyField());

        assertThat(run.runId()).isEqualTo("r1");
        assertThat(run.status()).isEqualTo(RunStatus.PENDING);
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs")).withRequestBody(equalToJson("{" + COMMON_FIELDS
                + ",\"stream_mode\":[\"updates\",\"custom\"],\"stream_subgraphs\":true,\"stream_resumable\":true,"
                + "\"feedback_keys\":[\"score\"]}")));
    }

    @Test
    void createWithoutParamsIsStatelessAndStillSendsTheStreamDefaults() {
        wm.stubFor(post("/runs").willReturn(okJson(RUN)));

        client.runs().create(null, "a1");

        wm.verify(postRequestedFor(urlEqualTo("/runs")).withRequestBody(equalToJson("""
                {"assistant_id":"a1","stream_mode":"values","stream_subgraphs":false,"stream_resumable":false}""")));
    }

    @Test
    void createCallsOnRunCreatedWithTheContentLocationIds() {
        wm.stubFor(post("/threads/t1/runs").willReturn(okJson(RUN)
                .withHeader("Content-Location", "/threads/t1/runs/r1")));
        List<RunCreateMetadata> seen = new ArrayList<>();

        client.runs().create("t1", "a1", RunParams.builder().onRunCreated(seen::add).build());

        assertThat(seen).containsExactly(new RunCreateMetadata("r1", "t1"));
    }

    @Test
    void createBatchSendsAnArrayOfOnlyTheSetFields() {
        wm.stubFor(post("/runs/batch").willReturn(okJson("[" + RUN + "," + RUN + "]")));

        List<Run> runs = client.runs().createBatch(List.of(
                RunCreateRequest.stateless("counter", RunParams.builder().input(Map.of("count", 5)).build()),
                new RunCreateRequest("t1", "custom", RunParams.builder().streamMode(StreamMode.UPDATES)
                        .command(Command.resume(null)).onDisconnect(DisconnectMode.CANCEL).build()),
                RunCreateRequest.stateless("echo", null)));

        assertThat(runs).hasSize(2);
        wm.verify(postRequestedFor(urlEqualTo("/runs/batch")).withRequestBody(equalToJson("""
                [{"assistant_id":"counter","input":{"count":5}},
                 {"thread_id":"t1","assistant_id":"custom","stream_mode":"updates"},
                 {"assistant_id":"echo"}]""")));
    }

    @Test
    void waitSendsNoStreamFieldsButTheDisconnectMode() {
        wm.stubFor(post("/threads/t1/runs/wait").willReturn(okJson("{}")));

        client.runs().wait("t1", "a1", everyField());

        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs/wait"))
                .withRequestBody(equalToJson("{" + COMMON_FIELDS + ",\"on_disconnect\":\"cancel\"}")));
    }

    @Test
    void listSendsPagingStatusAndRepeatedSelect() {
        wm.stubFor(get(urlPathEqualTo("/threads/t1/runs")).willReturn(okJson("[" + RUN + "]")));

        List<Run> defaults = client.runs().list("t1");
        client.runs().list("t1", 5, 2, RunStatus.SUCCESS, List.of(RunSelectField.RUN_ID, RunSelectField.STATUS),
                RequestOptions.none());

        assertThat(defaults).extracting(Run::runId).containsExactly("r1");
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/runs?limit=10&offset=0")));
        wm.verify(getRequestedFor(urlEqualTo(
                "/threads/t1/runs?limit=5&offset=2&status=success&select=run_id&select=status")));
    }

    @Test
    void listRejectsBadPagingBeforeSending() {
        assertThatThrownBy(() -> client.runs().list("t1", 0, 0, null, null, RequestOptions.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().list("t1", 1, -1, null, null, RequestOptions.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void getAndDeleteUseTheRunPathWithEncodedIds() {
        wm.stubFor(get(urlEqualTo("/threads/t%2F1/runs/r1")).willReturn(okJson(RUN)));
        wm.stubFor(delete(urlEqualTo("/threads/t1/runs/r1")).willReturn(aResponse().withStatus(204)));

        Run run = client.runs().get("t/1", "r1");
        client.runs().delete("t1", "r1");

        assertThat(run.threadId()).isEqualTo("t1");
        wm.verify(getRequestedFor(urlEqualTo("/threads/t%2F1/runs/r1")));
        wm.verify(deleteRequestedFor(urlEqualTo("/threads/t1/runs/r1")));
    }

    @Test
    void getOfAnUnknownRunIsNotFound() {
        wm.stubFor(get(urlEqualTo("/threads/t1/runs/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Run not found")));

        assertThatThrownBy(() -> client.runs().get("t1", "nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancelSendsWaitAsOneOrZeroAndTheActionWithoutBody() {
        wm.stubFor(post(urlPathEqualTo("/threads/t1/runs/r1/cancel")).willReturn(aResponse().withStatus(202)));

        client.runs().cancel("t1", "r1");
        client.runs().cancel("t1", "r1", true, CancelAction.ROLLBACK, RequestOptions.none());

        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs/r1/cancel?wait=0&action=interrupt"))
                .withHeader("Content-Type", absent()));
        wm.verify(postRequestedFor(urlEqualTo("/threads/t1/runs/r1/cancel?wait=1&action=rollback")));
    }

    @Test
    void cancelManySendsTheGivenFiltersAndTheAction() {
        wm.stubFor(post(urlPathEqualTo("/runs/cancel")).willReturn(aResponse().withStatus(204)));

        client.runs().cancelMany("t1", List.of("r1", "r2"), null);
        client.runs().cancelMany(null, null, BulkCancelRunsStatus.PENDING, CancelAction.ROLLBACK,
                RequestOptions.none());

        wm.verify(postRequestedFor(urlEqualTo("/runs/cancel?action=interrupt"))
                .withRequestBody(equalToJson("{\"thread_id\":\"t1\",\"run_ids\":[\"r1\",\"r2\"]}")));
        wm.verify(postRequestedFor(urlEqualTo("/runs/cancel?action=rollback"))
                .withRequestBody(equalToJson("{\"status\":\"pending\"}")));
    }

    @Test
    void cancelManyNeedsAFilter() {
        assertThatThrownBy(() -> client.runs().cancelMany(null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().cancelMany(null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().cancelMany(" ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void invalidIdsFailBeforeAnyRequest() {
        assertThatThrownBy(() -> client.runs().create("t1", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().wait(" ", "a1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().get("t1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().list(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().stream("t1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.runs().joinStream("t1", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void perCallOptionsAreSent() {
        wm.stubFor(post(urlPathEqualTo("/runs")).willReturn(okJson(RUN)));

        client.runs().create(null, "a1", null, RequestOptions.builder().header("X-Trace", "1")
                .queryParam("extra", "v").build());

        wm.verify(postRequestedFor(urlEqualTo("/runs?extra=v")).withHeader("X-Trace", equalTo("1")));
    }
}
