package dev.langgraph.client.crons;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.Durability;
import dev.langgraph.client.common.MultitaskStrategy;
import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.InternalServerException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.testing.WireMockSupport;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CronsClientTest extends WireMockSupport {

    private static final String CRON = """
            {"cron_id":"c1","assistant_id":"a1","thread_id":null,"on_run_completed":"delete",
             "end_time":"2026-12-31T23:59:00Z","schedule":"0 9 * * 1-5","timezone":"Europe/Paris",
             "created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z",
             "payload":{"input":{"n":1}},"user_id":null,"next_run_date":"2026-11-02T08:00:00Z",
             "metadata":{"team":"x"},"enabled":true}""";

    private static final Instant END = Instant.parse("2026-12-31T23:59:00Z");

    @Test
    void createSendsEverySetFieldInItsWireFormatAndParsesTheCron() {
        wm.stubFor(post("/runs/crons").willReturn(okJson(CRON)));

        Cron cron = client.crons().create("a1", CronParams.builder("0 9 * * 1-5")
                .input(Map.of("n", 1))
                .metadata(Map.of("team", "x"))
                .config(Config.builder().recursionLimit(5).build())
                .context(Map.of("model", "m"))
                .interruptBefore(List.of("tools"))
                .interruptAfterAll()
                .webhook("https://example.com/hook")
                .multitaskStrategy(MultitaskStrategy.ENQUEUE)
                .endTime(END)
                .enabled(true)
                .timezone("Europe/Paris")
                .streamMode(StreamMode.VALUES, StreamMode.UPDATES)
                .streamSubgraphs(true)
                .streamResumable(false)
                .durability(Durability.ASYNC)
                .onRunCompleted(OnCompletionBehavior.DELETE)
                .build());

        assertThat(cron.cronId()).isEqualTo("c1");
        assertThat(cron.endTime()).isEqualTo(END);
        assertThat(cron.onRunCompleted()).isEqualTo(OnCompletionBehavior.DELETE);
        assertThat(cron.enabled()).isTrue();
        wm.verify(postRequestedFor(urlEqualTo("/runs/crons")).withRequestBody(equalToJson("""
                {"assistant_id":"a1","schedule":"0 9 * * 1-5","input":{"n":1},"metadata":{"team":"x"},
                 "config":{"recursion_limit":5},"context":{"model":"m"},"interrupt_before":["tools"],
                 "interrupt_after":"*","webhook":"https://example.com/hook","multitask_strategy":"enqueue",
                 "end_time":"2026-12-31T23:59:00Z","enabled":true,"timezone":"Europe/Paris",
                 "stream_mode":["values","updates"],"stream_subgraphs":true,"stream_resumable":false,
                 "durability":"async","on_run_completed":"delete"}""")));
    }

    @Test
    void createSendsOnlyScheduleAndAssistantWhenNothingElseIsSet() {
        wm.stubFor(post("/runs/crons").willReturn(okJson(CRON)));

        client.crons().create("a1", CronParams.builder("*/5 * * * *").build());

        wm.verify(postRequestedFor(urlEqualTo("/runs/crons")).withRequestBody(equalToJson("""
                {"assistant_id":"a1","schedule":"*/5 * * * *"}""")));
    }

    @Test
    void createForThreadPostsUnderTheThreadWithTheZoneIdOfAZone() {
        wm.stubFor(post("/threads/t%2F1/runs/crons").willReturn(okJson(CRON)));

        Cron cron = client.crons().createForThread("t/1", "a1", CronParams.builder("0 0 * * *")
                .timezone(ZoneId.of("America/New_York"))
                .interruptBeforeAll()
                .build());

        assertThat(cron.assistantId()).isEqualTo("a1");
        wm.verify(postRequestedFor(urlEqualTo("/threads/t%2F1/runs/crons")).withRequestBody(equalToJson("""
                {"assistant_id":"a1","schedule":"0 0 * * *","timezone":"America/New_York",
                 "interrupt_before":"*"}""")));
    }

    @Test
    void createForThreadRefusesOnRunCompletedBeforeAnyRequest() {
        CronParams params = CronParams.builder("0 0 * * *").onRunCompleted(OnCompletionBehavior.KEEP).build();

        assertThatThrownBy(() -> client.crons().createForThread("t1", "a1", params))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("onRunCompleted");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void invalidArgumentsFailBeforeAnyRequest() {
        assertThatThrownBy(() -> CronParams.builder(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronParams.builder(null).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronParams.builder("* * * * *").timezone("Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> CronUpdateParams.builder().schedule("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSearchParams.builder().limit(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSearchParams.builder().offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        CronParams ok = CronParams.builder("* * * * *").build();
        assertThatThrownBy(() -> client.crons().create(" ", ok)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.crons().createForThread(null, "a1", ok))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.crons().delete("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.crons().update(null, CronUpdateParams.builder().build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void updateSendsOnlySetFieldsAndLeavesTheEndTimeOutWhenNotSet() {
        wm.stubFor(patch(urlEqualTo("/runs/crons/c1")).willReturn(okJson(CRON)));

        Cron cron = client.crons().update("c1", CronUpdateParams.builder()
                .schedule("0 10 * * *").enabled(false).metadata(Map.of()).onRunCompleted(OnCompletionBehavior.KEEP)
                .build());

        assertThat(cron.cronId()).isEqualTo("c1");
        wm.verify(patchRequestedFor(urlEqualTo("/runs/crons/c1")).withRequestBody(equalToJson("""
                {"schedule":"0 10 * * *","enabled":false,"metadata":{},"on_run_completed":"keep"}""")));
    }

    @Test
    void updateSendsANewEndTimeOrAnExplicitNullToClearIt() {
        wm.stubFor(patch(urlEqualTo("/runs/crons/c1")).willReturn(okJson(CRON)));

        client.crons().update("c1", CronUpdateParams.builder().endTime(END).build());
        client.crons().update("c1", CronUpdateParams.builder().endTime(END).clearEndTime().build());
        client.crons().update("c1", CronUpdateParams.builder().clearEndTime().endTime(END).build());

        wm.verify(2, patchRequestedFor(urlEqualTo("/runs/crons/c1"))
                .withRequestBody(equalToJson("{\"end_time\":\"2026-12-31T23:59:00Z\"}")));
        wm.verify(1, patchRequestedFor(urlEqualTo("/runs/crons/c1"))
                .withRequestBody(equalToJson("{\"end_time\":null}")));
        assertThat(CronUpdateParams.builder().clearEndTime().build().clearEndTime()).isTrue();
        assertThat(CronUpdateParams.builder().build().clearEndTime()).isFalse();
    }

    @Test
    void updateWithNothingSetSendsAnEmptyObject() {
        wm.stubFor(patch(urlEqualTo("/runs/crons/c1")).willReturn(okJson(CRON)));

        client.crons().update("c1", CronUpdateParams.builder().build());

        wm.verify(patchRequestedFor(urlEqualTo("/runs/crons/c1")).withRequestBody(equalToJson("{}")));
    }

    @Test
    void deleteEncodesTheCronId() {
        wm.stubFor(delete(urlEqualTo("/runs/crons/c%201")).willReturn(aResponse().withStatus(204)));

        client.crons().delete("c 1");

        wm.verify(deleteRequestedFor(urlEqualTo("/runs/crons/c%201")));
    }

    @Test
    void searchSendsDefaultPagingAndOnlyTheFiltersThatAreSet() {
        wm.stubFor(post("/runs/crons/search").willReturn(okJson("[" + CRON + "]")));

        List<Cron> all = client.crons().search();
        List<Cron> some = client.crons().search(CronSearchParams.builder()
                .assistantId("a1").threadId("t1").enabled(false).metadata(Map.of("team", "x"))
                .limit(5).offset(10).sortBy(CronSortBy.NEXT_RUN_DATE).sortOrder(SortOrder.ASC)
                .select(List.of(CronSelectField.CRON_ID, CronSelectField.SCHEDULE)).build());

        assertThat(all).extracting(Cron::cronId).containsExactly("c1");
        assertThat(some).hasSize(1);
        wm.verify(postRequestedFor(urlEqualTo("/runs/crons/search"))
                .withRequestBody(equalToJson("{\"limit\":10,\"offset\":0}")));
        wm.verify(postRequestedFor(urlEqualTo("/runs/crons/search")).withRequestBody(equalToJson("""
                {"assistant_id":"a1","thread_id":"t1","enabled":false,"metadata":{"team":"x"},"limit":5,
                 "offset":10,"sort_by":"next_run_date","sort_order":"asc","select":["cron_id","schedule"]}""")));
    }

    @Test
    void countSendsTheSetFiltersAndReadsABareNumber() {
        wm.stubFor(post("/runs/crons/count").willReturn(okJson("3")));

        assertThat(client.crons().count()).isEqualTo(3);
        assertThat(client.crons().count("a1", null, Map.of("team", "x"))).isEqualTo(3);

        wm.verify(postRequestedFor(urlEqualTo("/runs/crons/count")).withRequestBody(equalToJson("{}")));
        wm.verify(postRequestedFor(urlEqualTo("/runs/crons/count"))
                .withRequestBody(equalToJson("{\"assistant_id\":\"a1\",\"metadata\":{\"team\":\"x\"}}")));
    }

    @Test
    void aServerWithoutCronsGivesATypedErrorWithItsPlainTextDetail() {
        wm.stubFor(post("/runs/crons").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Not implemented")));

        assertThatThrownBy(() -> client.crons().create("a1", CronParams.builder("* * * * *").build()))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.detail()).isEqualTo("Not implemented");
                    assertThat(e.bodyText()).isEqualTo("Not implemented");
                });
        wm.verify(1, postRequestedFor(urlEqualTo("/runs/crons")));
    }

    @Test
    void perCallOptionsAreSent() {
        wm.stubFor(post("/runs/crons/count").willReturn(okJson("0")));

        client.crons().count(null, "t1", null, RequestOptions.builder().header("X-Trace", "1").build());

        wm.verify(postRequestedFor(urlEqualTo("/runs/crons/count"))
                .withHeader("X-Trace", com.github.tomakehurst.wiremock.client.WireMock.equalTo("1"))
                .withRequestBody(equalToJson("{\"thread_id\":\"t1\"}")));
    }

    @Test
    void asyncViewCreatesAndFailsWithTypedErrors() {
        wm.stubFor(post("/runs/crons").willReturn(okJson(CRON)));
        wm.stubFor(patch(urlEqualTo("/runs/crons/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/plain").withBody("404 Not Found")));

        Cron cron = client.async().crons().create("a1", CronParams.builder("* * * * *").build()).join();

        assertThat(cron.cronId()).isEqualTo("c1");
        assertThatThrownBy(() -> client.async().crons()
                .update("missing", CronUpdateParams.builder().clearEndTime().build()).join())
                .hasCauseInstanceOf(NotFoundException.class);
        wm.verify(patchRequestedFor(urlEqualTo("/runs/crons/missing"))
                .withRequestBody(equalToJson("{\"end_time\":null}")));
    }
}
