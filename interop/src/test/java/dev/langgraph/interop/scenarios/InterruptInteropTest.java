package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.Interrupt;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadState;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.client.threads.ThreadTask;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Human-in-the-loop: {@code interrupt()} in a node, {@code interrupt_before}, and resuming with a {@link Command}.
 * On the JS server a run that hits an interrupt ends {@code success}; the thread becomes {@code interrupted}.
 */
class InterruptInteropTest extends RunScenario {


    InterruptInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void interruptInAStreamIsVisibleOnThePartsTheRunTheThreadAndItsState() {
        String threadId = newThread();
        List<StreamPart> parts = new ArrayList<>();
        String runId;
        try (RunStream stream = client.runs().stream(threadId, "interrupt", RunParams.builder()
                .input(Map.of("topic", "release 1.0"))
                .streamMode(StreamMode.UPDATES, StreamMode.VALUES)
                .build())) {
            runId = stream.runMetadata().runId();
            stream.forEach(parts::add);
        }

        Map<String, Object> expectedValue = Map.of("question", "Approve release 1.0?", "topic", "release 1.0");

        // updates {"__interrupt__":[{id,value}]}
        List<StreamPart> withInterrupts = parts.stream().filter(p -> !p.interrupts().isEmpty()).toList();
        StreamPart update = withInterrupts.stream().filter(p -> p.event().equals("updates")).findFirst().orElseThrow();
        Interrupt interrupt = update.interrupts().get(0);
        assertThat(update.interrupts()).hasSize(1);
        assertThat(interrupt.value()).isEqualTo(expectedValue);
        assertThat(interrupt.id()).isNotBlank();
        // The last values event is only {"__interrupt__":[...]} (the Python server: the state plus it), with the
        // same interrupt.
        StreamPart lastValues = parts.get(parts.size() - 1);
        assertThat(lastValues.event()).isEqualTo("values");
        assertThat(lastValues.dataAsMap()).containsOnlyKeys(Divergence.PYTHON_RUN_RESULT
                .js(List.of("__interrupt__"))
                .python(List.of("__interrupt__", "topic", "answer", "done", "log")).on(server));
        assertThat(lastValues.interrupts()).extracting(Interrupt::id).containsExactly(interrupt.id());
        // Parts without __interrupt__ have none.
        assertThat(parts.get(0).interrupts()).isEmpty();

        // JS: run "success", thread "interrupted".
        assertThat(Await.awaitValue(Await.DEFAULT_DEADLINE, "run to finish", () -> client.runs().get(threadId, runId).status(),
                st -> !RunStatus.PENDING.equals(st) && !RunStatus.RUNNING.equals(st))).isEqualTo(RunStatus.SUCCESS);
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.INTERRUPTED);
        Thread thread = client.threads().get(threadId);
        assertThat(thread.interrupts()).hasSize(1);
        assertThat(thread.interrupts().values().iterator().next())
                .extracting(Interrupt::id).containsExactly(interrupt.id());

