package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quickstart flow through the SDK client (HttpClient 5 transport found on the class path). */
class SdkClientTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

    @Test
    void quickstartFlow() {
        try (LangGraphClient client = server.client()) {
            Thread thread = client.threads().create();
            StringBuilder answer = new StringBuilder();
            RunParams params = RunParams.builder()
                    .input(Map.of("messages", List.of(Map.of("role", "user", "content", "hello testkit"))))
                    .streamMode(StreamMode.MESSAGES_TUPLE).build();
            try (RunStream stream = client.runs().stream(thread.threadId(), "echo", params)) {
                for (StreamPart part : stream) {
                    if (part.event().equals("messages")) {
                        answer.append(((Map<?, ?>) ((List<?>) part.data()).get(0)).get("content"));
                    }
                }
            }
            assertThat(answer.toString()).isEqualTo("echo: hello testkit");

            Thread approval = client.threads().create();
            Object interrupted = client.runs().wait(approval.threadId(), "interrupt",
                    RunParams.builder().input(Map.of("topic", "the release")).build());
            assertThat(Http.object(interrupted)).containsKey("__interrupt__");
            assertThat(client.threads().get(approval.threadId()).status()).isEqualTo(ThreadStatus.INTERRUPTED);
            Object done = client.runs().wait(approval.threadId(), "interrupt",
                    RunParams.builder().command(Command.resume("yes")).build());
            assertThat(Http.object(done)).containsEntry("answer", "yes").containsEntry("done", true);
            assertThat(client.threads().getState(approval.threadId()).next()).isEmpty();

            client.store().putItem(List.of("users", "ann"), "prefs", Map.of("theme", "dark"));
            assertThat(client.store().getItem(List.of("users", "ann"), "prefs").value())
                    .isEqualTo(Map.of("theme", "dark"));
        }
    }
}
