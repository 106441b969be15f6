package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One checkpoint of a thread (namespace {@code ""}): the state after a superstep, the nodes due next, and what
 * is pending on its tasks (interrupts, errors, resume values). The pending maps are guarded by the {@link Db}
 * lock for stored checkpoints.
 */
public final class CheckpointRecord {

    /** The checkpoint id. */
    public final String checkpointId;
    /** The previous checkpoint's id, or {@code null}. */
    public final String parentId;
    /** The thread it belongs to. */
    public final String threadId;
    /** The superstep ({@code -1} for a first input checkpoint). */
    public final int step;
    /** {@code input}, {@code loop}, {@code update} or {@code fork}. */
    public final String source;
    /** The state (never handed out without a copy). */
    public final Map<String, Object> values;
    /** The nodes due next. */
    public final List<String> next;
    /** The nodes whose writes produced it ({@code __start__} for input). */
    public final List<String> writtenBy;
    /** The checkpoint metadata: source, step, parents, plus the run's config metadata. */
    public final Map<String, Object> metadata;
    /** When it was written. */
    public final Instant createdAt;
    /** The run that wrote it, or {@code null} for a state update. */
    public final String runId;
    /** Interrupts raised by its tasks, by task id. */
    public final Map<String, List<Object>> interrupts = new LinkedHashMap<>();
    /** Errors of its tasks, by task id. */
    public final Map<String, String> errors = new LinkedHashMap<>();
    /** Resume values delivered to its tasks so far, by node name. */
    public final Map<String, List<Object>> resumes = new LinkedHashMap<>();

    /**
     * Creates a checkpoint.
     *
     * @param checkpointId the id
     * @param parentId the parent id or {@code null}
     * @param threadId the thread
     * @param step the step
     * @param source the source
     * @param values the state (copied)
     * @param next the next nodes
     * @param writtenBy the writing nodes
     * @param metadata the metadata (copied)
     * @param createdAt the time
     * @param runId the writing run or {@code null}
     */
    public CheckpointRecord(String checkpointId, String parentId, String threadId, int step, String source,
            Map<String, Object> values, List<String> next, List<String> writtenBy, Map<String, Object> metadata,
            Instant createdAt, String runId) {
        this.checkpointId = checkpointId;
        this.parentId = parentId;
        this.threadId = threadId;
        this.step = step;
        this.source = source;
        this.values = Json.copyMap(values);
        this.next = List.copyOf(next);
        this.writtenBy = List.copyOf(writtenBy);
        this.metadata = Json.copyMap(metadata);
        this.createdAt = createdAt;
        this.runId = runId;
    }

    /**
     * Returns the id of the task that runs {@code node} from this checkpoint.
     *
     * @param node the node name
     * @return the task id
     */
    public String taskId(String node) {
        return Ids.taskId(checkpointId, node);
    }

    /**
     * Returns every pending interrupt, in task order.
     *
     * @return a fresh list of {@code {id, value}} maps
     */
    public List<Object> allInterrupts() {
        List<Object> all = new ArrayList<>();
        interrupts.values().forEach(list -> list.forEach(i -> all.add(Json.copy(i))));
        return all;
    }

    /**
     * Copies this checkpoint into another thread (for {@code POST /threads/{id}/copy}).
     *
     * @param newThreadId the target thread
     * @return the copy, with the same ids and pending data
     */
    public CheckpointRecord copyTo(String newThreadId) {
        Map<String, Object> meta = Json.copyMap(metadata);
        if (meta.containsKey("thread_id")) {
            meta.put("thread_id", newThreadId);
        }
        CheckpointRecord c = new CheckpointRecord(checkpointId, parentId, newThreadId, step, source, values, next,
                writtenBy, meta, createdAt, runId);
        interrupts.forEach((k, v) -> c.interrupts.put(k, new ArrayList<>(v)));
        c.errors.putAll(errors);
        resumes.forEach((k, v) -> c.resumes.put(k, new ArrayList<>(v)));
        return c;
    }
}
