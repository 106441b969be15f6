package dev.langgraph.client.threads;

import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * What to change on a thread.
 *
 * @param metadata metadata to merge into the thread's metadata (required; may be empty)
 * @param ttlMinutes a new time to live in minutes, or null to leave it unchanged
 * @param returnMinimal whether to ask the server for no body ({@code Prefer: return=minimal}); the update then
 *     returns null
 */
public record ThreadUpdateParams(Map<String, Object> metadata, Integer ttlMinutes, boolean returnMinimal) {

    /**
     * Checks and copies the metadata.
     *
     * @param metadata metadata to merge into the thread's metadata (required; may be empty)
     * @param ttlMinutes a new time to live in minutes, or null to leave it unchanged
     * @param returnMinimal whether to ask the server for no body ({@code Prefer: return=minimal}); the update then returns null
     * @throws IllegalArgumentException if {@code metadata} is null
     */
    public ThreadUpdateParams {
        if (metadata == null) {
            throw new IllegalArgumentException("metadata must not be null");
        }
        metadata = Maps.copy(metadata);
    }

    /**
     * Parameters that only merge metadata.
     *
     * @param metadata the metadata to merge
     * @return the parameters
     * @throws IllegalArgumentException if {@code metadata} is null
     */
    public static ThreadUpdateParams of(Map<String, Object> metadata) {
        return new ThreadUpdateParams(metadata, null, false);
    }

    /**
     * A builder for an update that merges this metadata.
     *
     * @param metadata the metadata to merge (may be empty)
     * @return a new builder
     */
    public static Builder builder(Map<String, Object> metadata) {
        return new Builder(metadata);
    }

    /** Builds {@link ThreadUpdateParams}. */
    public static final class Builder {
        private final Map<String, Object> metadata;
        private Integer ttlMinutes;
        private boolean returnMinimal;

        private Builder(Map<String, Object> metadata) {
            this.metadata = metadata;
        }

        /**
         * Sets a new time to live.
         *
         * @param minutes the time to live in minutes
         * @return this builder
         */
        public Builder ttlMinutes(int minutes) {
            this.ttlMinutes = minutes;
            return this;
        }

        /**
         * Asks the server not to send the updated thread back.
         *
         * @param returnMinimal whether to skip the response body
         * @return this builder
         */
        public Builder returnMinimal(boolean returnMinimal) {
            this.returnMinimal = returnMinimal;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the metadata is null
         */
        public ThreadUpdateParams build() {
            return new ThreadUpdateParams(metadata, ttlMinutes, returnMinimal);
        }
    }
}
