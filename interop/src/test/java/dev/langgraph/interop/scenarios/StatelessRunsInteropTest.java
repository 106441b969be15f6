package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs without a thread ({@code /runs/...}): the server makes a temporary thread for each. */
class StatelessRunsInteropTest extends RunScenario {


    StatelessRunsInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void statelessStreamHasNoEventIds() {
        AtomicReference<RunCreateMetadata> created = new AtomicReference<>();
        List<StreamPart> parts;
        RunCreateMetadata ids;
        String lastEventId;
        try (RunStream stream = client.runs().stream(null, "echo", RunParams.builder()
                .input(Map.of("messages", List.of(Map.of("type", "human", "content", "stateless hello"))))
                .streamMode(StreamMode.VALUES, StreamMode.MESSAGES_TUPLE)
                .onRunCreated(created::set)
                .build())) {
            ids = stream.runMetadata();
            parts = readAll(stream);
            lastEventId = stream.lastEventId();
        }

        // Content-Location: /runs/{run_id}, so there is no thread id.
        assertThat(ids.runId()).isNotBlank();
        assertThat(ids.threadId()).isNull();
        assertThat(created.get()).isEqualTo(ids);

        assertThat(parts.get(0).event()).isEqualTo("metadata");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", ids.runId());
        // JS server: stateless streams send no "id:" lines.
        assertThat(parts).extracting(StreamPart::id).containsOnlyNulls();
        assertThat(lastEventId).isNull();

        String reply = parts.stream().filter(p -> p.event().equals("messages"))
                .map(p -> String.valueOf(((Map<?, ?>) ((List<?>) p.data()).get(0)).get("content")))
                .collect(Collectors.joining());
        assertThat(reply).isEqualTo("echo: stateless hello");
        List<?> messages = (List<?>) parts.get(parts.size() - 1).dataAsMap().get("messages");
        assertThat(messages).hasSize(2);
    }

    @Test
    void statelessStreamOfAFailingGraphThrowsStreamErrorException() {
        try (RunStream stream = client.runs().stream(null, "fail", RunParams.builder().input(Map.of()).build())) {
            assertThatThrownBy(() -> readAll(stream))
                    .isInstanceOfSatisfying(StreamErrorException.class, e -> {
                        assertThat(e.error()).isEqualTo("PeerGraphError");
                        assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                    });
        }
    }

    @Test
    void statelessWaitReturnsTheFinalValues() {
        Object result = client.runs().wait(null, "counter", RunParams.builder().input(Map.of("count", 1)).build());

        assertThat(result).isEqualTo(Map.of("count", 4, "step", 1, "visited", List.of("add_a", "add_b", "add_c")));
    }

    @Test
    void statelessWaitOfAFailingGraphThrowsRunFailedException() {
        assertThatThrownBy(() -> client.runs().wait(null, "fail", RunParams.builder().input(Map.of()).build()))
                .isInstanceOfSatisfying(RunFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("PeerGraphError");
                    assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                });
    }

    @Test
    void statelessBackgroundRunCanBeJoinedByRunId() {
        String marker = UUID.randomUUID().toString();
        AtomicReference<RunCreateMetadata> created = new AtomicReference<>();

        Run run = client.runs().create(null, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 500))
                .metadata(Map.of("marker", marker))
                .streamMode(StreamMode.UPDATES)
                .onRunCreated(created::set)
                .build());

        assertThat(run.status()).isEqualTo(RunStatus.PENDING);
        assertThat(run.metadata()).containsEntry("marker", marker);
        // The response names the temporary thread; Content-Location (/runs/{id}) does not.
        assertThat(run.threadId()).isNotBlank();
        assertThat(created.get()).isEqualTo(new RunCreateMetadata(run.runId(), null));

        // GET /runs/{run_id}/stream: a route of the JS server only. The first reader gets every event.
        List<StreamPart> parts;
        try (RunStream stream = client.runs().joinStream(null, run.runId())) {
            parts = readAll(stream);
        }
        if (Divergence.JOIN_SEES_FUTURE_EVENTS.pythonSideOn(server)) {
            // Only what is published after the join (maybe not the metadata event); stateless events have no ids.
            List<StreamPart> updates = parts.stream().filter(p -> !p.event().equals("metadata")).toList();
            assertThat(updates).extracting(StreamPart::event).containsExactly("updates", "updates", "updates");
            assertThat(parts).extracting(StreamPart::id).containsOnlyNulls();
            assertThat(updates.get(2).dataAsMap()).isEqualTo(Map.of("slow_3", Map.of("visited", List.of("slow_3"))));
            return;
        }
        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2", "3");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", run.runId());
        assertThat(parts.get(3).dataAsMap()).isEqualTo(Map.of("slow_3", Map.of("visited", List.of("slow_3"))));
    }

    private static List<StreamPart> readAll(RunStream stream) {
        List<StreamPart> parts = new ArrayList<>();
        stream.forEach(parts::add);
        return parts;
    }
}
