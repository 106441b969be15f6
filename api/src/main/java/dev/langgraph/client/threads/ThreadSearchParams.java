package dev.langgraph.client.threads;

import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.internal.Maps;
import java.util.List;
import java.util.Map;

/**
 * Filters, sorting, paging and projections for searching threads. Null or empty filters are not sent.
 *
 * @param metadata metadata the threads must contain, or null
 * @param values state values the threads must contain, or null
 * @param ids only these thread ids, or null
 * @param status the status to match, or null
 * @param limit the page size (default 10)
 * @param offset the number of threads to skip (default 0)
 * @param sortBy the sort field, or null
 * @param sortOrder the sort order, or null
 * @param select the fields to return, or null for all
 * @param extract alias to JSON path (such as {@code "values.messages[-1]"}) of values to return in
 *     {@link Thread#extracted()}; at most {@value #MAX_EXTRACT} entries; or null
 */
public record ThreadSearchParams(
        Map<String, Object> metadata,
        Map<String, Object> values,
        List<String> ids,
        ThreadStatus status,
        int limit,
        int offset,
        ThreadSortBy sortBy,
        SortOrder sortOrder,
        List<ThreadSelectField> select,
        Map<String, String> extract) {

    /** The most {@code extract} paths the server accepts in one search. */
    public static final int MAX_EXTRACT = 10;

    /**
     * Checks the paging values and the number of extract paths.
     *
     * @param metadata metadata the threads must contain, or null
     * @param values state values the threads must contain, or null
     * @param ids only these thread ids, or null
     * @param status the status to match, or null
     * @param limit the page size (default 10)
     * @param offset the number of threads to skip (default 0)
     * @param sortBy the sort field, or null
     * @param sortOrder the sort order, or null
     * @param select the fields to return, or null for all
     * @param extract alias to JSON path (such as {@code "values.messages[-1]"}) of values to return in {@link Thread#extracted()}; at most {@value #MAX_EXTRACT} entries; or null
     * @throws IllegalArgumentException if {@code limit} is not positive, {@code offset} is negative or
     *     {@code extract} has more than {@value #MAX_EXTRACT} entries
     */
    public ThreadSearchParams {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative: " + limit + ", "
                    + offset);
        }
        if (extract != null && extract.size() > MAX_EXTRACT) {
            throw new IllegalArgumentException("extract takes at most " + MAX_EXTRACT + " paths, got "
                    + extract.size());
        }
        metadata = Maps.copy(metadata);
        values = Maps.copy(values);
        ids = Maps.copy(ids);
        select = Maps.copy(select);
        extract = Maps.copy(extract);
    }

    /**
     * A builder with the defaults (limit 10, offset 0, no filter).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ThreadSearchParams}. */
    public static final class Builder {
        private Map<String, Object> metadata;
        private Map<String, Object> values;
        private List<String> ids;
        private ThreadStatus status;
        private int limit = 10;
        private int offset;
        private ThreadSortBy sortBy;
        private SortOrder sortOrder;
        private List<ThreadSelectField> select;
        private Map<String, String> extract;

        private Builder() {
        }

        /**
         * Filters on metadata.
         *
         * @param metadata key-value pairs the threads must have
         * @return this builder
         */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Filters on state values.
         *
         * @param values key-value pairs the threads' values must have
         * @return this builder
         */
        public Builder values(Map<String, Object> values) {
            this.values = values;
            return this;
        }

        /**
         * Returns only these threads.
         *
         * @param ids the thread ids
         * @return this builder
         */
        public Builder ids(List<String> ids) {
            this.ids = ids;
            return this;
        }

        /**
         * Filters on the status.
         *
         * @param status the status
         * @return this builder
         */
        public Builder status(ThreadStatus status) {
            this.status = status;
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
        public Builder sortBy(ThreadSortBy sortBy) {
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
        public Builder select(List<ThreadSelectField> select) {
            this.select = select;
            return this;
        }

        /**
         * Extracts values from each thread into {@link Thread#extracted()}.
         *
         * @param extract alias to JSON path, at most {@value ThreadSearchParams#MAX_EXTRACT} entries
         * @return this builder
         */
        public Builder extract(Map<String, String> extract) {
            this.extract = extract;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the paging values are invalid or there are too many extract paths
         */
        public ThreadSearchParams build() {
            return new ThreadSearchParams(metadata, values, ids, status, limit, offset, sortBy, sortOrder, select,
                    extract);
        }
    }
}
