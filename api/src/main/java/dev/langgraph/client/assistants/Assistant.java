package dev.langgraph.client.assistants;

import java.time.Instant;
import java.util.Map;

/** An assistant: a graph with its configuration, context and metadata, at its current version. */
public final class Assistant extends AssistantBase {

    private Assistant(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the assistant
     * @throws NullPointerException if {@code fields} is null
     */
    public static Assistant fromMap(Map<String, ?> fields) {
        return new Assistant(fields);
    }

    /**
     * When the assistant was last changed.
     *
     * @return {@code updated_at}, or null
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }
}
