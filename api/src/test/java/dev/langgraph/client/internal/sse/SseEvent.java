package dev.langgraph.client.internal.sse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One Server-Sent Event as the decoder tests collect it: a copy of what {@link SseDecoder} hands its sink, kept
 * after the call (the decoder's own slices are valid only during it).
 */
public final class SseEvent {

    private final String event;
    private final byte[] data;
    private final String id;
    private final Integer retry;

    /**
     * Creates an event from text data.
     *
     * @param event the {@code event} field, or null when the event had none
     * @param data the {@code data} lines concatenated without separators (as the Python and JS SDKs do), or null
     *     when the event had no data
     * @param id the last event id seen on the stream so far (ids persist across events), or null when none was set
     * @param retry the {@code retry} field of this event in milliseconds, or null when absent or invalid
     */
    public SseEvent(String event, String data, String id, Integer retry) {
        this(event, data == null ? null : data.getBytes(StandardCharsets.UTF_8), id, retry);
    }

    private SseEvent(String event, byte[] data, String id, Integer retry) {
        this.event = event;
        this.data = data;
        this.id = id;
        this.retry = retry;
    }

    /**
     * A decoder sink that copies each event for a consumer that keeps it.
     *
     * @param consumer receives the copies
     * @return the sink
     */
    static SseDecoder.Sink into(Consumer<SseEvent> consumer) {
        return (event, data, offset, length, id, retry) -> consumer.accept(new SseEvent(event,
                data == null ? null : Arrays.copyOfRange(data, offset, offset + length), id, retry));
    }

    /**
     * The {@code event} field.
     *
     * @return the event name, or null when the event had none
     */
    public String event() {
        return event;
    }

    /**
     * The data as text.
     *
     * @return the concatenated data lines, or null when the event had no data
     */
    public String data() {
        return data == null ? null : new String(data, StandardCharsets.UTF_8);
    }

    /**
     * The data as UTF-8 bytes, without a copy: callers must not modify the array.
     *
     * @return the bytes, or null when the event had no data
     */
    public byte[] dataBytes() {
        return data;
    }

    /**
     * The last event id seen on the stream so far.
     *
     * @return the id, or null when none was set
     */
    public String id() {
        return id;
    }

    /**
     * The {@code retry} field of this event.
     *
     * @return milliseconds, or null when absent or invalid
     */
    public Integer retry() {
        return retry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SseEvent e && Objects.equals(event, e.event) && Arrays.equals(data, e.data)
                && Objects.equals(id, e.id) && Objects.equals(retry, e.retry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, Arrays.hashCode(data), id, retry);
    }

    @Override
    public String toString() {
        return "SseEvent[event=" + event + ", data=" + data() + ", id=" + id + ", retry=" + retry + "]";
    }
}
