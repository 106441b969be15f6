package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.IfNotExists;
import dev.langgraph.client.common.MultitaskStrategy;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.runs.CancelAction;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A second run on a busy thread, under each {@code multitask_strategy}, and {@code if_not_exists}. */
class MultitaskInteropTest extends RunScenario {

    private static final Map<String, Object> COUNTER_DONE =
            Map.of("count", 3, "step", 1, "visited", List.of("add_a", "add_b", "add_c"));


    MultitaskInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void rejectIsTheDefaultAndAnswers422OnEveryRunRoute() {
        String threadId = newThread();
        Run busy = startSlowRun(threadId, 3000);
        RunParams counter = RunParams.builder().input(Map.of("count", 0)).build();

        // JS server: 422 Unprocessable Entity (the Python server answers 409 Conflict).
        Consumer<Throwable> busyThread = e -> assertThat(e)
                .isInstanceOfSatisfying(ApiStatusException.class, u -> {
                    assertThat(u.statusCode()).isEqualTo(Divergence.BUSY_THREAD_IS_409.js(422).python(409).on(server));
                    assertThat(u.detail()).startsWith("Thread is already running a task.");
                });
        assertRejected(() -> client.runs().create(threadId, "counter", counter), busyThread);
        assertRejected(() -> client.runs().create(threadId, "counter",
                counter.toBuilder().multitaskStrategy(MultitaskStrategy.REJECT).build()), busyThread);
        assertRejected(() -> client.runs().wait(threadId, "counter", counter), busyThread);
        // The blocking stream() opens the response before returning, so the status error comes from the call.
        assertRejected(() -> client.runs().stream(threadId, "counter", counter).close(), busyThread);

        // Only the first run exists; free the thread.
        assertThat(client.runs().list(threadId)).extracting(Run::runId).containsExactly(busy.runId());
        client.runs().cancel(threadId, busy.runId(), true, CancelAction.INTERRUPT, RequestOptions.none());
    }

    @Test
    void enqueueRunsTheSecondRunAfterTheFirst() {
        String threadId = newThread();
        Run first = startSlowRun(threadId, 700);

        Run second = client.runs().create(threadId, "slow", RunParams.builder()
                .input(Map.of("delay_ms", 50))
                .multitaskStrategy(MultitaskStrategy.ENQUEUE)
                .build());

        assertThat(second.status()).isEqualTo(RunStatus.PENDING);
        RunStatus secondWhileFirstRuns = client.runs().get(threadId, second.runId()).status();
        RunStatus firstAfterThat = client.runs().get(threadId, first.runId()).status();
        if (RunStatus.RUNNING.equals(firstAfterThat)) {
            // The first run was still running after we looked at the second: it must have been waiting.
            assertThat(secondWhileFirstRuns).isEqualTo(RunStatus.PENDING);
        }

        Object joined = client.runs().join(threadId, second.runId());

        assertThat(joined).isEqualTo(Map.of("delay_ms", 50,
                "visited", List.of("slow_1", "slow_2", "slow_3", "slow_1", "slow_2", "slow_3")));
        Run firstDone = awaitFinal(threadId, first.runId());
        Run secondDone = awaitFinal(threadId, second.runId());
        assertThat(firstDone.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(secondDone.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(secondDone.updatedAt()).isAfterOrEqualTo(firstDone.updatedAt());
    }

    @Test
    void interruptCancelsTheFirstRunAndRunsTheSecond() {
        String threadId = newThread();
        Run first = startSlowRun(threadId, 3000);

        Run second = client.runs().create(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .multitaskStrategy(MultitaskStrategy.INTERRUPT)
                .build());

        Object joined = client.runs().join(threadId, second.runId());
        // The interrupted slow run left its input in the thread; the counter graph has no such channel.
        Map<String, Object> withSlowInput = new HashMap<>(COUNTER_DONE);
        withSlowInput.put("delay_ms", 3000);
        assertThat(joined).isEqualTo(Divergence.UNDECLARED_KEYS_KEPT.js(COUNTER_DONE).python(withSlowInput).on(server));
        assertThat(awaitFinal(threadId, first.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(awaitFinal(threadId, second.runId()).status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(client.runs().list(threadId)).extracting(Run::runId).isEqualTo(Divergence.PYTHON_PAGINATION
                .js(List.of(first.runId(), second.runId())).python(List.of(second.runId(), first.runId())).on(server));
    }

    @Test
    void rollbackEndsTheFirstRunWithErrorAndRunsTheSecond() {
        String threadId = newThread();
        Run first = startSlowRun(threadId, 3000);

        Run second = client.runs().create(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .multitaskStrategy(MultitaskStrategy.ROLLBACK)
                .build());

        Object joined = client.runs().join(threadId, second.runId());
        assertThat(joined).isEqualTo(COUNTER_DONE);
        // JS server: the rolled-back run ends "error" and is kept (the Python server deletes it).
        if (Divergence.ROLLBACK_DELETES_RUNNING_RUN.pythonSideOn(server)) {
            assertThatThrownBy(() -> client.runs().get(threadId, first.runId())).isInstanceOf(NotFoundException.class);
        } else {
            assertThat(awaitFinal(threadId, first.runId()).status()).isEqualTo(RunStatus.ERROR);
        }
        assertThat(awaitFinal(threadId, second.runId()).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void ifNotExistsCreateMakesTheThread() {
        String threadId = UUID.randomUUID().toString();

        Object result = client.runs().wait(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .ifNotExists(IfNotExists.CREATE)
                .build());

        assertThat(result).isEqualTo(COUNTER_DONE);
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.IDLE);
        Run only = client.runs().list(threadId).get(0);
        assertThat(client.runs().list(threadId)).hasSize(1);
        assertThat(awaitFinal(threadId, only.runId()).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void aRunOnAnUnknownThreadWithoutIfNotExistsIsRejected() {
        String threadId = UUID.randomUUID().toString();

        // JS server quirk: 422 with the "already running" text, not 404 (as the Python server answers).
        assertThatThrownBy(() -> client.runs().wait(threadId, "counter",
                RunParams.builder().input(Map.of("count", 0)).build()))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(Divergence.RUN_ON_MISSING_THREAD_IS_404.js(422).python(404).on(server)));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertRejected(ThrowingCallable call, Consumer<Throwable> requirements) {
        assertThatThrownBy(call).satisfies(requirements::accept);
    }

    /** A slow run (3 nodes of {@code delayMs}) that is running when this returns. */
    private Run startSlowRun(String threadId, int delayMs) {
        Run run = client.runs().create(threadId, "slow", RunParams.builder().input(Map.of("delay_ms", delayMs)).build());
        Await.awaitValue(Await.DEFAULT_DEADLINE, "run " + run.runId() + " to start",
                () -> client.runs().get(threadId, run.runId()).status(), RunStatus.RUNNING::equals);
        return run;
    }

    /** The thread's status once no run is pending or running on it (the worker sets it just after the run's). */
    private ThreadStatus settledThreadStatus(String threadId) {
        return Await.awaitValue(Await.DEFAULT_DEADLINE, "thread " + threadId + " to settle",
                () -> client.threads().get(threadId).status(), s -> !ThreadStatus.BUSY.equals(s));
    }


}
