package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code threads:create_run} (Python {@code Auth.types.RunsCreate}): every run creation:
 * {@code POST /threads/{id}/runs[/stream|/wait]}, {@code POST /runs[/stream|/wait|/batch]}.
 */
public final class RunsCreate extends ThreadsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public RunsCreate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public RunsCreate() {
        super(new LinkedHashMap<>());
    }

    /**
     * The assistant (id or graph id).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String assistantId() {
        return get(ValueFields.ASSISTANT_ID);
    }

    /**
     * The run.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String runId() {
        return get(ValueFields.RUN_ID);
    }

    /**
     * The status.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String status() {
        return get(ValueFields.STATUS);
    }

    /**
     * The metadata object, created empty when absent so a handler can add to it.
     *
     * @return the live object
     * @throws IllegalStateException if the entry is not an object
     */
    public Map<String, Object> metadata() {
        return objectCreatingIfAbsent(ValueFields.METADATA);
    }

    /**
     * Whether the run is refused on a busy thread.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Boolean preventInsertIfInflight() {
        return get(ValueFields.PREVENT_INSERT_IF_INFLIGHT);
    }

    /**
     * What the run does to a busy thread.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String multitaskStrategy() {
        return get(ValueFields.MULTITASK_STRATEGY);
    }

    /**
     * What happens when the thread is missing ({@code reject} or {@code create}).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String ifNotExists() {
        return get(ValueFields.IF_NOT_EXISTS);
    }

    /**
     * The delay before the run starts.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Number afterSeconds() {
        return get(ValueFields.AFTER_SECONDS);
    }

    /**
     * The rest of the run request (input, command, config, context, stream_mode, webhook, ...), under the
     * request's own names, created empty when absent so a handler can add to it.
     *
     * @return the live object
     * @throws IllegalStateException if the entry is not an object
     */
    public Map<String, Object> kwargs() {
        return objectCreatingIfAbsent(ValueFields.KWARGS);
    }

    /**
     * How running work is stopped ({@code interrupt} or {@code rollback}).
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String action() {
        return get(ValueFields.ACTION);
    }
}
