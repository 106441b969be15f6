package dev.langgraph.client.assistants;

import java.util.Map;

/** One stored version of an assistant, as listed by the versions endpoint. */
public final class AssistantVersion extends AssistantBase {

    private AssistantVersion(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the version
     * @throws NullPointerException if {@code fields} is null
     */
    public static AssistantVersion fromMap(Map<String, ?> fields) {
        return new AssistantVersion(fields);
    }
}
