package dev.langgraph.client.store;

import dev.langgraph.client.internal.Maps;
import java.util.List;

/**
 * Filters and paging for listing store namespaces. Null values are not sent.
 *
 * @param prefix only namespaces starting with these labels, or null
 * @param suffix only namespaces ending with these labels, or null
 * @param maxDepth namespaces are truncated to this many labels, or null for full paths
 * @param limit the page size (default 100)
 * @param offset the number of namespaces to skip (default 0)
 */
public record ListNamespacesParams(List<String> prefix, List<String> suffix, Integer maxDepth, int limit,
        int offset) {

    /**
     * Checks the depth and paging values.
     *
     * @param prefix only namespaces starting with these labels, or null
     * @param suffix only namespaces ending with these labels, or null
     * @param maxDepth namespaces are truncated to this many labels, or null for full paths
     * @param limit the page size (default 100)
     * @param offset the number of namespaces to skip (default 0)
     * @throws IllegalArgumentException if {@code maxDepth} or {@code limit} is not positive, or {@code offset} is
     *     negative
     */
    public ListNamespacesParams {
        if (maxDepth != null && maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative: " + limit + ", "
                    + offset);
        }
        prefix = Maps.copy(prefix);
        suffix = Maps.copy(suffix);
    }

    /**
     * A builder with the defaults (limit 100, offset 0, no filter).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ListNamespacesParams}. */
    public static final class Builder {
        private List<String> prefix;
        private List<String> suffix;
        private Integer maxDepth;
        private int limit = 100;
        private int offset;

        private Builder() {
        }

        /**
         * Keeps namespaces starting with these labels.
         *
         * @param prefix the labels
         * @return this builder
         */
        public Builder prefix(List<String> prefix) {
            this.prefix = prefix;
            return this;
        }

        /**
         * Keeps namespaces ending with these labels.
         *
         * @param suffix the labels
         * @return this builder
         */
        public Builder suffix(List<String> suffix) {
            this.suffix = suffix;
            return this;
        }

        /**
         * Truncates namespaces to this many labels.
         *
         * @param maxDepth the depth
         * @return this builder
         */
        public Builder maxDepth(Integer maxDepth) {
            this.maxDepth = maxDepth;
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
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if a value is out of range
         */
        public ListNamespacesParams build() {
            return new ListNamespacesParams(prefix, suffix, maxDepth, limit, offset);
        }
    }
}
