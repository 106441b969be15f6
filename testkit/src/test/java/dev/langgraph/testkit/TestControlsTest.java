package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Request capture and fault injection. */
class TestControlsTest {

    /** Reset before each test: no requests recorded, no faults pending. */
    @RegisterExtension
    static LangGraphServerExtension extension = LangGraphServerExtension.newInstance().build();
    final FakeLangGraphServer server = extension.server();
    final Http http = new Http(server.baseUrl());

    @Test
    void recordsEveryRequestInOrder() throws InterruptedException {
        String tid = http.newThread();
        http.get("/threads/" + tid + "/history?limit=2", "X-Trace", "t-1");
        http.get("/nowhere");
        RecordedRequest create = server.takeRequest();
        assertThat(create.sequenceNumber()).isZero();
        assertThat(create.toString()).isEqualTo("POST /threads");
        assertThat(create.bodyAsString()).isEqualTo("{}");
        assertThat(create.header("Content-Type")).isEqualTo("application/json");
        RecordedRequest history = server.takeRequest();
        assertThat(history.path()).isEqualTo("/threads/" + tid + "/history");
        assertThat(history.query()).isEqualTo("limit=2");
        assertThat(history.target()).isEqualTo("/threads/" + tid + "/history?limit=2");
        assertThat(history.header("x-trace")).isEqualTo("t-1");
        assertThat(history.headers()).containsKey("x-trace");
        assertThat(history.body()).isEmpty();
        assertThat(server.takeRequest().path()).isEqualTo("/nowhere");
        assertThat(server.takeRequest(Duration.ofMillis(10))).isNull();
        assertThat(server.recordedRequests()).extracting(RecordedRequest::method).containsExactly("POST", "GET",
                "GET");
        assertThat(server.requestCount()).isEqualTo(3);
        server.reset();
        assertThat(server.recordedRequests()).isEmpty();
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void statusFaultsAnswerInsteadOfTheServer() {
        server.enqueueFault("/threads", Fault.status(503).retryAfter(Duration.ofMillis(1500)).times(2)
                .method("POST"));
        Http.Resp first = http.post("/threads", Map.of());
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.detail()).isEqualTo("Service Unavailable");
        assertThat(first.header("Retry-After")).isEqualTo("2");
        assertThat(http.post("/threads/count", Map.of()).json()).isEqualTo(0);
        assertThat(http.post("/threads", Map.of()).status()).isEqualTo(503);
        assertThat(http.post("/threads", Map.of()).status()).isEqualTo(200);
        assertThat(server.recordedRequests()).hasSize(4);

        server.enqueueFault("/threads/se*", Fault.status(429).detail("slow down"));
        assertThat(http.post("/threads/count", Map.of()).json()).isEqualTo(1);
        assertThat(http.post("/threads/search", Map.of()).detail()).isEqualTo("slow down");
        server.enqueueFault(Fault.status(500));
        server.clearFaults();
        assertThat(http.get("/ok").status()).isEqualTo(200);
    }

    @Test
    void theSdkRetriesInjected503s() {
        String tid = http.newThread();
        server.enqueueFault("/threads/" + tid, Fault.status(503).retryAfter(Duration.ZERO).times(2));
        try (LangGraphClient client = server.client()) {
            assertThat(client.threads().get(tid).threadId()).isEqualTo(tid);
        }
        assertThat(server.recordedRequests()).extracting(RecordedRequest::toString)
                .containsExactly("POST /threads", "GET /threads/" + tid, "GET /threads/" + tid, "GET /threads/" + tid);
    }

    @Test
    void closedConnectionsAndDelays() {
        server.enqueueFault("/assistants/**", Fault.closeConnection());
        assertThatThrownBy(() -> http.post("/assistants/search", Map.of())).isInstanceOf(UncheckedIOException.class);
        assertThat(http.post("/assistants/search", Map.of()).status()).isEqualTo(200);

        server.enqueueFault("/ok", Fault.delay(Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertThat(http.get("/ok").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void cutStreamsEndEarlyAndResumableRunsCanBeRejoined() throws IOException {
        server.enqueueFault("/threads/*/runs/stream", Fault.cutAfterEvents(2));
        String tid = http.newThread();
        HttpResponse<InputStream> r = http.open("POST", "/threads/" + tid + "/runs/stream", Map.of(
                "assistant_id", "counter", "input", Map.of("count", 0), "stream_mode", "updates",
                "stream_resumable", true));
        List<Http.Event> received = new ArrayList<>();
        Http.SseReader reader = new Http.SseReader(r.body());
        assertThatThrownBy(() -> {
            for (Http.Event e = reader.next(); e != null; e = reader.next()) {
                received.add(e);
            }
        }).isInstanceOf(UncheckedIOException.class);
        assertThat(received).extracting(Http.Event::id).containsExactly("0", "1");
        String location = r.headers().firstValue("Location").orElseThrow();
        List<Http.Event> rest = http.stream("GET", location, null, "Last-Event-ID", "1");
        assertThat(rest).extracting(Http.Event::id).containsExactly("2", "3");
        assertThat(rest.get(1).map()).containsKey("add_c");

        server.enqueueFault("/assistants/search", Fault.cutAfterBytes(10));
        HttpResponse<InputStream> cut = http.open("POST", "/assistants/search", Map.of());
        assertThatThrownBy(() -> new String(cut.body().readAllBytes(), StandardCharsets.UTF_8))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theSdkResumesAStreamCutMidway() {
        String tid = http.newThread();
        server.enqueueFault("/threads/" + tid + "/runs/stream", Fault.cutAfterEvents(3));
        List<String> updates = new ArrayList<>();
        try (LangGraphClient client = server.client();
                RunStream stream = client.runs().stream(tid, "counter", RunParams.builder()
                        .input(Map.of("count", 0)).streamMode(StreamMode.UPDATES).streamResumable(true).build())) {
            for (StreamPart part : stream) {
                updates.add(part.event());
            }
        }
        assertThat(updates).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(server.recordedRequests()).extracting(RecordedRequest::method).containsExactly("POST", "POST",
                "GET");
        assertThat(server.recordedRequests().get(2).header("Last-Event-ID")).isEqualTo("2");
    }
}
