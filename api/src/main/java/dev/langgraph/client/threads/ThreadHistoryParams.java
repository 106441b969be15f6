package dev.langgraph.client.threads;

import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * Which past states of a thread to list, newest first. Null or empty filters are not sent.
 *
 * @param limit the most states to return (default 10)
 * @param beforeCheckpointId only states before the checkpoint with this id, or null
 * @param beforeCheckpoint only states before this checkpoint, or null (at most one of the two "before" fields)
 * @param metadata metadata the states must contain, or null
 * @param checkpoint the subgraph checkpoint to list the states of, or null for the root graph
 */
public record ThreadHistoryParams(
        int limit,
        String beforeCheckpointId,
        Checkpoint beforeCheckpoint,
        Map<String, Object> metadata,
        Checkpoint checkpoint) {

    /**
     * Checks the arguments.
     *
     * @param limit the most states to return (default 10)
     * @param beforeCheckpointId only states before the checkpoint with this id, or null
     * @param beforeCheckpoint only states before this checkpoint, or null (at most one of the two "before" fields)
     * @param metadata metadata the states must contain, or null
     * @param checkpoint the subgraph checkpoint to list the states of, or null for the root graph
     * @throws IllegalArgumentException if {@code limit} is not positive or both "before" fields are set
     */
    public ThreadHistoryParams {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (beforeCheckpointId != null && beforeCheckpoint != null) {
            throw new IllegalArgumentException("set beforeCheckpointId or beforeCheckpoint, not both");
        }
        metadata = Maps.copy(metadata);
    }

    /**
     * A builder with the defaults (limit 10, no filter).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ThreadHistoryParams}. */
    public static final class Builder {
        private int limit = 10;
        private String beforeCheckpointId;
        private Checkpoint beforeCheckpoint;
        private Map<String, Object> metadata;
        private Checkpoint checkpoint;

        private Builder() {
        }

        /**
         * Sets the most states to return.
         *
         * @param limit the limit
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Returns only states before a checkpoint, given by id (replaces a checkpoint set with
         * {@link #before(Checkpoint)}).
         *
         * @param checkpointId the checkpoint id
         * @return this builder
         */
        public Builder before(String checkpointId) {
            this.beforeCheckpointId = checkpointId;
            this.beforeCheckpoint = null;
            return this;
        }

        /**
         * Returns only states before a checkpoint (replaces an id set with {@link #before(String)}).
         *
         * @param checkpoint the checkpoint
         * @return this builder
         */
        public Builder before(Checkpoint checkpoint) {
            this.beforeCheckpoint = checkpoint;
            this.beforeCheckpointId = null;
            return this;
        }

        /**
         * Filters on metadata.
         *
         * @param metadata key-value pairs the states' metadata must have
         * @return this builder
         */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Lists the states of a subgraph.
         *
         * @param checkpoint the subgraph's checkpoint
         * @return this builder
         */
        public Builder checkpoint(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the limit is not positive
         */
        public ThreadHistoryParams build() {
            return new ThreadHistoryParams(limit, beforeCheckpointId, beforeCheckpoint, metadata, checkpoint);
        }
    }
}
