package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.ServerClock;
import java.util.List;
import java.util.Map;

/** Checkpoints of a subgraph run, kept only while the subgraph node executes. Single-threaded. */
final class MemoryCheckpoints implements CheckpointSink {

    private final String threadId;
    private final ServerClock clock;
    private CheckpointRecord latest;

    MemoryCheckpoints(String threadId, ServerClock clock) {
        this.threadId = threadId;
        this.clock = clock;
    }

    @Override
    public CheckpointRecord latest() {
        return latest;
    }

    @Override
    public CheckpointRecord write(int step, String source, Map<String, Object> values, List<String> next,
            List<String> writtenBy) {
        latest = new CheckpointRecord(Ids.newId(), latest == null ? null : latest.checkpointId, threadId, step, source,
                values, next, writtenBy, Json.obj("source", source, "step", step, "parents", Json.obj()), clock.now(),
                null);
        return latest;
    }

    @Override
    public void interrupted(CheckpointRecord checkpoint, Map<String, List<Object>> interruptsByTask,
            Map<String, List<Object>> resumesByNode) {
        // a subgraph reruns from its start on resume; nothing to keep
    }

    @Override
    public void failed(CheckpointRecord checkpoint, String taskId, String error) {
        // reported by the parent task
    }
}
