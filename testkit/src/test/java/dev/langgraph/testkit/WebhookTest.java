package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhooks: the run is POSTed to its {@code webhook} when it ends. */
class WebhookTest {

    @RegisterExtension
    static LangGraphServerExtension extension = LangGraphServerExtension.newInstance().build();
    static HttpServer receiver;
    static final BlockingQueue<Map<String, Object>> RECEIVED = new LinkedBlockingQueue<>();
    final FakeLangGraphServer server = extension.server();
    final Http http = new Http(server.baseUrl());

    /** Starts the second server that receives the webhooks. */
    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            RECEIVED.add(Http.object(Http.JSON.readValue(exchange.getRequestBody().readAllBytes(), Object.class)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
    }

    static String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    static Map<String, Object> next() throws InterruptedException {
        Map<String, Object> payload = RECEIVED.poll(10, TimeUnit.SECONDS);
        assertThat(payload).as("webhook call").isNotNull();
        return payload;
    }

    @Test
    void postsTheRunWithItsOutcomeAndValues() throws InterruptedException {
        String tid = http.newThread();
        Http.Resp done = http.post("/threads/" + tid + "/runs/wait", Map.of("assistant_id", "counter",
                "input", Map.of("count", 1), "webhook", hook()));
        Map<String, Object> payload = next();
        assertThat(payload.get("run_id")).isEqualTo(done.header("Content-Location").replaceAll(".*/", ""));
        assertThat(payload).containsEntry("thread_id", tid).containsEntry("status", "success")
                .containsEntry("values", done.map()).containsKeys("run_started_at", "run_ended_at",
                        "webhook_sent_at", "kwargs", "metadata", "created_at")
                .doesNotContainKey("error");
        assertThat(((Map<?, ?>) payload.get("kwargs")).get("webhook")).isEqualTo(hook());

        http.post("/runs/wait", Map.of("assistant_id", "fail", "input", Map.of(), "webhook", hook()));
        Map<String, Object> failed = next();
        assertThat(failed).containsEntry("status", "error").containsEntry("error", "peer graph failed on purpose");
        assertThat(failed.get("values")).isEqualTo(Map.of("visited", List.of("ok")));
    }

    @Test
    void aPathWebhookCallsTheServerItself() throws InterruptedException {
        http.post("/runs/wait", Map.of("assistant_id", "counter", "input", Map.of(), "webhook", "/hooks/done"));
        RecordedRequest call;
        do {
            call = server.takeRequest(Duration.ofSeconds(10));
        } while (call != null && !call.path().equals("/hooks/done"));
        assertThat(call).isNotNull();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.header("content-type")).isEqualTo("application/json");
        assertThat(call.bodyAsString()).contains("\"status\":\"success\"");
        assertThat(http.post("/runs/wait", Map.of("assistant_id", "counter", "webhook", "ftp://x")).status())
                .isEqualTo(422);
    }
}
