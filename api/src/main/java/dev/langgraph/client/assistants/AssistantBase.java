package dev.langgraph.client.assistants;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.Config;
import java.time.Instant;
import java.util.Map;

/**
 * The fields shared by an {@link Assistant} and an {@link AssistantVersion} (Python's {@code AssistantBase}).
 * Not meant to be extended outside this package.
 */
public abstract class AssistantBase extends ApiObject {

    AssistantBase(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * The assistant id.
     *
     * @return {@code assistant_id}, or null
     */
    public String assistantId() {
        return string("assistant_id");
    }

    /**
     * The id of the graph the assistant runs.
     *
     * @return {@code graph_id}, or null
     */
    public String graphId() {
        return string("graph_id");
    }

    /**
     * The assistant's run configuration.
     *
     * @return {@code config}, or null
     */
    public Config config() {
        return object("config", Config::fromMap);
    }

    /**
     * The static context passed to every run.
     *
     * @return {@code context}, or null
     */
    public Map<String, Object> context() {
        return map("context");
    }

    /**
     * When the assistant (or this version) was created.
     *
     * @return {@code created_at}, or null
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * The assistant's metadata.
     *
     * @return {@code metadata}, or null
     */
    public Map<String, Object> metadata() {
        return map("metadata");
    }

    /**
     * The version number, starting at 1.
     *
     * @return {@code version}, or null
     */
    public Integer version() {
        return intValue("version");
    }

    /**
     * The assistant's name.
     *
     * @return {@code name}, or null
     */
    public String name() {
        return string("name");
    }

    /**
     * The assistant's description.
     *
     * @return {@code description}, or null
     */
    public String description() {
        return string("description");
    }
}
