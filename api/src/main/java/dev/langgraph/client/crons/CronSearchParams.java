package dev.langgraph.client.crons;

import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.internal.Maps;
import java.util.List;
import java.util.Map;

/**
 * Filters, sorting and paging for searching crons. Null filters are not sent.
 *
 * @param assistantId only crons of this assistant, or null
 * @param threadId only crons on this thread, or null
 * @param enabled only active ({@code true}) or paused ({@code false}) crons, or null for both
 * @param metadata metadata the crons must contain, or null
 * @param limit the page size (default 10)
 * @param offset the number of crons to skip (default 0)
 * @param sortBy the sort field, or null
 * @param sortOrder the sort order, or null
 * @param select the fields to return, or null for all
 */
public record CronSearchParams(
        String assistantId,
        String threadId,
        Boolean enabled,
        Map<String, Object> metadata,
        int limit,
        int offset,
        CronSortBy sortBy,
        SortOrder sortOrder,
        List<CronSelectField> select) {

    /**
     * Checks the paging values.
     *
     * @param assistantId only crons of this assistant, or null
     * @param threadId only crons on this thread, or null
     * @param enabled only active ({@code true}) or paused ({@code false}) crons, or null for both
     * @param metadata metadata the crons must contain, or null
     * @param limit the page size (default 10)
     * @param offset the number of crons to skip (default 0)
     * @param sortBy the sort field, or null
     * @param sortOrder the sort order, or null
     * @param select the fields to return, or null for all
     * @throws IllegalArgumentException if {@code limit} is not positive or {@code offset} is negative
     */
    public CronSearchParams {
        metadata = Maps.copy(metadata);
        select = Maps.copy(select);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /**
     * A builder with the defaults (limit 10, offset 0, no filter).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CronSearchParams}. */
    public static final class Builder {
        private String assistantId;
        private String threadId;
        private Boolean enabled;
        private Map<String, Object> metadata;
        private int limit = 10;
        private int offset;
        private CronSortBy sortBy;
        private SortOrder sortOrder;
        private List<CronSelectField> select;

        private Builder() {
        }

        /**
         * Filters on the assistant.
         *
         * @param assistantId the assistant id
         * @return this builder
         */
        public Builder assistantId(String assistantId) {
            this.assistantId = assistantId;
            return this;
        }

        /**
         * Filters on the thread.
         *
         * @param threadId the thread id
         * @return this builder
         */
        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        /**
         * Filters on whether the crons are active.
         *
         * @param enabled true for active crons, false for paused ones
         * @return this builder
         */
        public Builder enabled(Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Filters on metadata.
         *
         * @param metadata key-value pairs the crons must have
         * @return this builder
         */
        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = Maps.copy(metadata);
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
        public Builder sortBy(CronSortBy sortBy) {
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
        public Builder select(List<CronSelectField> select) {
            this.select = select;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the paging values are invalid
         */
        public CronSearchParams build() {
            return new CronSearchParams(assistantId, threadId, enabled, metadata, limit, offset, sortBy, sortOrder,
                    select);
        }
    }
}
