package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a run stream emits ({@code stream_mode}); each mode yields events of the same name.
 * Open: a value unknown to this SDK version is kept as is.
 */
public final class StreamMode extends OpenEnum {

    /** The full state after each step. */
    public static final StreamMode VALUES = new StreamMode("values");
    /** Legacy message streaming: {@code messages/partial}, {@code messages/complete}, {@code messages/metadata}. */
    public static final StreamMode MESSAGES = new StreamMode("messages");
    /** Each node's state update. */
    public static final StreamMode UPDATES = new StreamMode("updates");
    /** LangChain {@code astream_events} records. */
    public static final StreamMode EVENTS = new StreamMode("events");
    /** Task start and result payloads. */
    public static final StreamMode TASKS = new StreamMode("tasks");
    /** Checkpoint payloads. */
    public static final StreamMode CHECKPOINTS = new StreamMode("checkpoints");
    /** Debug records (checkpoints, tasks, task results). */
    public static final StreamMode DEBUG = new StreamMode("debug");
    /** Custom data written by the graph. */
    public static final StreamMode CUSTOM = new StreamMode("custom");
    /** Message chunks with their metadata, as {@code [chunk, metadata]} pairs. */
    public static final StreamMode MESSAGES_TUPLE = new StreamMode("messages-tuple");
    /** Tool lifecycle events (JS SDK only). */
    public static final StreamMode TOOLS = new StreamMode("tools");

    private static final Map<String, StreamMode> KNOWN = Stream.of(
            VALUES, MESSAGES, UPDATES, EVENTS, TASKS, CHECKPOINTS, DEBUG, CUSTOM, MESSAGES_TUPLE, TOOLS)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private StreamMode(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static StreamMode of(String value) {
        StreamMode known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new StreamMode(value);
    }
}
