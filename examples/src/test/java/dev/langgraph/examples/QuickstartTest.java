package dev.langgraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.testkit.FakeLangGraphServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void theQuickstartRunsOnTheFakeServer() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (FakeLangGraphServer server = FakeLangGraphServer.builder().referenceGraphs().start();
                LangGraphClient client = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().build()) {
            Map<String, Object> state = Quickstart.run(client, new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(state).containsEntry("answer", "yes").containsEntry("done", true);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("updates {add_a=").contains("echo streamed: echo: hello from Java")
                .contains("__interrupt__");
    }
}
