package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code crons:create} (Python {@code Auth.types.CronsCreate}): {@code POST /runs/crons} and
 * {@code POST /threads/{id}/runs/crons}.
 */
public final class CronsCreate extends CronsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public CronsCreate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public CronsCreate() {
        super(new LinkedHashMap<>());
    }

    /**
     * The rest of the cron request (assistant_id, input, config, ...), under the request's own names, created
     * empty when absent so a handler can add to it.
     *
     * @return the live object
     * @throws IllegalStateException if the entry is not an object
     */
    public Map<String, Object> payload() {
        return objectCreatingIfAbsent(ValueFields.PAYLOAD);
    }

    /**
     * The cron schedule.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String schedule() {
        return get(ValueFields.SCHEDULE);
    }

    /**
     * The cron.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String cronId() {
        return get(ValueFields.CRON_ID);
    }

    /**
     * The thread the cron runs on.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String threadId() {
        return get(ValueFields.THREAD_ID);
    }

    /**
     * The user the cron runs as.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String userId() {
        return get(ValueFields.USER_ID);
    }

    /**
     * When the cron stops.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String endTime() {
        return get(ValueFields.END_TIME);
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
}
