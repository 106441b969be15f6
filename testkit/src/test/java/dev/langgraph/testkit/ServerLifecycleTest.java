package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.testkit.graph.ReferenceGraphs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

    @Test
    void startsOnAFreeLoopbackPortAndAnswersQuickly() {
        long t0 = System.nanoTime();
        try (FakeLangGraphServer server = FakeLangGraphServer.create().start()) {
            Http.Resp ok = new Http(server.baseUrl()).get("/ok");
            long millis = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("[testkit] start-to-first-response: " + millis + " ms");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.map()).isEqualTo(Map.of("ok", true));
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(server.port()).isPositive();
            assertThat(server.isRunning()).isTrue();
        }
    }

    @Test
    void lifecycleErrorsAreExplicit() {
        FakeLangGraphServer server = FakeLangGraphServer.create();
        assertThatThrownBy(server::baseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
        server.start();
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        server.close();
        server.close();
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void builderValidatesItsInput() {
        FakeLangGraphServer.Builder b = FakeLangGraphServer.builder();
        assertThatThrownBy(() -> b.port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.defaultMultitaskStrategy("later")).isInstanceOf(IllegalArgumentException.class);
        b.graph("echo", ReferenceGraphs.echo());
        assertThatThrownBy(() -> b.graph("echo", ReferenceGraphs.echo())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(b::referenceGraphs).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void systemAssistantIdsAreUuid5OfTheGraphIdAsOnTheRealServers() {
        FakeLangGraphServer server = FakeLangGraphServer.create();
        assertThat(server.graphIds()).containsExactly("echo", "counter", "interrupt", "slow", "fail", "subgraph",
                "custom");
        assertThat(server.assistantId("echo")).isEqualTo("046b5dc7-2108-582c-9c6c-31d556d138f0");
        assertThat(server.assistantId("counter")).isEqualTo("09d6caf4-2ef3-5a8b-b1a7-114690ed5d45");
        assertThat(server.assistantId("subgraph")).isEqualTo("22e3354e-e6ec-5d11-8579-a7f4019b0f8b");
        assertThatThrownBy(() -> server.assistantId("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void metaRoutesAndUnknownRoutes() {
        try (FakeLangGraphServer server = FakeLangGraphServer.create().start()) {
            Http http = new Http(server.baseUrl());
            Http.Resp info = http.get("/info");
            assertThat(info.status()).isEqualTo(200);
            assertThat(info.map()).containsKeys("version", "flags");
            Http.Resp unknown = http.get("/nope");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.map()).isEqualTo(Map.of("detail", "Not Found"));
            Http.Resp wrongMethod = http.send("PUT", "/threads", Map.of());
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.detail()).isEqualTo("Method Not Allowed");
        }
    }

    @Test
    void givenPortIsUsed() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (FakeLangGraphServer server = FakeLangGraphServer.builder().port(port).start()) {
            assertThat(server.port()).isEqualTo(port);
        }
    }
}
