package dev.langgraph.client.threads;

import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.internal.Maps;
import java.util.List;
import java.util.Map;

/**
 * What to send to create a thread. Every field is optional; empty values are not sent.
 *
 * @param metadata metadata to store, or null
 * @param threadId the id to use, or null for a server-generated one
 * @param ifExists what to do when {@code threadId} exists already, or null for the server's default (raise)
 * @param supersteps state updates to apply when the thread is created, or null; the server needs a graph id
 *     ({@code graphId}) to apply them
 * @param graphId the graph to associate the thread with, sent as {@code metadata.graph_id}, or null
 * @param ttlMinutes how long the thread lives, in minutes, before the server deletes it; or null for no TTL
 */
public record ThreadCreateParams(
        Map<String, Object> metadata,
        String threadId,
        OnConflictBehavior ifExists,
        List<Superstep> supersteps,
        String graphId,
        Integer ttlMinutes) {

    /**
     * Copies the collections.
     *
     * @param metadata metadata to store, or null
     * @param threadId the id to use, or null for a server-generated one
     * @param ifExists what to do when {@code threadId} exists already, or null for the server's default (raise)
     * @param supersteps state updates to apply when the thread is created, or null; the server needs a graph id ({@code graphId}) to apply them
     * @param graphId the graph to associate the thread with, sent as {@code metadata.graph_id}, or null
     * @param ttlMinutes how long the thread lives, in minutes, before the server deletes it; or null for no TTL
     */
    public ThreadCreateParams {
        metadata = Maps.copy(metadata);
        supersteps = Maps.copy(supersteps);
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ThreadCreateParams}. */
    public static final class Builder {
        private Map<String, Object> metadata;
        private String threadId;
        private OnConflictBehavior ifExists;
        private List<Superstep> supersteps;
        private String graphId;
        private Integer ttlMinutes;

        private Builder() {
        }

        /**
         * Sets the metadata.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the thread id.
         *
         * @param threadId the id
         * @return this builder
         */
        public Builder threadId(String threadId) {
            this.threadId = threadId;
            return this;
        }

        /**
         * Sets what to do when the id exists already.
         *
         * @param ifExists the behaviour
         * @return this builder
         */
        public Builder ifExists(OnConflictBehavior ifExists) {
            this.ifExists = ifExists;
            return this;
        }

        /**
         * Sets the state updates to apply when the thread is created.
         *
         * @param supersteps the steps, applied in order
         * @return this builder
         */
        public Builder supersteps(List<Superstep> supersteps) {
            this.supersteps = supersteps;
            return this;
        }

        /**
         * Associates the thread with a graph (stored as {@code metadata.graph_id}).
         *
         * @param graphId the graph id
         * @return this builder
         */
        public Builder graphId(String graphId) {
            this.graphId = graphId;
            return this;
        }

        /**
         * Sets the time to live; the server deletes the thread when it expires.
         *
         * @param minutes the time to live in minutes
         * @return this builder
         */
        public Builder ttlMinutes(int minutes) {
            this.ttlMinutes = minutes;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public ThreadCreateParams build() {
            return new ThreadCreateParams(metadata, threadId, ifExists, supersteps, graphId, ttlMinutes);
        }
    }
}
