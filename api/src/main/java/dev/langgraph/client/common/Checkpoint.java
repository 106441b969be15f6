package dev.langgraph.client.common;

import java.util.Map;

/**
 * A checkpoint reference: which thread, namespace and checkpoint a state belongs to. Returned by the server
 * and accepted by state, history and run calls.
 */
public final class Checkpoint extends ApiObject {

    private Checkpoint(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the checkpoint
     * @throws NullPointerException if {@code fields} is null
     */
    public static Checkpoint fromMap(Map<String, ?> fields) {
        return new Checkpoint(fields);
    }

    /**
     * A new builder.
     *
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /**
     * A builder starting from this checkpoint's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(toMap());
    }

    /**
     * The thread id.
     *
     * @return {@code thread_id}, or null
     */
    public String threadId() {
        return string("thread_id");
    }

    /**
     * The checkpoint namespace; empty for the root graph.
     *
     * @return {@code checkpoint_ns}, or null
     */
    public String checkpointNs() {
        return string("checkpoint_ns");
    }

    /**
     * The checkpoint id.
     *
     * @return {@code checkpoint_id}, or null
     */
    public String checkpointId() {
        return string("checkpoint_id");
    }

    /**
     * Checkpoint ids of parent namespaces.
     *
     * @return {@code checkpoint_map}, or null
     */
    public Map<String, Object> checkpointMap() {
        return map("checkpoint_map");
    }

    /** Builds a {@link Checkpoint}. */
    public static final class Builder {
        private final Map<String, Object> fields;

        private Builder(Map<String, ?> initial) {
            this.fields = copyOf(initial);
        }

        /**
         * Sets the thread id.
         *
         * @param threadId the thread id
         * @return this builder
         */
        public Builder threadId(String threadId) {
            fields.put("thread_id", threadId);
            return this;
        }

        /**
         * Sets the checkpoint namespace.
         *
         * @param checkpointNs the namespace, empty for the root graph
         * @return this builder
         */
        public Builder checkpointNs(String checkpointNs) {
            fields.put("checkpoint_ns", checkpointNs);
            return this;
        }

        /**
         * Sets the checkpoint id.
         *
         * @param checkpointId the checkpoint id
         * @return this builder
         */
        public Builder checkpointId(String checkpointId) {
            fields.put("checkpoint_id", checkpointId);
            return this;
        }

        /**
         * Sets the checkpoint ids of parent namespaces.
         *
         * @param checkpointMap the map
         * @return this builder
         */
        public Builder checkpointMap(Map<String, ?> checkpointMap) {
            fields.put("checkpoint_map", checkpointMap);
            return this;
        }

        /**
         * Builds the checkpoint.
         *
         * @return the checkpoint
         */
        public Checkpoint build() {
            return new Checkpoint(fields);
        }
    }
}
