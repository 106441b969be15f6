package dev.langgraph.client.store;

import dev.langgraph.client.internal.Maps;
import java.util.List;

/**
 * How to store an item, beyond its value: semantic indexing and time to live. Unset fields are not sent, so the
 * store's defaults apply.
 *
 * @param indexDisabled true to keep the item out of the semantic index ({@code "index": false})
 * @param indexFields the value fields to index ({@code "index": [...]}), or null for the store's default
 * @param ttlMinutes minutes until the item expires, or null for the store's default
 */
public record PutItemParams(boolean indexDisabled, List<String> indexFields, Integer ttlMinutes) {

    /**
     * Checks the arguments.
     *
     * @param indexDisabled true to keep the item out of the semantic index ({@code "index": false})
     * @param indexFields the value fields to index ({@code "index": [...]}), or null for the store's default
     * @param ttlMinutes minutes until the item expires, or null for the store's default
     * @throws IllegalArgumentException if the index is both disabled and given fields, or {@code ttlMinutes} is
     *     not positive
     */
    public PutItemParams {
        if (indexDisabled && indexFields != null) {
            throw new IllegalArgumentException("The index cannot be both disabled and given fields");
        }
        if (ttlMinutes != null && ttlMinutes < 1) {
            throw new IllegalArgumentException("ttlMinutes must be positive: " + ttlMinutes);
        }
        indexFields = Maps.copy(indexFields);
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PutItemParams}. */
    public static final class Builder {
        private boolean indexDisabled;
        private List<String> indexFields;
        private Integer ttlMinutes;

        private Builder() {
        }

        /**
         * Keeps the item out of the semantic index.
         *
         * @return this builder
         */
        public Builder noIndex() {
            this.indexDisabled = true;
            this.indexFields = null;
            return this;
        }

        /**
         * Indexes these fields of the value, such as {@code ["text", "meta.title"]}.
         *
         * @param fields the field paths
         * @return this builder
         */
        public Builder index(List<String> fields) {
            this.indexDisabled = false;
            this.indexFields = fields;
            return this;
        }

        /**
         * Expires the item after this many minutes.
         *
         * @param ttlMinutes the time to live in minutes, or null for the store's default
         * @return this builder
         */
        public Builder ttlMinutes(Integer ttlMinutes) {
            this.ttlMinutes = ttlMinutes;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the time to live is not positive
         */
        public PutItemParams build() {
            return new PutItemParams(indexDisabled, indexFields, ttlMinutes);
        }
    }
}
