package dev.langgraph.client.internal.sse;

/**
 * One Server-Sent Event as it came off the wire; {@code data} is not parsed.
 *
 * @param event the {@code event} field, or null when the event had none
 * @param data the {@code data} lines concatenated without separators (as the Python and JS SDKs do), or null
 *     when the event had no data
 * @param id the last event id seen on the stream so far (ids persist across events), or null when none was set
 * @param retry the {@code retry} field of this event in milliseconds, or null when absent or invalid
 */
public record SseEvent(String event, String data, String id, Integer retry) {
}
