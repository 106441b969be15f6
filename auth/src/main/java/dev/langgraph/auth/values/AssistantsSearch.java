package dev.langgraph.auth.values;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of {@code assistants:search} (Python {@code Auth.types.AssistantsSearch}):
 * {@code POST /assistants/search}, {@code /assistants/count} and {@code POST /assistants/{id}/versions}.
 */
public final class AssistantsSearch extends AssistantsValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    public AssistantsSearch(Map<String, Object> map) {
        super(map);
    }

    /**
     * A value over a fresh, empty map, for tests of handlers.
     */
    public AssistantsSearch() {
        super(new LinkedHashMap<>());
    }

    /**
     * The graph.
     *
     * @return the value, null when absent
     * @throws IllegalStateException if the entry has another JSON type
     */
    public String graphId() {
        return get(ValueFields.GRAPH_ID);
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
