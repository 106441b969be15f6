package dev.langgraph.client.assistants;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.GraphSchema;
import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssistantsClientTest extends WireMockSupport {

    private static final String ASSISTANT = """
            {"assistant_id":"a1","graph_id":"echo","config":{"configurable":{"k":1}},"context":{},
             "created_at":"2026-11-01T10:00:00.123Z","updated_at":"2026-11-01T10:00:00.123Z",
             "metadata":{"created_by":"system"},"version":1,"name":"echo","description":null,"future":"kept"}""";

    @Test
    void getParsesTheAssistantAndKeepsUnknownFields() {
        wm.stubFor(get("/assistants/a1").willReturn(okJson(ASSISTANT)));

        Assistant a = client.assistants().get("a1");

        assertThat(a.assistantId()).isEqualTo("a1");
        assertThat(a.graphId()).isEqualTo("echo");
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.config().configurable()).containsEntry("k", 1);
        assertThat(a.toMap()).containsEntry("future", "kept");
        wm.verify(getRequestedFor(urlEqualTo("/assistants/a1"))
                .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "langgraph-sdk-java/.+")));
    }

    @Test
    void idsArePercentEncodedSoTheyCannotReachAnotherRoute() {
        wm.stubFor(get(urlEqualTo("/assistants/a%2F..%2Fthreads")).willReturn(okJson(ASSISTANT)));
        wm.stubFor(get(urlEqualTo("/assistants/%2E%2E")).willReturn(okJson(ASSISTANT)));

        client.assistants().get("a/../threads");
        client.assistants().get("..");

        wm.verify(getRequestedFor(urlEqualTo("/assistants/a%2F..%2Fthreads")));
        wm.verify(getRequestedFor(urlEqualTo("/assistants/%2E%2E")));
    }

    @Test
    void blankIdsFailBeforeAnyRequest() {
        assertThatThrownBy(() -> client.assistants().get(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.assistants().get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void createSendsOnlyTruthyFields() {
        wm.stubFor(post("/assistants").willReturn(okJson(ASSISTANT)));

        client.assistants().create(AssistantCreateParams.builder("echo")
                .name("mine")
                .metadata(Map.of("owner", "me"))
                .config(Config.builder().recursionLimit(5).build())
                .ifExists(OnConflictBehavior.DO_NOTHING)
                .context(Map.of())
                .build());

        wm.verify(postRequestedFor(urlEqualTo("/assistants")).withRequestBody(equalToJson("""
                {"graph_id":"echo","name":"mine","metadata":{"owner":"me"},
                 "config":{"recursion_limit":5},"if_exists":"do_nothing"}""")));
    }

    @Test
    void createConflictIsTyped() {
        wm.stubFor(post("/assistants").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Assistant already exists")));

        assertThatThrownBy(() -> client.assistants().create(AssistantCreateParams.builder("echo").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.detail()).isEqualTo("Assistant already exists");
                });
    }

    @Test
    void updateCanResetConfigAndContext() {
        wm.stubFor(patch(urlEqualTo("/assistants/a1")).willReturn(okJson(ASSISTANT)));

        client.assistants().update("a1", AssistantUpdateParams.builder()
                .config(Config.builder().build()).context(Map.of()).name("n").build());

        wm.verify(patchRequestedFor(urlEqualTo("/assistants/a1"))
                .withRequestBody(equalToJson("{\"config\":{},\"context\":{},\"name\":\"n\"}")));
    }

    @Test
    void deleteSendsDeleteThreadsOnlyWhenAsked() {
        wm.stubFor(delete(urlPathEqualTo("/assistants/a1")).willReturn(okJson("[\"a1\"]")));

        client.assistants().delete("a1");
        client.assistants().delete("a1", true, RequestOptions.none());

        wm.verify(deleteRequestedFor(urlEqualTo("/assistants/a1")));
        wm.verify(deleteRequestedFor(urlEqualTo("/assistants/a1?delete_threads=true")));
    }

    @Test
    void searchSendsPagingAndFiltersAndReadsTheNextPageHeader() {
        wm.stubFor(post("/assistants/search").willReturn(okJson("[" + ASSISTANT + "]")
                .withHeader("X-Pagination-Next", "2")));
        AssistantSearchParams params = AssistantSearchParams.builder().graphId("echo").limit(2)
                .sortBy(AssistantSortBy.CREATED_AT).sortOrder(SortOrder.DESC)
                .select(List.of(AssistantSelectField.ASSISTANT_ID)).build();

        List<Assistant> list = client.assistants().search(params);
        AssistantsPage page = client.assistants().searchPage(params, RequestOptions.none());

        assertThat(list).extracting(Assistant::assistantId).containsExactly("a1");
        assertThat(page.next()).isEqualTo("2");
        wm.verify(2, postRequestedFor(urlEqualTo("/assistants/search")).withRequestBody(equalToJson("""
                {"limit":2,"offset":0,"graph_id":"echo","sort_by":"created_at","sort_order":"desc",
                 "select":["assistant_id"]}""")));
    }

    @Test
    void countReadsABareNumber() {
        wm.stubFor(post("/assistants/count").willReturn(okJson("7")));

        assertThat(client.assistants().count(AssistantCountParams.ofGraph("echo"), RequestOptions.none()))
                .isEqualTo(7);
        wm.verify(postRequestedFor(urlEqualTo("/assistants/count"))
                .withRequestBody(equalToJson("{\"graph_id\":\"echo\"}")));
    }

    @Test
    void graphSchemasSubgraphsVersionsAndLatest() {
        wm.stubFor(get(urlEqualTo("/assistants/a1/graph?xray=true"))
                .willReturn(okJson("{\"nodes\":[{\"id\":\"__start__\",\"type\":\"schema\"}],\"edges\":[]}")));
        wm.stubFor(get(urlEqualTo("/assistants/a1/schemas"))
                .willReturn(okJson("{\"graph_id\":\"echo\",\"input_schema\":{\"type\":\"object\"}}")));
        wm.stubFor(get(urlEqualTo("/assistants/a1/subgraphs/inner?recurse=true"))
                .willReturn(okJson("{\"inner\":{\"graph_id\":\"inner\"}}")));
        wm.stubFor(post("/assistants/a1/versions").willReturn(okJson("[" + ASSISTANT + "]")));
        wm.stubFor(post("/assistants/a1/latest").willReturn(okJson(ASSISTANT)));

        assertThat(client.assistants().getGraph("a1", -1, RequestOptions.none()).nodes()).hasSize(1);
        assertThat(client.assistants().getSchemas("a1").graphId()).isEqualTo("echo");
        Map<String, GraphSchema> subgraphs =
                client.assistants().getSubgraphs("a1", "inner", true, RequestOptions.none());
        assertThat(subgraphs.get("inner").graphId()).isEqualTo("inner");
        assertThat(client.assistants().getVersions("a1", null, 5, 1, RequestOptions.none())).hasSize(1);
        assertThat(client.assistants().setLatest("a1", 1, RequestOptions.none()).version()).isEqualTo(1);

        wm.verify(postRequestedFor(urlEqualTo("/assistants/a1/versions"))
                .withRequestBody(equalToJson("{\"limit\":5,\"offset\":1}")));
        wm.verify(postRequestedFor(urlEqualTo("/assistants/a1/latest"))
                .withRequestBody(equalToJson("{\"version\":1}")));
    }

    @Test
    void asyncViewGivesTheSameResultsOffTheIoThread() throws Exception {
        wm.stubFor(get("/assistants/a1").willReturn(okJson(ASSISTANT)));
        wm.stubFor(get("/assistants/missing").willReturn(aResponse().withStatus(404)
                .withBody("Assistant not found")));

        String[] thread = new String[1];
        Assistant a = client.async().assistants().get("a1")
                .thenApply(x -> {
                    thread[0] = java.lang.Thread.currentThread().getName();
                    return x;
                }).get();

        assertThat(a.assistantId()).isEqualTo("a1");
        assertThat(thread[0]).startsWith("langgraph-sdk-async-");
        assertThatThrownBy(() -> client.async().assistants().get("missing").join())
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void perCallHeadersAndQueryParamsAreSent() {
        wm.stubFor(get(urlPathEqualTo("/assistants/a1")).willReturn(okJson(ASSISTANT)));

        client.assistants().get("a1", RequestOptions.builder().header("X-Trace", "t1").queryParam("q", "a b").build());

        wm.verify(getRequestedFor(urlEqualTo("/assistants/a1?q=a%20b")).withHeader("X-Trace", equalTo("t1")));
    }
}
