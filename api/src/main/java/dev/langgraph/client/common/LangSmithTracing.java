package dev.langgraph.client.common;

import java.util.Map;

/** LangSmith tracing options for a run: the project to trace into and the dataset example the run belongs to. */
public final class LangSmithTracing extends ApiObject {

    private LangSmithTracing(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the tracing options
     * @throws NullPointerException if {@code fields} is null
     */
    public static LangSmithTracing fromMap(Map<String, ?> fields) {
        return new LangSmithTracing(fields);
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
     * A builder starting from these options' fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(toMap());
    }

    /**
     * The LangSmith project name.
     *
     * @return {@code project_name}, or null
     */
    public String projectName() {
        return string("project_name");
    }

    /**
     * The id of the dataset example this run is for.
     *
     * @return {@code example_id}, or null
     */
    public String exampleId() {
        return string("example_id");
    }

    /** Builds a {@link LangSmithTracing}. Setting a field to {@code null} removes it. */
    public static final class Builder {
        private final Map<String, Object> fields;

        private Builder(Map<String, ?> initial) {
            this.fields = copyOf(initial);
        }

        /**
         * Sets the project name.
         *
         * @param projectName the LangSmith project
         * @return this builder
         */
        public Builder projectName(String projectName) {
            ModelFields.putOrRemove(fields, "project_name", projectName);
            return this;
        }

        /**
         * Sets the dataset example id.
         *
         * @param exampleId the example id
         * @return this builder
         */
        public Builder exampleId(String exampleId) {
            ModelFields.putOrRemove(fields, "example_id", exampleId);
            return this;
        }

        /**
         * Builds the tracing options.
         *
         * @return the tracing options
         */
        public LangSmithTracing build() {
            return new LangSmithTracing(fields);
        }
    }
}
