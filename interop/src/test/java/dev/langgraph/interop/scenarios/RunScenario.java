package dev.langgraph.interop.scenarios;

import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.ServerEndpoint;
import java.util.Map;
import java.util.UUID;

/**
 * Base of the run scenarios: a fresh tagged thread per case, and polling until a background run has finished (the server starts background runs up to ~1 s later).
 */
abstract class RunScenario extends Scenario {

    RunScenario(ServerEndpoint server) {
        super(server);
    }

    /**
     * A new thread tagged with the suite and a unique case id, so scenarios never see each other's threads.
     *
     * @return the thread id
     */
    protected String newThread() {
        return client.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("suite", getClass().getSimpleName(), "case", UUID.randomUUID().toString()))
                .build()).threadId();
    }

    /**
     * Polls a run until it is neither pending nor running.
     *
     * @param threadId the thread
     * @param runId the run
     * @return the finished run
     */
    protected Run awaitFinal(String threadId, String runId) {
        return Await.awaitValue(Await.DEFAULT_DEADLINE, "run " + runId + " to finish",
                () -> client.runs().get(threadId, runId),
                r -> !RunStatus.PENDING.equals(r.status()) && !RunStatus.RUNNING.equals(r.status()));
    }
}
