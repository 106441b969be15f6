package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.model.CheckpointRecord;
import java.util.List;
import java.util.Map;

/** Where a graph loop keeps its checkpoints: the thread (root graph) or memory (a subgraph run). */
interface CheckpointSink {

    /** The checkpoint the loop continues from, {@code null} before the first. */
    CheckpointRecord latest();

    /** Writes a checkpoint after {@link #latest()} and makes it the latest. */
    CheckpointRecord write(int step, String source, Map<String, Object> values, List<String> next,
            List<String> writtenBy);

    /** Records the interrupts raised by tasks of {@code checkpoint} and the resume values consumed so far. */
    void interrupted(CheckpointRecord checkpoint, Map<String, List<Object>> interruptsByTask,
            Map<String, List<Object>> resumesByNode);

    /** Records a task's error. */
    void failed(CheckpointRecord checkpoint, String taskId, String error);
}
