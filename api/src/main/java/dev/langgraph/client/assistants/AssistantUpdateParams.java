package dev.langgraph.client.assistants;

import dev.langgraph.client.common.Config;
import dev.langgraph.client.internal.Maps;
import java.util.Map;

/**
 * What to change on an assistant; each update creates a new version. Null fields are left unchanged;
 * an empty {@code config} or {@code context} resets it.
 *
 * @param graphId a new graph id, or null
 * @param config a new configuration, or null
 * @param context a new context, or null
 * @param metadata metadata to merge, or null
 * @param name a new name, or null
 * @param description a new description, or null
 */
public record AssistantUpdateParams(
        String graphId,
        Config config,
        Map<String, Object> context,
        Map<String, Object> metadata,
        String name,
        String description) {

    /**
     * Copies the maps.
     *
     * @param graphId a new graph id, or null
     * @param config a new configuration, or null
     * @param context a new context, or null
     * @param metadata metadata to merge, or null
     * @param name a new name, or null
     * @param description a new description, or null
     */
    public AssistantUpdateParams {
        context = Maps.copy(context);
        metadata = Maps.copy(metadata);
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AssistantUpdateParams}. */
    public static final class Builder {
        private String graphId;
        private Config config;
        private Map<String, Object> context;
        private Map<String, Object> metadata;
        private String name;
        private String description;

        private Builder() {
        }

        /**
         * Sets the graph id.
         *
         * @param graphId the graph id
         * @return this builder
         */
        public Builder graphId(String graphId) {
            this.graphId = graphId;
            return this;
        }

        /**
         * Sets the configuration ({@code Config.builder().build()} resets it).
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(Config config) {
            this.config = config;
            return this;
        }

        /**
         * Sets the context (an empty map resets it).
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
         */
        public AssistantUpdateParams build() {
            return new AssistantUpdateParams(graphId, config, context, metadata, name, description);
        }
    }
}
