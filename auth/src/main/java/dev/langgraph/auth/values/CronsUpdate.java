package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code crons:update} (Python {@code Auth.types.CronsUpdate}): {@code PATCH /runs/crons/{id}}.
 */
public final class CronsUpdate extends CronsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public CronsUpdate(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public CronsUpdate() {
        super(new LinkedHashMap<>());
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
}
