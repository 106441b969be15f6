package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.runs.CancelAction;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunCreateRequest;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Background runs on a thread: create, get, list, delete, wait, batch and cancel, with the JS server's run and
 * thread status semantics.
 */
class RunLifecycleInteropTest extends RunScenario {

    private static final Map<String, Object> COUNTER_DONE =
            Map.of("count", 3, "step", 1, "visited", List.of("add_a", "add_b", "add_c"));


    RunLifecycleInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void backgroundRunIsCreatedPendingAndFinishesWithSuccess() {
        String threadId = newThread();
        String marker = UUID.randomUUID().toString();
        AtomicReference<RunCreateMetadata> created = new AtomicReference<>();

        Run run = client.runs().create(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0))
                .metadata(Map.of("marker", marker))
                .onRunCreated(created::set)
                .build());

        assertThat(run.status()).isEqualTo(RunStatus.PENDING);
        assertThat(run.threadId()).isEqualTo(threadId);
        assertThat(run.metadata()).containsEntry("marker", marker);
        assertThat(run.createdAt()).isNotNull();
        // Content-Location: /threads/{t}/runs/{r}
        assertThat(created.get()).isEqualTo(new RunCreateMetadata(run.runId(), threadId));

        Run fetched = client.runs().get(threadId, run.runId());
        assertThat(fetched.runId()).isEqualTo(run.runId());
        assertThat(fetched.metadata()).containsEntry("marker", marker);

        Run done = awaitFinal(threadId, run.runId());
        assertThat(done.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.IDLE);
        assertThat(client.threads().getState(threadId).values()).isEqualTo(COUNTER_DONE);
    }

    @Test
    void listShowsTheThreadsRunsOldestFirstAndDeleteRemovesOne() {
        String threadId = newThread();
        Run first = client.runs().create(threadId, "counter", RunParams.builder().input(Map.of("count", 0)).build());
        awaitFinal(threadId, first.runId());
        Run second = client.runs().create(threadId, "counter", RunParams.builder().input(Map.of("count", 0)).build());
        awaitFinal(threadId, second.runId());

        // JS server: oldest first (the Python server lists newest first).
        assertThat(client.runs().list(threadId)).extracting(Run::runId).isEqualTo(Divergence.PYTHON_PAGINATION
                .js(List.of(first.runId(), second.runId())).python(List.of(second.runId(), first.runId())).on(server));
        assertThat(client.runs().list(threadId, 10, 0, RunStatus.SUCCESS, null, RequestOptions.none()))
                .hasSize(2);
        assertThat(client.runs().list(threadId, 10, 0, RunStatus.ERROR, null, RequestOptions.none())).isEmpty();

        client.runs().delete(threadId, second.runId());

        assertThat(client.runs().list(threadId)).extracting(Run::runId).containsExactly(first.runId());
        assertThatThrownBy(() -> client.runs().get(threadId, second.runId()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void waitReturnsTheFinalValues() {
        String threadId = newThread();

        Object result = client.runs().wait(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 100, "step", 10))
                .build());

        assertThat(result).isEqualTo(Map.of("count", 130, "step", 10, "visited", List.of("add_a", "add_b", "add_c")));
        List<Run> runs = client.runs().list(threadId);
        assertThat(runs).hasSize(1);
        assertThat(awaitFinal(threadId, runs.get(0).runId()).status()).isEqualTo(RunStatus.SUCCESS);
    }

    @Test
    void waitOnAFailingGraphThrowsRunFailedException() {
        String threadId = newThread();

        assertThatThrownBy(() -> client.runs().wait(threadId, "fail", RunParams.builder().input(Map.of()).build()))
                .isInstanceOfSatisfying(RunFailedException.class, e -> {
                    // The JS server double-encodes the error; the SDK unwraps it.
                    assertThat(e.error()).isEqualTo("PeerGraphError");
                    assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
                });

        Run run = client.runs().list(threadId).get(0);
        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.ERROR);
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.ERROR);
    }

    @Test
    void waitWithoutRaiseErrorReturnsTheErrorMap() {
        String threadId = newThread();

        Object result = client.runs().wait(threadId, "fail", RunParams.builder().input(Map.of()).build(), false,
                RequestOptions.none());

        assertThat(result).isInstanceOf(Map.class);
        Object error = ((Map<?, ?>) result).get("__error__");
        assertThat(error).isInstanceOf(Map.class);
        // As the JS server sends it: {"error":"Error","message":"{\"error\":\"PeerGraphError\",...}"}; the Python
        // server does not double-encode it.
        if (Divergence.PYTHON_RUN_RESULT.pythonSideOn(server)) {
            assertThat(error).isEqualTo(Map.of("error", "PeerGraphError", "message", "peer graph failed on purpose"));
            return;
        }
        assertThat(String.valueOf(((Map<?, ?>) error).get("message")))
                .contains("PeerGraphError").contains("peer graph failed on purpose");
    }

    @Test
    void createBatchCreatesOneRunPerRequestInOrder() {
        String threadId = newThread();
        String marker = UUID.randomUUID().toString();

        List<Run> runs = client.runs().createBatch(List.of(
                new RunCreateRequest(threadId, "counter", RunParams.builder()
                        .input(Map.of("count", 0)).metadata(Map.of("marker", marker)).build()),
                RunCreateRequest.stateless("counter", RunParams.builder()
                        .input(Map.of("count", 7)).metadata(Map.of("marker", marker)).build())));

        assertThat(runs).hasSize(2);
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.PENDING);
            assertThat(r.metadata()).containsEntry("marker", marker);
            assertThat(r.threadId()).isNotBlank();
        });
        assertThat(runs).extracting(r -> r.kwargs().get("input"))
                .containsExactly(Map.of("count", 0), Map.of("count", 7));
        assertThat(runs.get(0).runId()).isNotEqualTo(runs.get(1).runId());
        // JS server: POST /runs/batch ignores a request's thread_id (createValidRun(undefined, ...)), so every
        // batch run is stateless, on a temporary thread of its own; the Python server runs it on the thread.
        assertThat(runs).extracting(Run::threadId).doesNotContain(threadId).doesNotHaveDuplicates();
        assertThat(client.runs().list(threadId)).isEmpty();
    }

    @Test
    void cancelWithWaitInterruptsARunningRun() {
        String threadId = newThread();
        Run run = startSlowRun(threadId);

        client.runs().cancel(threadId, run.runId(), true, CancelAction.INTERRUPT, RequestOptions.none());

        // wait=true returns once the run has stopped.
        assertThat(client.runs().get(threadId, run.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(settledThreadStatus(threadId)).isEqualTo(Divergence.CANCELLED_THREAD_IS_INTERRUPTED
                .js(ThreadStatus.IDLE).python(ThreadStatus.INTERRUPTED).on(server));
    }

    @Test
    void cancelWithoutWaitInterruptsTheRunSoonAfter() {
        String threadId = newThread();
        Run run = startSlowRun(threadId);

        client.runs().cancel(threadId, run.runId());

        assertThat(awaitFinal(threadId, run.runId()).status()).isEqualTo(RunStatus.INTERRUPTED);
        // The slow graph never got past its first node.
        Object visited = ((Map<?, ?>) client.threads().getState(threadId).values()).get("visited");
        assertThat(String.valueOf(visited)).doesNotContain("slow_3");
    }

    @Test
    void cancelWithRollbackOnARunningRunEndsItAndItsThreadWithErrorAndKeepsIt() {
        String threadId = newThread();
        Run run = startSlowRun(threadId);

        client.runs().cancel(threadId, run.runId(), true, CancelAction.ROLLBACK, RequestOptions.none());

        // JS server: a running run cancelled with rollback ends "error" and is not deleted (Python deletes it, with
        // its checkpoints: the thread is as before the run).
        if (Divergence.ROLLBACK_DELETES_RUNNING_RUN.pythonSideOn(server)) {
            assertThatThrownBy(() -> client.runs().get(threadId, run.runId())).isInstanceOf(NotFoundException.class);
            assertThat(client.runs().list(threadId)).isEmpty();
            assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.IDLE);
            return;
        }
        Run after = awaitFinal(threadId, run.runId());
        assertThat(after.status()).isEqualTo(RunStatus.ERROR);
        assertThat(client.runs().list(threadId)).extracting(Run::runId).contains(run.runId());
        // The worker records the rollback's abort as the run's exception, so the thread ends "error" too
        // (queue.mjs: only an abort with reason "interrupt" counts as interrupted).
        assertThat(settledThreadStatus(threadId)).isEqualTo(ThreadStatus.ERROR);
    }

    @Test
    void cancelOfAnUnknownRunThrowsNotFound() {
        String threadId = newThread();
        String unknown = UUID.randomUUID().toString();

        assertThatThrownBy(() -> client.runs().cancel(threadId, unknown))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS.js("Run not found")
                            .python("No matching runs to cancel. Please verify the run IDs are correct and belong to"
                                    + " the given thread.").on(server));
                });
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A slow run (3 x 3 s) that is running when this returns; cancelled by the caller. */
    private Run startSlowRun(String threadId) {
        Run run = client.runs().create(threadId, "slow", RunParams.builder().input(Map.of("delay_ms", 3000)).build());
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
