package dev.langgraph.client.threads;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.common.Interrupt;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A thread's state at one checkpoint: values, next nodes, tasks and interrupts. */
public final class ThreadState extends ApiObject {

    private ThreadState(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the state
     * @throws NullPointerException if {@code fields} is null
     */
    public static ThreadState fromMap(Map<String, ?> fields) {
        return new ThreadState(fields);
    }

    /**
     * The state values: usually a map, a list for graphs whose state is a list.
     *
     * @return {@code values} as plain JSON types, or null
     */
    public Object values() {
        return get("values");
    }

    /**
     * The nodes that run next; empty when the graph has finished.
     *
     * @return {@code next}, or null
     */
    public List<String> next() {
        return stringList("next");
    }

    /**
     * The checkpoint this state was read from; null for a thread that never ran.
     *
     * @return {@code checkpoint}, or null
     */
    public Checkpoint checkpoint() {
        return object("checkpoint", Checkpoint::fromMap);
    }

    /**
     * The checkpoint's metadata, such as {@code source}, {@code step} and {@code parents}.
     *
     * @return {@code metadata}, or null
     */
    public Map<String, Object> metadata() {
        return map("metadata");
    }

    /**
     * When the checkpoint was written.
     *
     * @return {@code created_at}, or null
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * The previous checkpoint.
     *
     * @return {@code parent_checkpoint}, or null
     */
    public Checkpoint parentCheckpoint() {
        return object("parent_checkpoint", Checkpoint::fromMap);
    }

    /**
     * The tasks to run next.
     *
     * @return {@code tasks}, or null
     */
    public List<ThreadTask> tasks() {
        return objects("tasks", ThreadTask::fromMap);
    }

    /**
     * All pending interrupts of this state (Python server; the JS server reports them per task).
     *
     * @return {@code interrupts}, or null
     */
    public List<Interrupt> interrupts() {
        return objects("interrupts", Interrupt::fromMap);
    }
}
