package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of {@code threads:search} (Python {@code Auth.types.ThreadsSearch}): {@code POST /threads/search},
 * {@code /threads/count} and run listing.
 */
public final class ThreadsSearch extends ThreadsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public ThreadsSearch(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public ThreadsSearch() {
        super(new LinkedHashMap<>());
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
     * The filter on thread values.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Map<String, Object> values() {
        return get(ValueFields.VALUES);
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

    /**
     * The thread ids the search is restricted to.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public List<String> ids() {
        return get(ValueFields.IDS);
    }
}
