package dev.langgraph.client.runs;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.MultitaskStrategy;
import java.time.Instant;
import java.util.Map;

/** A run: one execution of an assistant, on a thread or stateless. */
public final class Run extends ApiObject {

    private Run(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the run
     * @throws NullPointerException if {@code fields} is null
     */
    public static Run fromMap(Map<String, ?> fields) {
        return new Run(fields);
    }

    /**
     * The run id.
     *
     * @return {@code run_id}, or null
     */
    public String runId() {
        return string("run_id");
    }

    /**
     * The thread the run belongs to; for a stateless run, its temporary thread.
     *
     * @return {@code thread_id}, or null
     */
    public String threadId() {
        return string("thread_id");
    }

    /**
     * The assistant that runs.
     *
     * @return {@code assistant_id}, or null
     */
    public String assistantId() {
        return string("assistant_id");
    }

    /**
     * When the run was created.
     *
     * @return {@code created_at}, or null
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * When the run last changed.
     *
     * @return {@code updated_at}, or null
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * The run's status. A run that stopped at {@code interrupt()} is {@code success}; its thread is interrupted.
     *
     * @return {@code status}, or null
     */
    public RunStatus status() {
        String status = string("status");
        return status == null ? null : RunStatus.of(status);
    }

    /**
     * The run's metadata (the server merges in the thread's metadata).
     *
     * @return {@code metadata}, or null
     */
    public Map<String, Object> metadata() {
        return map("metadata");
    }

    /**
     * The multitask strategy the run was created with.
     *
     * @return {@code multitask_strategy}, or null
     */
    public MultitaskStrategy multitaskStrategy() {
        String strategy = string("multitask_strategy");
        return strategy == null ? null : MultitaskStrategy.of(strategy);
    }

    /**
     * The arguments the run was created with, such as {@code input}, {@code command}, {@code config},
     * {@code context} and {@code stream_mode}.
     *
     * @return {@code kwargs}, or null
     */
    public Map<String, Object> kwargs() {
        return map("kwargs");
    }
}
