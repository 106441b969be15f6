package dev.langgraph.client.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.common.Interrupt;
import dev.langgraph.client.threads.PruneResult;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadState;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.client.threads.ThreadTask;
import dev.langgraph.client.threads.ThreadUpdateStateResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadModelsTest {

    private static final String THREAD_ID = "01a20d5b-f164-7234-992b-545a3b3e79f2";
    private static final String TASK_ID = "8b461b89-6189-5ad1-b1c5-56353899c816";
    private static final String INTERRUPT_ID = "e62c784096d6e09d58cb7694126f5027";

    @Test
    void interruptedThreadFromRealServer() {
        Thread thread = Thread.fromMap(Fixtures.object("thread-interrupted"));

        assertThat(thread.threadId()).isEqualTo(THREAD_ID);
        assertThat(thread.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:40:59.108Z"));
        assertThat(thread.updatedAt()).isEqualTo(Instant.parse("2026-11-24T11:40:59.193Z"));
        assertThat(thread.stateUpdatedAt()).isNull();
        assertThat(thread.metadata()).containsEntry("graph_id", "interrupt");
        assertThat(thread.status()).isSameAs(ThreadStatus.INTERRUPTED);
        assertThat(Fixtures.asMap(thread.values()))
                .containsEntry("topic", "release 1.0")
                .containsEntry("answer", null)
                .containsEntry("log", List.of("prepare"));
        assertThat(thread.config().configurable()).containsEntry("user-agent", "curl/7.88.1");
        assertThat(thread.error()).isNull();
        assertThat(thread.extracted()).isNull();

        Map<String, List<Interrupt>> interrupts = thread.interrupts();
        assertThat(interrupts).containsOnlyKeys(TASK_ID);
        assertThat(interrupts.get(TASK_ID)).extracting(Interrupt::id).containsExactly(INTERRUPT_ID);
        assertThat(interrupts.get(TASK_ID).get(0).value()).isEqualTo(
                Map.of("question", "Approve release 1.0?", "topic", "release 1.0"));
    }

    @Test
    void failedThreadFromRealServer() {
        Thread thread = Thread.fromMap(Fixtures.object("thread-error"));

        assertThat(thread.status()).isEqualTo(ThreadStatus.ERROR);
        assertThat(thread.values()).isEqualTo(Map.of("visited", List.of("ok")));
        assertThat(thread.interrupts()).containsExactly(Map.entry("377af5e1-4b9a-5cc3-a424-9dd87f763989", List.of()));
    }

    @Test
    void newerServerFieldsAndUnknownStatus() {
        Thread thread = Thread.fromMap(Map.of(
                "thread_id", "t",
                "status", "paused",
                "state_updated_at", "2026-11-24T11:41:00.123456+00:00",
                "values", List.of(Map.of("role", "user")),
                "error", "boom",
                "extracted", Map.of("title", "x"),
                "future_field", true));

        assertThat(thread.status().value()).isEqualTo("paused");
        assertThat(thread.status()).isEqualTo(ThreadStatus.of("paused"));
        assertThat(thread.stateUpdatedAt()).isEqualTo(Instant.parse("2026-11-24T11:41:00.123456Z"));
        assertThat(thread.values()).isEqualTo(List.of(Map.of("role", "user")));
        assertThat(thread.error()).isEqualTo("boom");
        assertThat(thread.extracted()).isEqualTo(Map.of("title", "x"));
        assertThat(thread.interrupts()).isNull();
        assertThat(thread.toMap()).containsEntry("future_field", true);
    }

    @Test
    void wrongTypesFailOnRead() {
        assertThatThrownBy(() -> Thread.fromMap(Map.of("interrupts", Map.of("t", "x"))).interrupts())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Thread.fromMap(Map.of("interrupts", Map.of("t", List.of(1)))).interrupts())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Thread.fromMap(Map.of("created_at", "yesterday")).createdAt())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void interruptedStateFromRealServer() {
        ThreadState state = ThreadState.fromMap(Fixtures.object("thread-state-interrupted"));

        assertThat(state.values()).isInstanceOf(Map.class);
        assertThat(state.next()).containsExactly("ask");
        assertThat(state.checkpoint().threadId()).isEqualTo(THREAD_ID);
        assertThat(state.checkpoint().checkpointId()).isEqualTo("1f1e7fbe-b131-6560-8001-e960950c8cb6");
        assertThat(state.checkpoint().checkpointNs()).isEmpty();
        assertThat(state.parentCheckpoint().checkpointId()).isEqualTo("1f1e7fbe-b12c-6740-8000-b43214565834");
        assertThat(state.metadata()).containsEntry("source", "loop").containsEntry("step", 1);
        assertThat(state.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:40:59.190Z"));
        assertThat(state.interrupts()).isNull();

        ThreadTask task = state.tasks().get(0);
        assertThat(task.id()).isEqualTo(TASK_ID);
        assertThat(task.name()).isEqualTo("ask");
        assertThat(task.error()).isNull();
        assertThat(task.interrupts()).extracting(Interrupt::id).containsExactly(INTERRUPT_ID);
        assertThat(task.path()).containsExactly("__pregel_pull", "ask");
        assertThat(task.checkpoint()).isNull();
        assertThat(task.state()).isNull();
        assertThat(task.result()).isNull();
    }

    @Test
    void stateOfAThreadThatNeverRan() {
        ThreadState state = ThreadState.fromMap(Fixtures.object("thread-state-never-ran"));

        assertThat(state.values()).isEqualTo(Map.of());
        assertThat(state.next()).isEmpty();
        assertThat(state.tasks()).isEmpty();
        assertThat(state.checkpoint()).isNull();
        assertThat(state.parentCheckpoint()).isNull();
        assertThat(state.createdAt()).isNull();
        assertThat(state.metadata()).isNull();
    }

    @Test
    void pythonStyleStateWithSubgraphTaskAndInterrupts() {
        Map<String, Object> inner = Map.of("values", Map.of("trail", List.of("x")), "next", List.of("inner_2"));
        ThreadState state = ThreadState.fromMap(Map.of(
                "values", List.of(Map.of("a", 1)),
                "interrupts", List.of(Map.of("id", "i1", "value", "ok?")),
                "tasks", List.of(Map.of("id", "t1", "name", "inner", "error", "ValueError('x')",
                        "checkpoint", Map.of("thread_id", "th", "checkpoint_ns", "inner:t1"),
                        "state", inner, "result", Map.of("trail", List.of("y"))))));

        assertThat(state.values()).isEqualTo(List.of(Map.of("a", 1)));
        assertThat(state.interrupts()).extracting(Interrupt::value).containsExactly("ok?");
        ThreadTask task = state.tasks().get(0);
        assertThat(task.error()).isEqualTo("ValueError('x')");
        assertThat(task.checkpoint().checkpointNs()).isEqualTo("inner:t1");
        assertThat(task.state().next()).containsExactly("inner_2");
        assertThat(task.result()).isEqualTo(Map.of("trail", List.of("y")));
        assertThat(task.path()).isNull();
    }

    @Test
    void updateStateResponseFromRealServer() {
        ThreadUpdateStateResponse response = ThreadUpdateStateResponse.fromMap(Fixtures.object("thread-update-state"));

        assertThat(response.checkpoint().threadId()).isEqualTo("01a20d5b-b6cd-756c-8e73-115512eebdbd");
        assertThat(response.checkpoint().checkpointId()).isEqualTo("1f1e7fbe-2839-6dc0-8002-7ee7f7543f42");
    }

    @Test
    void pruneResult() {
        assertThat(PruneResult.fromMap(Map.of("pruned_count", 3)).prunedCount()).isEqualTo(3L);
        assertThat(PruneResult.fromMap(Map.of()).prunedCount()).isNull();
    }
}