        ThreadState state = client.threads().getState(threadId);
        assertThat(state.next()).containsExactly("ask");
        Map<String, Object> expectedState = new HashMap<>();
        expectedState.put("topic", "release 1.0");
        expectedState.put("answer", null);
        expectedState.put("done", false);
        expectedState.put("log", List.of("prepare"));
        assertThat(state.values()).isEqualTo(expectedState);
        ThreadTask task = state.tasks().get(0);
        assertThat(task.name()).isEqualTo("ask");
        assertThat(task.interrupts()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(interrupt.id());
            assertThat(i.value()).isEqualTo(expectedValue);
        });
    }

    @Test
    void resumeWithACommandOverAStreamFinishesTheGraph() {
        String threadId = newThread();
        Object first = client.runs().wait(threadId, "interrupt", RunParams.builder()
                .input(Map.of("topic", "streamed resume"))
                .build());
        assertThat(first).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys(Divergence.PYTHON_RUN_RESULT
                .js(List.of("__interrupt__"))
                .python(List.of("__interrupt__", "topic", "answer", "done", "log")).on(server));

        List<StreamPart> parts = new ArrayList<>();
        try (RunStream stream = client.runs().stream(threadId, "interrupt", RunParams.builder()
                .command(Command.resume(Map.of("approved", true)))
                .streamMode(StreamMode.UPDATES, StreamMode.VALUES)
                .build())) {
            stream.forEach(parts::add);
        }

        List<StreamPart> updates = parts.stream().filter(p -> p.event().equals("updates")).toList();
        assertThat(updates).extracting(p -> p.dataAsMap().keySet().iterator().next()).containsExactly("ask", "finish");
        assertThat(parts).allSatisfy(p -> assertThat(p.interrupts()).isEmpty());
        StreamPart last = parts.get(parts.size() - 1);
        assertThat(last.dataAsMap()).isEqualTo(Map.of(
                "topic", "streamed resume",
                "answer", Map.of("approved", true),
                "done", true,
                "log", List.of("prepare", "ask", "finish")));

        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.IDLE);
        ThreadState state = client.threads().getState(threadId);
        assertThat(state.next()).isEmpty();
        assertThat(((Map<?, ?>) state.values()).get("done")).isEqualTo(true);
    }

    @Test
    void resumeWithACommandOverWaitStoresTheAnswerAndAppliesTheUpdate() {
        String threadId = newThread();
        Object first = client.runs().wait(threadId, "interrupt", RunParams.builder()
                .input(Map.of("topic", "waited"))
                .build());
        List<?> interrupts = (List<?>) ((Map<?, ?>) first).get("__interrupt__");
        assertThat(interrupts).hasSize(1);
        assertThat(((Map<?, ?>) interrupts.get(0)).get("value"))
                .isEqualTo(Map.of("question", "Approve waited?", "topic", "waited"));
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.INTERRUPTED);

        Object resumed = client.runs().wait(threadId, "interrupt", RunParams.builder()
                .command(Command.builder().resume("no").update(Map.of("topic", "changed")).build())
                .build());

        assertThat(resumed).isEqualTo(Map.of(
                "topic", "changed", "answer", "no", "done", true, "log", List.of("prepare", "ask", "finish")));
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.IDLE);
        assertThat(client.runs().list(threadId)).extracting(Run::status)
                .containsExactly(RunStatus.SUCCESS, RunStatus.SUCCESS);
    }

    @Test
    void interruptBeforeANodeThenContinueWithoutInput() {
        String threadId = newThread();

        Object paused = client.runs().wait(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .interruptBefore(List.of("add_b"))
                .build());

        // interrupt_before raises no interrupt: the Python server's result is the state as it stands.
        assertThat(paused).isEqualTo(Divergence.PYTHON_RUN_RESULT
                .<Map<String, Object>>js(Map.of("__interrupt__", List.of()))
                .python(Map.of("count", 1, "step", 1, "visited", List.of("add_a"))).on(server));
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.INTERRUPTED);
        ThreadState state = client.threads().getState(threadId);
        assertThat(state.next()).containsExactly("add_b");
        assertThat(state.values()).isEqualTo(Map.of("count", 1, "step", 1, "visited", List.of("add_a")));
        assertThat(state.tasks()).extracting(ThreadTask::name).containsExactly("add_b");

        // No input: the graph continues from the checkpoint.
        Object finished = client.runs().wait(threadId, "counter", RunParams.builder().build());

        assertThat(finished).isEqualTo(Map.of("count", 3, "step", 1, "visited", List.of("add_a", "add_b", "add_c")));
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.IDLE);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The thread's status once no run is pending or running on it (the worker sets it just after the run's). */
    private ThreadStatus settledThreadStatus(String threadId) {
        return Await.awaitValue(Await.DEFAULT_DEADLINE, "thread " + threadId + " to settle",
                () -> client.threads().get(threadId).status(), s -> !ThreadStatus.BUSY.equals(s));
    }

}
