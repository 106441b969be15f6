package dev.langgraph.client.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** wait and join: keep-alive bodies, {@code __error__} results, Content-Location. */
class RunsWaitTest extends WireMockSupport {

    /** As the JS server sends it: text/plain, keep-alive newlines, then the JSON. */
    private static ResponseDefinitionBuilder waitBody(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain; charset=UTF-8")
                .withBody("\n\n" + json);
    }

    /** The JS server's failed-run result (sample 30): its message is itself the JSON of the graph's error. */
    private static final String FAILED = new String(RunsStreamTest.resource("30-wait-error.json"),
            java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void waitSkipsKeepAlivesOfATextPlainBodyAndReturnsTheState() {
        wm.stubFor(post("/runs/wait").willReturn(waitBody("{\"count\":4,\"visited\":[\"add_a\"]}")
                .withHeader("Content-Location", "/runs/r9")));
        List<RunCreateMetadata> seen = new ArrayList<>();

        Object state = client.runs().wait(null, "counter", RunParams.builder().input(Map.of("count", 1))
                .onRunCreated(seen::add).build());

        assertThat(state).isEqualTo(Map.of("count", 4, "visited", List.of("add_a")));
        assertThat(seen).containsExactly(new RunCreateMetadata("r9", null));
        wm.verify(postRequestedFor(urlEqualTo("/runs/wait"))
                .withRequestBody(equalToJson("{\"assistant_id\":\"counter\",\"input\":{\"count\":1}}")));
    }

    @Test
    void waitReturnsNullAndListsAsTheyCome() {
        wm.stubFor(post("/runs/wait").willReturn(waitBody("null")));
        wm.stubFor(post("/threads/t1/runs/wait").willReturn(waitBody("[{\"a\":1}]")));

        assertThat(client.runs().wait(null, "counter")).isNull();
        assertThat(client.runs().wait("t1", "counter")).isEqualTo(List.of(Map.of("a", 1)));
    }

    @Test
    void waitThrowsRunFailedWithTheUnwrappedJsMessage() {
        wm.stubFor(post("/runs/wait").willReturn(waitBody(FAILED)));

        assertThatThrownBy(() -> client.runs().wait(null, "fail"))
                .isInstanceOfSatisfying(RunFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("PeerGraphError");
                    assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                    assertThat(e.getMessage()).isEqualTo("PeerGraphError: peer graph failed on purpose");
                });
    }

    @Test
    void waitWithRaiseErrorOffReturnsTheErrorMap() {
        wm.stubFor(post("/runs/wait").willReturn(waitBody(FAILED)));

        Object result = client.runs().wait(null, "fail", null, false, RequestOptions.none());

        assertThat(result).isInstanceOfSatisfying(Map.class, m -> assertThat(m).containsKey("__error__"));
    }

    @Test
    void joinReturnsTheStateOrThrowsUnlessAskedNotTo() {
        wm.stubFor(get("/threads/t1/runs/r1/join").willReturn(waitBody("{\"count\":3}")));
        wm.stubFor(get("/threads/t1/runs/r2/join").willReturn(waitBody(FAILED)));

        assertThat(client.runs().join("t1", "r1")).isEqualTo(Map.of("count", 3));
        assertThatThrownBy(() -> client.runs().join("t1", "r2")).isInstanceOf(RunFailedException.class);
        assertThat(client.runs().join("t1", "r2", false, RequestOptions.none()))
                .isInstanceOfSatisfying(Map.class, m -> assertThat(m).containsKey("__error__"));
        wm.verify(getRequestedFor(urlEqualTo("/threads/t1/runs/r1/join")));
    }

    @Test
    void asyncWaitFailsItsFutureWithRunFailed() throws Exception {
        wm.stubFor(post("/runs/wait").willReturn(waitBody(FAILED)));
        wm.stubFor(post("/threads/t1/runs/wait").willReturn(waitBody("{\"ok\":true}")));

        Object ok = client.async().runs().wait("t1", "a1").get(10, TimeUnit.SECONDS);

        assertThat(ok).isEqualTo(Map.of("ok", true));
        assertThat(client.async().runs().wait(null, "fail"))
                .failsWithin(10, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(RunFailedException.class);
    }
}
