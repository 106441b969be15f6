package dev.langgraph.client.assistants;

import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.internal.Maps;
import java.util.List;
import java.util.Map;

/**
 * Filters, sorting and paging for searching assistants. Null filters are not sent.
 *
 * @param metadata metadata the assistants must contain, or null
 * @param graphId the graph id to match, or null
 * @param name a name to match (substring, as the server implements it), or null
 * @param limit the page size (default 10)
 * @param offset the number of assistants to skip (default 0)
 * @param sortBy the sort field, or null
 * @param sortOrder the sort order, or null
 * @param select the fields to return, or null for all
 */
public record AssistantSearchParams(
        Map<String, Object> metadata,
        String graphId,
        String name,
        int limit,
        int offset,
        AssistantSortBy sortBy,
        SortOrder sortOrder,
        List<AssistantSelectField> select) {

    /**
     * Checks the paging values.
     *
     * @param metadata metadata the assistants must contain, or null
     * @param graphId the graph id to match, or null
     * @param name a name to match (substring, as the server implements it), or null
     * @param limit the page size (default 10)
     * @param offset the number of assistants to skip (default 0)
     * @param sortBy the sort field, or null
     * @param sortOrder the sort order, or null
     * @param select the fields to return, or null for all
     * @throws IllegalArgumentException if {@code limit} is not positive or {@code offset} is negative
     */
    public AssistantSearchParams {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative: " + limit + ", "
                    + offset);
        }
        metadata = Maps.copy(metadata);
        select = Maps.copy(select);
    }

    /**
     * A builder with the defaults (limit 10, offset 0, no filter).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AssistantSearchParams}. */
    public static final class Builder {
        private Map<String, Object> metadata;
        private String graphId;
        private String name;
        private int limit = 10;
        private int offset;
        private AssistantSortBy sortBy;
        private SortOrder sortOrder;
        private List<AssistantSelectField> select;

        private Builder() {
        }

        /**
         * Filters on metadata.
         *
         * @param metadata key-value pairs the assistants must have
         * @return this builder
         */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Filters on the graph id.
         *
         * @param graphId the graph id
         * @return this builder
         */
        public Builder graphId(String graphId) {
            this.graphId = graphId;
            return this;
        }

        /**
         * Filters on the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
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
         * Sets the sort field.
         *
         * @param sortBy the field
         * @return this builder
         */
        public Builder sortBy(AssistantSortBy sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        /**
         * Sets the sort order.
         *
         * @param sortOrder the order
         * @return this builder
         */
        public Builder sortOrder(SortOrder sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        /**
         * Returns only these fields.
         *
         * @param select the fields
         * @return this builder
         */
        public Builder select(List<AssistantSelectField> select) {
            this.select = select;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the paging values are invalid
         */
        public AssistantSearchParams build() {
            return new AssistantSearchParams(metadata, graphId, name, limit, offset, sortBy, sortOrder, select);
        }
    }
}
