package dev.langgraph.testkit;

/**
 * When the fake server starts runs created in the background ({@code POST /threads/{id}/runs}, {@code POST /runs},
 * {@code /runs/batch}, crons).
 */
public enum BackgroundRuns {

    /** As a real server: a run starts on a worker thread as soon as its thread is free (the default). */
    AUTOMATIC,

    /**
     * Deterministic: a background run stays {@code pending} until the test calls
     * {@link FakeLangGraphServer#runPendingRuns()}, which runs every pending run to completion in creation order
     * and returns. A client that streams, waits for or joins a run ({@code /runs/stream}, {@code /runs/wait},
     * {@code /join}, the run's join stream) starts it at once, with the runs queued before it on its thread, so no
     * request waits for a run that nothing would start.
     */
    MANUAL
}
