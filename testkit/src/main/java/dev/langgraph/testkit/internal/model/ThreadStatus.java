package dev.langgraph.testkit.internal.model;

/** The thread status machine of the Python server ({@code set_joint_status}). Call with the {@link Db} lock held. */
public final class ThreadStatus {

    private ThreadStatus() {
    }

    /**
     * Recomputes a thread after one of its runs ended or was cancelled: {@code busy} while another run is in
     * flight, else {@code error} if the run failed, else {@code interrupted} if the latest checkpoint has nodes
     * due, else {@code idle}; values and interrupts come from the latest checkpoint.
     *
     * @param db the state
     * @param thread the thread
     * @param failedError the failed run's error, or {@code null} if it did not fail
     */
    public static void settle(Db db, ThreadRecord thread, java.util.Map<String, Object> failedError) {
        boolean busy = !db.inFlightRuns(thread.threadId).isEmpty();
        thread.syncFromLatest();
        CheckpointRecord latest = thread.latest();
        if (busy) {
            thread.status = "busy";
        } else if (failedError != null) {
            thread.status = "error";
        } else {
            thread.status = latest != null && !latest.next.isEmpty() ? "interrupted" : "idle";
        }
        thread.error = failedError;
        thread.updatedAt = db.clock.now();
    }
}
