package dev.langgraph.client.streaming;

import dev.langgraph.client.common.Interrupt;
import dev.langgraph.client.json.JsonCodec;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One server-sent event of a run stream: its event name, its data decoded from JSON, and its id.
 *
 * <p>Event names are the stream mode, followed for subgraph events by the namespace: {@code updates|inner:<task>}.
 * {@link #mode()} and {@link #namespace()} split them. The data is plain Java types ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean} or null); {@link #dataAs(Class)} converts it into your own type.
 */
public final class StreamPart {

    private final String event;
    private final Object data;
    private final String id;
    private final JsonCodec codec;

    /**
     * Creates a part.
     *
     * @param event the event name, never null
     * @param data the decoded data, may be null
     * @param id the event id, or null when the server sent none
     * @param codec the codec that converts the data for {@link #dataAs(Class)}
     * @throws NullPointerException if {@code event} or {@code codec} is null
     */
    public StreamPart(String event, Object data, String id, JsonCodec codec) {
        this.event = Objects.requireNonNull(event, "event");
        this.data = data;
        this.id = id;
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * The SSE event name, such as {@code values}, {@code messages}, {@code updates|inner:1f0...}.
     *
     * @return the event name
     */
    public String event() {
        return event;
    }

    /**
     * The event data decoded from JSON.
     *
     * @return plain Java types, or null
     */
    public Object data() {
        return data;
    }

    /**
     * The SSE id, used to resume the stream with {@code Last-Event-ID}. Stateless streams have none.
     *
     * @return the id, or null
     */
    public String id() {
        return id;
    }

    /**
     * The stream mode that produced this event: the event name before the first {@code |}.
     *
     * @return for example {@code updates}, {@code messages}, {@code metadata} or {@code error}
     */
    public String mode() {
        int bar = event.indexOf('|');
        return bar < 0 ? event : event.substring(0, bar);
    }

    /**
     * The subgraph namespace: the segments after the mode, each {@code <node>:<task id>}. Empty for the root graph.
     *
     * @return the namespace segments
     */
    public List<String> namespace() {
        int bar = event.indexOf('|');
        return bar < 0 ? List.of() : List.copyOf(Arrays.asList(event.substring(bar + 1).split("\\|", -1)));
    }

    /**
     * Whether this event is an {@code error} event.
     *
     * @return true for error events
     */
    public boolean isError() {
        return "error".equals(mode());
    }

    /**
     * The data as a JSON object.
     *
     * @return the map
     * @throws IllegalStateException if the data is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> dataAsMap() {
        if (data instanceof Map) {
            return (Map<String, Object>) data;
        }
        throw new IllegalStateException("Data of event '" + event + "' is not a JSON object: " + data);
    }

    /**
     * Converts the data into a type of yours, such as a record of your graph's state.
     *
     * @param type the target class
     * @param <T> the target type
     * @return the converted data
     * @throws dev.langgraph.client.json.JsonException if the data does not fit the type
     */
    public <T> T dataAs(Class<T> type) {
        return codec.convert(data, type);
    }

    /**
     * Converts the data into a generic type, such as {@code List<Map<String, Object>>}.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the converted data
     * @throws dev.langgraph.client.json.JsonException if the data does not fit the type
     */
    public <T> T dataAs(Type type) {
        return codec.convert(data, type);
    }

    /**
     * The interrupts this event carries, as the Python SDK's {@code version="v2"} parts expose them: the
     * {@code __interrupt__} entries of a {@code values} or {@code updates} event.
     *
     * @return the interrupts, empty when there are none
     */
    public List<Interrupt> interrupts() {
        if (!(data instanceof Map<?, ?> map) || !(map.get("__interrupt__") instanceof List<?> raw)) {
            return List.of();
        }
        List<Interrupt> out = new ArrayList<>(raw.size());
        for (Object o : raw) {
            if (o instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, ?> fields = (Map<String, ?>) m;
                out.add(Interrupt.fromMap(fields));
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamPart p && event.equals(p.event) && Objects.equals(data, p.data)
                && Objects.equals(id, p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, data, id);
    }

    @Override
    public String toString() {
        return "StreamPart{event=" + event + (id == null ? "" : ", id=" + id) + ", data=" + data + "}";
    }
}
