package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.util.List;
import java.util.Map;

/** The root graph's checkpoints, stored on the thread under the {@link Db} lock. */
final class ThreadCheckpoints implements CheckpointSink {

    private final Db db;
    private final String threadId;
    private final String runId;
    private final Map<String, Object> runMetadata;
    private volatile CheckpointRecord latest;

    ThreadCheckpoints(Db db, String threadId, String runId, Map<String, Object> runMetadata, CheckpointRecord base) {
        this.db = db;
        this.threadId = threadId;
        this.runId = runId;
        this.runMetadata = runMetadata;
        this.latest = base;
    }

    @Override
    public CheckpointRecord latest() {
        return latest;
    }

    @Override
    public CheckpointRecord write(int step, String source, Map<String, Object> values, List<String> next,
            List<String> writtenBy) {
        return db.tx(() -> {
            ThreadRecord thread = db.threads.get(threadId);
            if (thread == null) {
                throw new CancelledSignal(); // the thread was deleted under the run
            }
            Map<String, Object> metadata = Json.merge(runMetadata,
                    Json.obj("source", source, "step", step, "parents", Json.obj()));
            CheckpointRecord cp = new CheckpointRecord(Ids.newId(), latest == null ? null : latest.checkpointId,
                    threadId, step, source, values, next, writtenBy, metadata, db.clock.now(), runId);
            thread.checkpoints.add(cp);
            thread.stateUpdatedAt = cp.createdAt;
            latest = cp;
            return cp;
        });
    }

    @Override
    public void interrupted(CheckpointRecord checkpoint, Map<String, List<Object>> interruptsByTask,
            Map<String, List<Object>> resumesByNode) {
        db.run(() -> {
            checkpoint.interrupts.putAll(interruptsByTask);
            checkpoint.resumes.putAll(resumesByNode);
        });
    }

    @Override
    public void failed(CheckpointRecord checkpoint, String taskId, String error) {
        db.run(() -> checkpoint.errors.put(taskId, error));
    }
}
