package dev.langgraph.client.threads;

import dev.langgraph.client.common.Checkpoint;

/**
 * A write to a thread's state, as if a node had produced it.
 *
 * @param values the values to write: a map, a list of maps, or null (always sent, also when null)
 * @param asNode the node the update is attributed to, which decides what runs next; or null for the server's
 *     choice
 * @param checkpoint the checkpoint to update (forking from it), or null for the latest
 * @param checkpointId the id of the checkpoint to update, or null (older form of {@code checkpoint})
 */
public record ThreadUpdateStateParams(Object values, String asNode, Checkpoint checkpoint, String checkpointId) {

    /**
     * Writes values to the latest checkpoint.
     *
     * @param values the values: a map, a list of maps, or null
     * @return the parameters
     */
    public static ThreadUpdateStateParams of(Object values) {
        return new ThreadUpdateStateParams(values, null, null, null);
    }

    /**
     * A builder for a write of these values.
     *
     * @param values the values: a map, a list of maps, or null
     * @return a new builder
     */
    public static Builder builder(Object values) {
        return new Builder(values);
    }

    /** Builds {@link ThreadUpdateStateParams}. */
    public static final class Builder {
        private final Object values;
        private String asNode;
        private Checkpoint checkpoint;
        private String checkpointId;

        private Builder(Object values) {
            this.values = values;
        }

        /**
         * Attributes the update to a node.
         *
         * @param asNode the node name
         * @return this builder
         */
        public Builder asNode(String asNode) {
            this.asNode = asNode;
            return this;
        }

        /**
         * Updates this checkpoint instead of the latest.
         *
         * @param checkpoint the checkpoint
         * @return this builder
         */
        public Builder checkpoint(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
            return this;
        }

        /**
         * Updates the checkpoint with this id instead of the latest.
         *
         * @param checkpointId the checkpoint id
         * @return this builder
         */
        public Builder checkpointId(String checkpointId) {
            this.checkpointId = checkpointId;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public ThreadUpdateStateParams build() {
            return new ThreadUpdateStateParams(values, asNode, checkpoint, checkpointId);
        }
    }
}
