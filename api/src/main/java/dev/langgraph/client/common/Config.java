package dev.langgraph.client.common;

import java.util.List;
import java.util.Map;

/**
 * A run configuration: tags, recursion limit and the {@code configurable} values passed to the graph. Returned as
 * part of assistants and threads, and built by users for runs, assistants and crons.
 */
public final class Config extends ApiObject {

    private static final String CONFIGURABLE = "configurable";

    private Config(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the configuration
     * @throws NullPointerException if {@code fields} is null
     */
    public static Config fromMap(Map<String, ?> fields) {
        return new Config(fields);
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
     * A builder starting from this configuration's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(toMap());
    }

    /**
     * Tags for this run and its sub-calls, used for filtering in tracing.
     *
     * @return {@code tags}, or null
     */
    public List<String> tags() {
        return stringList("tags");
    }

    /**
     * The maximum number of super-steps; the server's default is 25.
     *
     * @return {@code recursion_limit}, or null
     */
    public Integer recursionLimit() {
        return intValue("recursion_limit");
    }

    /**
     * Values for the graph's configurable fields, such as {@code thread_id} or {@code checkpoint_id}.
     *
     * @return {@code configurable}, or null
     */
    public Map<String, Object> configurable() {
        return map(CONFIGURABLE);
    }

    /**
     * Builds a {@link Config}. Setting a field to {@code null} removes it; models given as values are stored as
     * their JSON maps.
     */
    public static final class Builder {
        private final Map<String, Object> fields;

        private Builder(Map<String, ?> initial) {
            this.fields = copyOf(initial);
        }

        /**
         * Sets the tags.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            ModelFields.putOrRemove(fields, "tags", tags);
            return this;
        }

        /**
         * Sets the recursion limit.
         *
         * @param recursionLimit the maximum number of super-steps
         * @return this builder
         */
        public Builder recursionLimit(int recursionLimit) {
            fields.put("recursion_limit", recursionLimit);
            return this;
        }

        /**
         * Replaces all configurable values.
         *
         * @param configurable the values
         * @return this builder
         */
        public Builder configurable(Map<String, ?> configurable) {
            ModelFields.putOrRemove(fields, CONFIGURABLE, configurable);
            return this;
        }

        /**
         * Sets one configurable value, keeping the others.
         *
         * @param key the configurable key, such as {@code "checkpoint_id"}
         * @param value the value, or null to remove the key
         * @return this builder
         * @throws IllegalStateException if {@code configurable} was set to something other than an object
         */
        public Builder configurable(String key, Object value) {
            Map<String, Object> configurable = ModelFields.nestedCopy(fields, CONFIGURABLE);
            ModelFields.putOrRemove(configurable, key, value);
            fields.put(CONFIGURABLE, configurable);
            return this;
        }

        /**
         * Sets any other top-level field.
         *
         * @param name the JSON field name
         * @param value the value, or null to remove the field
         * @return this builder
         */
        public Builder put(String name, Object value) {
            ModelFields.putOrRemove(fields, name, value);
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public Config build() {
            return new Config(fields);
        }
    }
}
