package dev.langgraph.client.store;

import dev.langgraph.client.common.ApiObject;
import java.util.List;
import java.util.Map;

/** The answer to a store search: the items found. */
public final class SearchItemsResponse extends ApiObject {

    private SearchItemsResponse(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the response
     * @throws NullPointerException if {@code fields} is null
     */
    public static SearchItemsResponse fromMap(Map<String, ?> fields) {
        return new SearchItemsResponse(fields);
    }

    /**
     * The items found.
     *
     * @return {@code items}, or null
     */
    public List<SearchItem> items() {
        return objects("items", SearchItem::fromMap);
    }
}
