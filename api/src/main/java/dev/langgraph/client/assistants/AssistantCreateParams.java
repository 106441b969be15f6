package dev.langgraph.client.assistants;

import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * What to send to create an assistant. Only {@code graphId} is required.
 *
 * @param graphId the graph the assistant runs (a graph id from the server's configuration)
 * @param config the run configuration, or null
 * @param context the static context, or null
 * @param metadata metadata to store, or null
 * @param assistantId the id to use, or null for a server-generated one
 * @param ifExists what to do when {@code assistantId} exists already, or null for the server's default (raise)
 * @param name a human-readable name, or null
 * @param description a description, or null
 */
public record AssistantCreateParams(
        String graphId,
        Config config,
        Map<String, Object> context,
        Map<String, Object> metadata,
        String assistantId,
        OnConflictBehavior ifExists,
        String name,
        String description) {

    /**
     * Checks the arguments.
     *
     * @param graphId the graph the assistant runs (a graph id from the server's configuration)
     * @param config the run configuration, or null
     * @param context the static context, or null
     * @param metadata metadata to store, or null
     * @param assistantId the id to use, or null for a server-generated one
     * @param ifExists what to do when {@code assistantId} exists already, or null for the server's default (raise)
     * @param name a human-readable name, or null
     * @param description a description, or null
     * @throws IllegalArgumentException if {@code graphId} is null or blank
     */
    public AssistantCreateParams {
        if (graphId == null || graphId.isBlank()) {
            throw new IllegalArgumentException("graphId must not be null or blank");
        }
        context = Maps.copy(context);
        metadata = Maps.copy(metadata);
    }

    /**
     * A builder for an assistant of a graph.
     *
     * @param graphId the graph id
     * @return a new builder
     */
    public static Builder builder(String graphId) {
        return new Builder(graphId);
    }

    /** Builds {@link AssistantCreateParams}. */
    public static final class Builder {
        private final String graphId;
        private Config config;
        private Map<String, Object> context;
        private Map<String, Object> metadata;
        private String assistantId;
        private OnConflictBehavior ifExists;
        private String name;
        private String description;

        private Builder(String graphId) {
            this.graphId = graphId;
        }

        /**
         * Sets the run configuration.
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(Config config) {
            this.config = config;
            return this;
        }

        /**
         * Sets the static context.
         *
         * @param context the context
         * @return this builder
         */
        public Builder context(Map<String, Object> context) {
            this.context = context;
            return this;
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
         * Sets the assistant id.
         *
         * @param assistantId the id
         * @return this builder
         */
        public Builder assistantId(String assistantId) {
            this.assistantId = assistantId;
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
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the graph id is blank
         */
        public AssistantCreateParams build() {
            return new AssistantCreateParams(graphId, config, context, metadata, assistantId, ifExists, name,
                    description);
        }
    }
}
