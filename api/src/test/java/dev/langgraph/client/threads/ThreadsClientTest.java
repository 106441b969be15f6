package dev.langgraph.client.threads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thread CRUD, search, count, copy and prune operations against WireMock. */
class ThreadsClientTest extends WireMockSupport {

    static final String THREAD = """
            {"thread_id":"t1","created_at":"2026-11-24T11:40:43.907Z","updated_at":"2026-11-24T11:40:44.067Z",
             "metadata":{"suite":"java-sdk","graph_id":"echo"},"status":"idle","config":{},
             "values":{"messages":[]},"interrupts":{},"future":"kept"}""";

    @Test
    void getParsesTheThreadAndJoinsInclude() {
        wm.stubFor(get(urlEqualTo("/threads/t1")).willReturn(okJson(THREAD)));
        wm.stubFor(get(urlEqualTo("/threads/t1?include=ttl%2Cvalues")).willReturn(okJson(THREAD)));

        Thread plain = client.threads().get("t1");
        Thread withTtl = client.threads().get("t1", List.of("ttl", "values"), RequestOptions.none());

        assertThat(plain.threadId()).isEqualTo("t1");
        assertThat(plain.status()).isEqualTo(ThreadStatus.IDLE);
        assertThat(plain.metadata()).containsEntry("graph_id", "echo");
        assertThat(plain.toMap()).containsEntry("future", "kept");
        assertThat(withTtl.threadId()).isEqualTo("t1");
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1?include=ttl%2Cvalues")));
    }

