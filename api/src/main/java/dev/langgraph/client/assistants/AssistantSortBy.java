package dev.langgraph.client.assistants;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field an assistant search sorts by ({@code sort_by}).
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class AssistantSortBy extends OpenEnum {

    /** The assistant id. */
    public static final AssistantSortBy ASSISTANT_ID = new AssistantSortBy("assistant_id");
    /** The graph id. */
    public static final AssistantSortBy GRAPH_ID = new AssistantSortBy("graph_id");
    /** The name. */
    public static final AssistantSortBy NAME = new AssistantSortBy("name");
    /** Creation time. */
    public static final AssistantSortBy CREATED_AT = new AssistantSortBy("created_at");
    /** Last update time. */
    public static final AssistantSortBy UPDATED_AT = new AssistantSortBy("updated_at");

    private static final Map<String, AssistantSortBy> KNOWN = Stream.of(
            ASSISTANT_ID, GRAPH_ID, NAME, CREATED_AT, UPDATED_AT)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private AssistantSortBy(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static AssistantSortBy of(String value) {
        AssistantSortBy known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new AssistantSortBy(value);
    }
}
