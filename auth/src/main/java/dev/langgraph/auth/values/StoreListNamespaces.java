package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of {@code store:list_namespaces} (Python {@code Auth.types.StoreListNamespaces}):
 * {@code POST /store/namespaces} (the namespace is the request's {@code prefix}; set it to the caller to scope the
 * listing).
 */
public final class StoreListNamespaces extends StoreValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public StoreListNamespaces(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public StoreListNamespaces() {
        super(new LinkedHashMap<>());
    }

    /**
     * The namespace suffix to match.
     *
     * @return the value (live: changes are kept), null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public List<String> suffix() {
        return get(ValueFields.SUFFIX);
    }

    /**
     * The depth namespaces are cut to.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public Integer maxDepth() {
        return get(ValueFields.MAX_DEPTH);
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
