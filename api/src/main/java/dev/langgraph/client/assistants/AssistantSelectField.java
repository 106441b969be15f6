package dev.langgraph.client.assistants;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An assistant field that a search may return ({@code select}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class AssistantSelectField extends OpenEnum {

    /** The assistant id. */
    public static final AssistantSelectField ASSISTANT_ID = new AssistantSelectField("assistant_id");
    /** The graph id. */
    public static final AssistantSelectField GRAPH_ID = new AssistantSelectField("graph_id");
    /** The name. */
    public static final AssistantSelectField NAME = new AssistantSelectField("name");
    /** The description. */
    public static final AssistantSelectField DESCRIPTION = new AssistantSelectField("description");
    /** The configuration. */
    public static final AssistantSelectField CONFIG = new AssistantSelectField("config");
    /** The static context. */
    public static final AssistantSelectField CONTEXT = new AssistantSelectField("context");
    /** Creation time. */
    public static final AssistantSelectField CREATED_AT = new AssistantSelectField("created_at");
    /** Last update time. */
    public static final AssistantSelectField UPDATED_AT = new AssistantSelectField("updated_at");
    /** The metadata. */
    public static final AssistantSelectField METADATA = new AssistantSelectField("metadata");
    /** The version number. */
    public static final AssistantSelectField VERSION = new AssistantSelectField("version");

    private static final Map<String, AssistantSelectField> KNOWN = Stream.of(
            ASSISTANT_ID, GRAPH_ID, NAME, DESCRIPTION, CONFIG, CONTEXT, CREATED_AT, UPDATED_AT, METADATA, VERSION)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private AssistantSelectField(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static AssistantSelectField of(String value) {
        AssistantSelectField known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new AssistantSelectField(value);
    }
}
