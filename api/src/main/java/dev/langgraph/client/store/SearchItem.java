package dev.langgraph.client.store;

import java.util.Map;

/** A store item found by a search, with its relevance score when the search was semantic. */
public final class SearchItem extends Item {

    private SearchItem(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the item
     * @throws NullPointerException if {@code fields} is null
     */
    public static SearchItem fromMap(Map<String, ?> fields) {
        return new SearchItem(fields);
    }

    /**
     * The similarity score of a semantic search.
     *
     * @return {@code score}, or null when the search had no query or the store has no index
     */
    public Double score() {
        return doubleValue("score");
    }
}
