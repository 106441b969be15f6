package com.example.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.testkit.LangGraphServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a user's unit test looks like: the testkit's fake server, the SDK found by dependency alone. */
class ApprovalFlowTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

    @Test
    void streamsARunAndAnswersItsInterrupt() {
        try (LangGraphClient client = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().build()) {
            assertTrue(client.toString().contains(System.getProperty("expected.transport")), client.toString());
            String threadId = client.threads().create().threadId();

            List<StreamPart> interrupts = new ArrayList<>();
            try (RunStream stream = client.runs().stream(threadId, "interrupt", RunParams.builder()
                    .input(Map.of("topic", "the release")).streamMode(StreamMode.UPDATES).build())) {
                for (StreamPart part : stream) {
                    if (!part.interrupts().isEmpty()) {
                        interrupts.add(part);
                    }
                }
            }
            assertFalse(interrupts.isEmpty(), "the graph asked a question");
            assertEquals("interrupted", client.threads().get(threadId).status().value());

            Object result = client.runs().wait(threadId, "interrupt",
                    RunParams.builder().command(Command.resume("yes")).build());
            assertEquals("yes", ((Map<?, ?>) result).get("answer"));
            assertEquals("idle", client.threads().get(threadId).status().value());
        }
    }
}
