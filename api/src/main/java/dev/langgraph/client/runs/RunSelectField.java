package dev.langgraph.client.runs;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A run field that a search may return ({@code select}). Open: a value unknown to this SDK version is kept as is. */
public final class RunSelectField extends OpenEnum {

    /** The run id. */
    public static final RunSelectField RUN_ID = new RunSelectField("run_id");
    /** The thread id. */
    public static final RunSelectField THREAD_ID = new RunSelectField("thread_id");
    /** The assistant id. */
    public static final RunSelectField ASSISTANT_ID = new RunSelectField("assistant_id");
    /** Creation time. */
    public static final RunSelectField CREATED_AT = new RunSelectField("created_at");
    /** Last update time. */
    public static final RunSelectField UPDATED_AT = new RunSelectField("updated_at");
    /** The run status. */
    public static final RunSelectField STATUS = new RunSelectField("status");
    /** The run metadata. */
    public static final RunSelectField METADATA = new RunSelectField("metadata");
    /** The run's arguments. */
    public static final RunSelectField KWARGS = new RunSelectField("kwargs");
    /** The multitask strategy. */
    public static final RunSelectField MULTITASK_STRATEGY = new RunSelectField("multitask_strategy");

    private static final Map<String, RunSelectField> KNOWN = Stream.of(
            RUN_ID, THREAD_ID, ASSISTANT_ID, CREATED_AT, UPDATED_AT, STATUS, METADATA, KWARGS, MULTITASK_STRATEGY)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private RunSelectField(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static RunSelectField of(String value) {
        RunSelectField known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new RunSelectField(value);
    }
}
