package dev.langgraph.conformance.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.store.Item;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.testing.TestTransports;
import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.testkit.Fault;
import dev.langgraph.testkit.FakeLangGraphServer;
import dev.langgraph.testkit.LangGraphServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * User scenarios against the testkit's fake server, on the transport this execution selects
 * ({@code langgraph.test.transport}): the same scenarios pass on every transport, or a difference shows here.
 */
class FakeServerScenariosTest {

    @RegisterExtension
    static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

    private HttpTransport transport;
    private LangGraphClient client;

    @BeforeEach
    void openClient() {
        transport = TestTransports.create();
        client = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().transport(transport)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50))).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
        transport.close();
    }

    private static List<StreamPart> readAll(RunStream stream) {
        try (stream) {
            List<StreamPart> parts = new ArrayList<>();
            stream.forEach(parts::add);
            return parts;
        }
    }

    @Test
    void streamsUpdatesWithIdsAndRunMetadata() {
        String threadId = client.threads().create().threadId();

        List<String> runIds = new ArrayList<>();
        RunStream stream = client.runs().stream(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0)).streamMode(StreamMode.UPDATES).onRunCreated(m -> runIds.add(m.runId()))
                .build());
        List<StreamPart> parts = readAll(stream);

        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2", "3");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", runIds.get(0));
        assertThat(parts.get(3).dataAsMap()).containsKey("add_c");
    }

    @Test
    void answersAnInterrupt() {
        String threadId = client.threads().create().threadId();

        List<StreamPart> parts = readAll(client.runs().stream(threadId, "interrupt", RunParams.builder()
                .input(Map.of("topic", "the release")).streamMode(StreamMode.UPDATES).build()));
        assertThat(parts).anySatisfy(p -> assertThat(p.interrupts()).isNotEmpty());
        assertThat(client.threads().get(threadId).status().value()).isEqualTo("interrupted");

        Object result = client.runs().wait(threadId, "interrupt",
                RunParams.builder().command(Command.resume("yes")).build());

        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) result;
        assertThat(values).containsEntry("answer", "yes").containsEntry("done", true);
        assertThat(client.threads().get(threadId).status().value()).isEqualTo("idle");
    }

    @Test
    void aFailedRunRaisesOnWaitAndABusyThreadRejects() {
        String threadId = client.threads().create().threadId();

        assertThatThrownBy(() -> client.runs().wait(threadId, "fail",
                RunParams.builder().input(Map.of("visited", List.of())).build()))
                .isInstanceOf(RunFailedException.class)
                .hasMessageContaining("peer graph failed on purpose");

        String busy = client.threads().create().threadId();
        Run slow = client.runs().create(busy, "slow", RunParams.builder().input(Map.of("delay_ms", 5_000))
                .multitaskStrategy(dev.langgraph.client.common.MultitaskStrategy.REJECT).build());
        awaitStatus(busy, slow.runId(), RunStatus.RUNNING);
        assertThatThrownBy(() -> client.runs().create(busy, "counter", RunParams.builder()
                .multitaskStrategy(dev.langgraph.client.common.MultitaskStrategy.REJECT).build()))
                .isInstanceOf(ConflictException.class);
        client.runs().cancel(busy, slow.runId(), true, null, dev.langgraph.client.RequestOptions.none());
        assertThat(client.runs().get(busy, slow.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    private void awaitStatus(String threadId, String runId, RunStatus wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!client.runs().get(threadId, runId).status().equals(wanted)) {
            assertThat(System.nanoTime()).as("run %s reaches %s", runId, wanted).isLessThan(deadline);
            java.lang.Thread.onSpinWait();
        }
    }

    @Test
    void aResumableStreamCutMidwayLosesAndRepeatsNothing() {
        FakeLangGraphServer fake = server.server();
        fake.enqueueFault("/threads/*/runs/stream", Fault.cutAfterEvents(2).times(1));
        String threadId = client.threads().create().threadId();

        List<StreamPart> parts = readAll(client.runs().stream(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0)).streamMode(StreamMode.UPDATES).streamResumable(true).build()));

        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2", "3");
    }

    @Test
    void asyncStreamDeliversTokens() throws Exception {
        List<String> tokens = new CopyOnWriteArrayList<>();

        client.async().runs().stream(null, "echo", RunParams.builder()
                        .input(Map.of("messages", List.of(Map.of("role", "human", "content", "hi there"))))
                        .streamMode(StreamMode.MESSAGES_TUPLE).build())
                .subscribe(p -> {
                    if (p.mode().equals("messages") && p.data() instanceof List<?> tuple
                            && tuple.get(0) instanceof Map<?, ?> chunk && chunk.get("content") instanceof String t) {
                        tokens.add(t);
                    }
                })
                .get(30, TimeUnit.SECONDS);

        assertThat(String.join("", tokens)).isEqualTo("echo: hi there");
    }

    @Test
    void storeRoundTrip() {
        client.store().putItem(List.of("users", "u1"), "prefs", Map.of("theme", "dark"));

        Item item = client.store().getItem(List.of("users", "u1"), "prefs");

        assertThat(item.value()).containsEntry("theme", "dark");
        assertThat(client.store().getItem(List.of("users", "u1"), "missing")).isNull();
    }
}
