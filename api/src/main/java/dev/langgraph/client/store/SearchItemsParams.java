package dev.langgraph.client.store;

import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * Filters and paging for searching store items. Null values are not sent.
 *
 * @param filter value fields the items must equal, or null
 * @param limit the page size (default 10)
 * @param offset the number of items to skip (default 0)
 * @param query a natural-language query for semantic search, or null (ignored by stores without an index)
 * @param refreshTtl whether reading the items restarts their time to live, or null for the store's default
 */
public record SearchItemsParams(Map<String, Object> filter, int limit, int offset, String query,
        Boolean refreshTtl) {

    /**
     * Checks the paging values.
     *
     * @param filter value fields the items must equal, or null
     * @param limit the page size (default 10)
     * @param offset the number of items to skip (default 0)
     * @param query a natural-language query for semantic search, or null (ignored by stores without an index)
     * @param refreshTtl whether reading the items restarts their time to live, or null for the store's default
     * @throws IllegalArgumentException if {@code limit} is not positive or {@code offset} is negative
     */
    public SearchItemsParams {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        filter = Maps.copy(filter);
    }

    /**
     * A builder with the defaults (limit 10, offset 0, no filter).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SearchItemsParams}. */
    public static final class Builder {
        private Map<String, Object> filter;
        private int limit = 10;
        private int offset;
        private String query;
        private Boolean refreshTtl;

        private Builder() {
        }

        /**
         * Keeps only items whose value has these fields and values.
         *
         * @param filter field to expected value
         * @return this builder
         */
        public Builder filter(Map<String, ?> filter) {
            this.filter = Maps.copy(filter);
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param limit the page size
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets how many to skip.
         *
         * @param offset the offset
         * @return this builder
         */
        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Ranks items by similarity to this query.
         *
         * @param query the query
         * @return this builder
         */
        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /**
         * Sets whether reading the items restarts their time to live.
         *
         * @param refreshTtl the flag
         * @return this builder
         */
        public Builder refreshTtl(Boolean refreshTtl) {
            this.refreshTtl = refreshTtl;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the paging values are invalid
         */
        public SearchItemsParams build() {
            return new SearchItemsParams(filter, limit, offset, query, refreshTtl);
        }
    }
}
