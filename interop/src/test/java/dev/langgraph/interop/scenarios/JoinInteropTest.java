package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Joining runs: {@code GET …/join} (final state) and {@code GET …/runs/{id}/stream} (join stream), with the JS
 * server's event queues: a non-resumable run's events go to the first reader; a resumable run keeps its log and
 * replays it after {@code Last-Event-ID}.
 */
class JoinInteropTest extends RunScenario {


    JoinInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void joinReturnsTheLastValues() {
        String threadId = newThread();
        Run run = client.runs().create(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 5, "step", 2))
                .build());

        Object result = client.runs().join(threadId, run.runId());

        assertThat(result).isEqualTo(Map.of("count", 11, "step", 2, "visited", List.of("add_a", "add_b", "add_c")));
        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void joinOfAFailedRunThrowsOrReturnsTheErrorMap() {
        String threadId = newThread();
        Run run = client.runs().create(threadId, "fail", RunParams.builder().input(Map.of()).build());

        assertThatThrownBy(() -> client.runs().join(threadId, run.runId()))
                .isInstanceOfSatisfying(RunFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("PeerGraphError");
                    assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                });

        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.ERROR);

        // A join consumes the run's result (a second join of the same run gets the thread's values), so the
        // raiseError=false case needs a run of its own.
        String otherThread = newThread();
        Run other = client.runs().create(otherThread, "fail", RunParams.builder().input(Map.of()).build());
        Object raw = client.runs().join(otherThread, other.runId(), false, RequestOptions.none());
        assertThat(raw).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("__error__");
        assertThat(String.valueOf(((Map<?, ?>) raw).get("__error__")))
                .contains("PeerGraphError").contains("peer graph failed on purpose");
    }

    @Test
    void firstJoinStreamOfABackgroundRunGetsEveryEventFromIdZero() {
        String threadId = newThread();
        Run run = client.runs().create(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 500))
                .streamMode(StreamMode.UPDATES)
                .build());

        List<StreamPart> parts;
        try (RunStream stream = client.runs().joinStream(threadId, run.runId())) {
            // A join stream has no Content-Location on the JS server (the Python server sends one).
            assertThat(stream.runMetadata() != null).isEqualTo(
                    Divergence.JOIN_SEES_FUTURE_EVENTS.js(false).python(true).on(server));
            parts = readAll(stream);
        }

        if (Divergence.JOIN_SEES_FUTURE_EVENTS.pythonSideOn(server)) {
            // Only what is published after the join: the metadata event may be gone already, never a node's update.
            parts = parts.get(0).event().equals("metadata") ? parts.subList(1, parts.size()) : parts;
            assertThat(parts).extracting(StreamPart::event).containsExactly("updates", "updates", "updates");
            assertThat(parts).extracting(StreamPart::id).containsExactly("1", "2", "3");
            assertThat(parts).extracting(p -> p.dataAsMap().keySet().iterator().next())
                    .containsExactly("slow_1", "slow_2", "slow_3");
            assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.SUCCESS);
            try (RunStream again = client.runs().joinStream(threadId, run.runId())) {
                assertThat(readAll(again)).isEmpty();
            }
            return;
        }
        assertThat(parts).extracting(StreamPart::event).containsExactly("metadata", "updates", "updates", "updates");
        assertThat(parts).extracting(StreamPart::id).containsExactly("0", "1", "2", "3");
        assertThat(parts.get(0).dataAsMap()).containsEntry("run_id", run.runId());
        assertThat(parts.subList(1, 4)).extracting(p -> p.dataAsMap().keySet().iterator().next())
                .containsExactly("slow_1", "slow_2", "slow_3");

        // The queue of a non-resumable run is consumed by its first reader: a later join gets nothing.
        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.SUCCESS);
        try (RunStream again = client.runs().joinStream(threadId, run.runId())) {
            assertThat(readAll(again)).isEmpty();
        }
    }

    @Test
    void resumableRunReplaysAfterLastEventIdWithTheSameIds() {
        String threadId = newThread();
        Run run = client.runs().create(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 100))
                .streamMode(StreamMode.UPDATES, StreamMode.VALUES)
                .streamResumable(true)
                .build());
        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.SUCCESS);

        List<StreamPart> all = joinAll(threadId, run.runId(), "-1");
        assertThat(all.get(0).event()).isEqualTo("metadata");
        // metadata, then values (input) and updates/values per node.
        assertThat(all).hasSize(8);
        List<String> allIds = all.stream().map(StreamPart::id).toList();
        assertThat(allIds).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");

        List<StreamPart> afterTwo = joinAll(threadId, run.runId(), "2");
        assertThat(afterTwo).containsExactlyElementsOf(all.subList(3, all.size()));

        // Without Last-Event-ID only events newer than now come: none, as the run is over.
        try (RunStream fromNow = client.runs().joinStream(threadId, run.runId())) {
            assertThat(readAll(fromNow)).isEmpty();
        }
    }

    @Test
    void aCutResumableStreamContinuesWithAJoinStreamFromItsLastEventId() {
        String threadId = newThread();
        List<StreamPart> firstPart = new ArrayList<>();
        String runId;
        String lastEventId;
        try (RunStream stream = client.runs().stream(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 300))
                .streamMode(StreamMode.UPDATES)
                .streamResumable(true)
                .build())) {
            runId = stream.runMetadata().runId();
            Iterator<StreamPart> it = stream.iterator();
            firstPart.add(it.next());
            firstPart.add(it.next());
            lastEventId = stream.lastEventId();
        }
        assertThat(firstPart).extracting(StreamPart::id).containsExactly("0", "1");
        assertThat(lastEventId).isEqualTo("1");

        List<StreamPart> rest = joinAll(threadId, runId, lastEventId);

        assertThat(rest).extracting(StreamPart::id).containsExactly("2", "3");
        assertThat(rest).extracting(p -> p.dataAsMap().keySet().iterator().next()).containsExactly("slow_2", "slow_3");
        assertThat(awaitFinal(threadId, runId).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void joinStreamWithCancelOnDisconnectCancelsTheRunWhenClosed() {
        String threadId = newThread();
        Run run = client.runs().create(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 2000))
                .streamMode(StreamMode.UPDATES)
                .build());

        try (RunStream stream = client.runs().joinStream(threadId, run.runId(), true, null, null,
                RequestOptions.none())) {
            // the JS server replays the run's queue from its start; the Python server sends what comes next (the
            // metadata event too if the run has not started yet)
            assertThat(stream.iterator().next().event()).isIn(Divergence.JOIN_SEES_FUTURE_EVENTS
                    .js(List.of("metadata")).python(List.of("metadata", "updates")).on(server));
        }

        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void joinStreamOfAnUnknownRunEndsWithAnErrorEvent() {
        String threadId = newThread();
        String unknown = UUID.randomUUID().toString();

        // The JS server answers 200 with an error event whose data is the JSON string "Run not found".
        try (RunStream stream = client.runs().joinStream(threadId, unknown)) {
            assertThatThrownBy(() -> readAll(stream))
                    .isInstanceOfSatisfying(StreamErrorException.class,
                            e -> assertThat(e.getMessage()).contains(Divergence.PYTHON_ERRORS.js("Run not found")
                                    .python("404: Run with ID '" + unknown + "' not found").on(server)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<StreamPart> joinAll(String threadId, String runId, String lastEventId) {
        try (RunStream stream = client.runs().joinStream(threadId, runId, false, null, lastEventId,
                RequestOptions.none())) {
            return readAll(stream);
        }
    }

    private static List<StreamPart> readAll(RunStream stream) {
        List<StreamPart> parts = new ArrayList<>();
        stream.forEach(parts::add);
        return parts;
    }


}
