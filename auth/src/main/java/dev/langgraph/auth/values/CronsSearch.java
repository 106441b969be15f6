package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code crons:search} (Python {@code Auth.types.CronsSearch}): {@code POST /runs/crons/search} and
 * {@code /runs/crons/count}.
 */
public final class CronsSearch extends CronsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public CronsSearch(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public CronsSearch() {
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
     * The thread the cron runs on.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String threadId() {
        return get(ValueFields.THREAD_ID);
    }

    /**
     * The page size.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Integer limit() {
        return get(ValueFields.LIMIT);
    }

    /**
     * The page offset.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Integer offset() {
        return get(ValueFields.OFFSET);
    }
}
