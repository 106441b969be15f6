package dev.langgraph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.errors.LangGraphException;
import dev.langgraph.client.testing.JdkTestTransport;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigurationTest extends WireMockSupport {

    private static final String ASSISTANT = "{\"assistant_id\":\"a1\",\"graph_id\":\"echo\"}";

    private LangGraphClient clientWithEnv(Map<String, String> env) {
        return LangGraphClient.builder().environment(env::get).baseUrl(wm.baseUrl() + "/")
                .transport(new JdkTestTransport()).build();
    }

    @Test
    void apiKeyComesFromTheFirstVariableSetWithQuotesStripped() {
        wm.stubFor(get("/assistants/a1").willReturn(okJson(ASSISTANT)));

        try (LangGraphClient c = clientWithEnv(Map.of("LANGSMITH_API_KEY", " \"ls-key\" ", "LANGCHAIN_API_KEY", "lc"))) {
            c.assistants().get("a1");
        }
        try (LangGraphClient c = clientWithEnv(Map.of("LANGGRAPH_API_KEY", "'lg-key'", "LANGSMITH_API_KEY", "ls"))) {
            c.assistants().get("a1");
        }

        wm.verify(getRequestedFor(urlEqualTo("/assistants/a1")).withHeader("x-api-key", equalTo("ls-key")));
        wm.verify(getRequestedFor(urlEqualTo("/assistants/a1")).withHeader("x-api-key", equalTo("lg-key")));
    }

    @Test
    void explicitKeyWinsAndNoApiKeySendsNone() {
        wm.stubFor(get("/assistants/a1").willReturn(okJson(ASSISTANT)));
        Map<String, String> env = Map.of("LANGGRAPH_API_KEY", "from-env");

        try (LangGraphClient c = LangGraphClient.builder().environment(env::get).baseUrl(wm.baseUrl())
                .transport(new JdkTestTransport()).apiKey("explicit").build()) {
            c.assistants().get("a1");
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/a1")).withHeader("x-api-key", equalTo("explicit")));

        wm.resetRequests();
        try (LangGraphClient c = LangGraphClient.builder().environment(env::get).baseUrl(wm.baseUrl())
                .transport(new JdkTestTransport()).noApiKey().build()) {
            c.assistants().get("a1");
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/a1")).withHeader("x-api-key", absent()));
    }

    @Test
    void defaultHeadersAreSentAndTheApiKeyHeaderIsReserved() {
        wm.stubFor(get("/assistants/a1").willReturn(okJson(ASSISTANT)));

        try (LangGraphClient c = clientBuilder().header("X-Tenant", "t1").build()) {
            c.assistants().get("a1", RequestOptions.builder().header("X-Tenant", "t2").build());
            c.assistants().get("a1");
        }

        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/a1")).withHeader("X-Tenant", equalTo("t2")));
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/a1")).withHeader("X-Tenant", equalTo("t1")));
        assertThatThrownBy(() -> LangGraphClient.builder().header("X-API-Key", "k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-api-key");
        assertThatThrownBy(() -> RequestOptions.builder().header("x-api-key", "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangGraphClient.builder().header("X-Evil", "a\r\nInjected: yes"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseUrlIsValidated() {
        assertThatThrownBy(() -> LangGraphClient.builder().baseUrl("ftp://x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangGraphClient.builder().baseUrl("localhost:2024"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangGraphClient.builder().baseUrl("http://h/?q=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LangGraphClient.builder().baseUrl(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void baseUrlFromTheEnvironmentKeepsAPathPrefix() {
        wm.stubFor(get("/prefix/assistants/a1").willReturn(okJson(ASSISTANT)));

        try (LangGraphClient c = LangGraphClient.builder()
                .environment(Map.of("LANGGRAPH_API_URL", wm.baseUrl() + "/prefix/")::get)
                .fromEnv().transport(new JdkTestTransport()).build()) {
            assertThat(c.assistants().get("a1").assistantId()).isEqualTo("a1");
        }
    }

    @Test
    void withoutAnyTransportTheErrorNamesBothArtifacts() {
        assertThatThrownBy(() -> LangGraphClient.builder().environment(k -> null).build())
                .isInstanceOf(LangGraphException.class)
                .hasMessageContaining("langgraph-transport-httpclient5")
                .hasMessageContaining("langgraph-transport-vertx");
    }

    @Test
    void syncAndAsyncViewsShareOneClient() {
        assertThat(client.async().sync()).isSameAs(client);
        assertThat(client.async().assistants()).isNotNull();
    }
}