    @Test
    void unknownThreadIsNotFoundWithTheServersText() {
        wm.stubFor(get(urlEqualTo("/threads/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Thread with ID gone not found")));

        assertThatThrownBy(() -> client.threads().get("gone"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.detail()).isEqualTo("Thread with ID gone not found");
                });
    }

    @Test
    void idsAreEncodedAndBlankIdsFailBeforeAnyRequest() {
        wm.stubFor(get(urlEqualTo("/threads/a%2F..%2Fruns")).willReturn(okJson(THREAD)));

        client.threads().get("a/../runs");

        wm.verify(getRequestedFor(urlEqualTo("/threads/a%2F..%2Fruns")));
        assertThatThrownBy(() -> client.threads().get(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.threads().delete(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).hasSize(1);
    }

    @Test
    void createWithoutArgumentsSendsAnEmptyObject() {
        wm.stubFor(post("/threads").willReturn(okJson(THREAD)));

        assertThat(client.threads().create().threadId()).isEqualTo("t1");

        wm.verify(postRequestedFor(urlEqualTo("/threads")).withRequestBody(equalToJson("{}")));
    }

    @Test
    void createMergesGraphIdIntoMetadataAndEncodesTtlAndSupersteps() {
        wm.stubFor(post("/threads").willReturn(okJson(THREAD)));
        Map<String, Object> seeded = Map.of("messages", List.of(Map.of("type", "human", "content", "seeded")));

        client.threads().create(ThreadCreateParams.builder()
                .threadId("t1")
                .metadata(Map.of("suite", "java-sdk"))
                .graphId("echo")
                .ifExists(OnConflictBehavior.DO_NOTHING)
                .ttlMinutes(90)
                .supersteps(List.of(
                        Superstep.of(StateUpdate.of(seeded, "__input__")),
                        Superstep.of(StateUpdate.ofCommand(Command.resume("yes"), "echo"))))
                .build());

        wm.verify(postRequestedFor(urlEqualTo("/threads")).withRequestBody(equalToJson("""
                {"thread_id":"t1","metadata":{"suite":"java-sdk","graph_id":"echo"},"if_exists":"do_nothing",
                 "ttl":{"ttl":90,"strategy":"delete"},
                 "supersteps":[
                   {"updates":[{"values":{"messages":[{"type":"human","content":"seeded"}]},"command":null,
                                "as_node":"__input__"}]},
                   {"updates":[{"values":null,"command":{"resume":"yes"},"as_node":"echo"}]}]}""")));
    }

    @Test
    void createWithOnlyAGraphIdSendsItAsMetadata() {
        wm.stubFor(post("/threads").willReturn(okJson(THREAD)));

        client.threads().create(ThreadCreateParams.builder().graphId("echo").build());

        wm.verify(postRequestedFor(urlEqualTo("/threads"))
                .withRequestBody(equalToJson("{\"metadata\":{\"graph_id\":\"echo\"}}")));
    }

    @Test
    void createConflictIsTyped() {
        wm.stubFor(post("/threads").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Thread already exists")));

        assertThatThrownBy(() -> client.threads().create(ThreadCreateParams.builder().threadId("t1").build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.detail()).isEqualTo("Thread already exists"));
    }

    @Test
    void updateSendsMetadataAndTtlAndReturnsTheThread() {
        wm.stubFor(patch(urlEqualTo("/threads/t1")).willReturn(okJson(THREAD)));

        Thread t = client.threads().update("t1", ThreadUpdateParams.builder(Map.of("patched", true))
                .ttlMinutes(43_200).build());

        assertThat(t.threadId()).isEqualTo("t1");
        wm.verify(patchRequestedFor(urlEqualTo("/threads/t1"))
                .withHeader("Prefer", absent())
                .withRequestBody(equalToJson("""
                        {"metadata":{"patched":true},"ttl":{"ttl":43200,"strategy":"delete"}}""")));
    }

    @Test
    void updateWithReturnMinimalSendsPreferAndReturnsNullOn204() {
        wm.stubFor(patch(urlEqualTo("/threads/t1")).willReturn(aResponse().withStatus(204)));

        Thread t = client.threads().update("t1", ThreadUpdateParams.builder(Map.of())
                .returnMinimal(true).build());

        assertThat(t).isNull();
        wm.verify(patchRequestedFor(urlEqualTo("/threads/t1"))
                .withHeader("Prefer", equalTo("return=minimal"))
                .withRequestBody(equalToJson("{\"metadata\":{}}")));
    }

    @Test
    void updateRequiresMetadata() {
        assertThatThrownBy(() -> ThreadUpdateParams.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteSendsDelete() {
        wm.stubFor(delete(urlEqualTo("/threads/t1")).willReturn(aResponse().withStatus(204)));

        client.threads().delete("t1");

        wm.verify(deleteRequestedFor(urlEqualTo("/threads/t1")));
    }

    @Test
    void searchSendsPagingAlwaysAndOtherFiltersWhenSet() {
        wm.stubFor(post("/threads/search").willReturn(okJson("[" + THREAD.replace("\"future\":\"kept\"",
                "\"extracted\":{\"last\":{\"type\":\"ai\"}}") + "]")));

        List<Thread> found = client.threads().search(ThreadSearchParams.builder()
                .metadata(Map.of("suite", "java-sdk"))
                .values(Map.of("k", 1))
                .ids(List.of("t1", "t2"))
                .status(ThreadStatus.INTERRUPTED)
                .limit(15).offset(5)
                .sortBy(ThreadSortBy.UPDATED_AT).sortOrder(SortOrder.ASC)
                .select(List.of(ThreadSelectField.THREAD_ID, ThreadSelectField.VALUES))
                .extract(Map.of("last", "values.messages[-1]"))
                .build());
        client.threads().search(null, RequestOptions.none());

        assertThat(found).singleElement().satisfies(t ->
                assertThat(t.extracted()).containsEntry("last", Map.of("type", "ai")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/search")).withRequestBody(equalToJson("""
                {"limit":15,"offset":5,"metadata":{"suite":"java-sdk"},"values":{"k":1},"ids":["t1","t2"],
                 "status":"interrupted","sort_by":"updated_at","sort_order":"asc",
                 "select":["thread_id","values"],"extract":{"last":"values.messages[-1]"}}""")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/search"))
                .withRequestBody(equalToJson("{\"limit\":10,\"offset\":0}")));
    }

    @Test
    void searchWithMoreThanTenExtractPathsIsRejectedWithoutARequest() {
        Map<String, String> extract = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            extract.put("a" + i, "values.k" + i);
        }

        assertThatThrownBy(() -> client.threads().search(ThreadSearchParams.builder().extract(extract).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 10");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void countSendsTruthyFiltersAndReadsANumber() {
        wm.stubFor(post("/threads/count").willReturn(okJson("3")));

        int busy = client.threads().count(ThreadCountParams.ofStatus(ThreadStatus.BUSY));
        int all = client.threads().count(null, RequestOptions.none());
        int matching = client.threads().count(new ThreadCountParams(Map.of("a", 1), Map.of("k", "v"), null));

        assertThat(List.of(busy, all, matching)).containsOnly(3);
        wm.verify(postRequestedFor(urlEqualTo("/threads/count")).withRequestBody(equalToJson("{\"status\":\"busy\"}")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/count")).withRequestBody(equalToJson("{}")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/count"))
                .withRequestBody(equalToJson("{\"metadata\":{\"a\":1},\"values\":{\"k\":\"v\"}}")));
    }

    @Test
    void copyReturnsTheNewThreadOrNullWhenTheServerSendsNone() {
        wm.stubFor(post(urlEqualTo("/threads/t1/copy")).willReturn(okJson(THREAD.replace("\"t1\"", "\"t2\""))));
        wm.stubFor(post(urlEqualTo("/threads/t3/copy")).willReturn(aResponse().withStatus(204)));

        assertThat(client.threads().copy("t1").threadId()).isEqualTo("t2");
        assertThat(client.threads().copy("t3")).isNull();
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/threads/t1/copy"))))
                .singleElement().satisfies(r -> assertThat(r.getBodyAsString()).isEmpty());
    }

    @Test
    void pruneOmitsTheDeleteStrategyButSendsKeepLatest() {
        wm.stubFor(post("/threads/prune").willReturn(okJson("{\"pruned_count\":2}")));

        PruneResult deleted = client.threads().prune(List.of("t1", "t2"));
        client.threads().prune(List.of("t1"), PruneStrategy.KEEP_LATEST, RequestOptions.none());

        assertThat(deleted.prunedCount()).isEqualTo(2L);
        wm.verify(postRequestedFor(urlEqualTo("/threads/prune"))
                .withRequestBody(equalToJson("{\"thread_ids\":[\"t1\",\"t2\"]}")));
        wm.verify(postRequestedFor(urlEqualTo("/threads/prune"))
                .withRequestBody(equalToJson("{\"thread_ids\":[\"t1\"],\"strategy\":\"keep_latest\"}")));
    }

    @Test
    void pruneRejectsAnEmptyOrNullListWithoutARequest() {
        assertThatThrownBy(() -> client.threads().prune(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.threads().prune(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void asyncViewCompletesOffTheIoThreadAndFailsTyped() throws Exception {
        wm.stubFor(get(urlEqualTo("/threads/t1")).willReturn(okJson(THREAD)));
        wm.stubFor(get(urlEqualTo("/threads/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Thread with ID gone not found")));

        String[] completedOn = new String[1];
        Thread t = client.async().threads().get("t1").thenApply(x -> {
            completedOn[0] = java.lang.Thread.currentThread().getName();
            return x;
        }).get();

        assertThat(t.threadId()).isEqualTo("t1");
        assertThat(completedOn[0]).startsWith("langgraph-sdk-async-");
        assertThatThrownBy(() -> client.async().threads().get("gone").join())
                .hasCauseInstanceOf(NotFoundException.class);
    }
}
