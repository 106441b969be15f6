package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code crons:read} (Python {@code Auth.types.CronsRead}): no HTTP route today (kept for parity with
 * Python and for events raised without a request).
 */
public final class CronsRead extends CronsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public CronsRead(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public CronsRead() {
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
}
