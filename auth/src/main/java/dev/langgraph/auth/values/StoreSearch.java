package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code store:search} (Python {@code Auth.types.StoreSearch}): {@code POST /store/items/search} (the
 * namespace is the request's {@code namespace_prefix}).
 */
public final class StoreSearch extends StoreValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public StoreSearch(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public StoreSearch() {
        super(new LinkedHashMap<>());
    }

    /**
     * The filter on item values.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Map<String, Object> filter() {
        return get(ValueFields.FILTER);
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
     * The natural-language query.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String query() {
        return get(ValueFields.QUERY);
    }
}
