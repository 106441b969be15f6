package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The message stream modes, as LangGraph's message handler derives them: every streamed chunk, plus every whole
 * message (with an id) that a node returns and that was neither streamed nor in its input. {@code messages-tuple}
 * sends each as {@code [message, metadata]}; the legacy {@code messages} mode sends {@code messages/metadata} once
 * per message id, then {@code messages/partial} with the chunks accumulated so far, or {@code messages/complete} for
 * a whole message. Thread-safe.
 */
final class MessageViews {

    private final EventEmitter emitter;
    private final Set<Object> seen = new HashSet<>();
    private final Map<Object, Map<String, Object>> legacy = new LinkedHashMap<>();

    MessageViews(EventEmitter emitter) {
        this.emitter = emitter;
    }

    /** Marks the messages of a node's input as seen, so returning them again emits nothing. */
    synchronized void sawInput(Map<String, Object> input) {
        for (Map<String, Object> m : messagesIn(input)) {
            seen.add(m.get("id"));
        }
    }

    /** A node streamed a chunk. */
    synchronized void chunk(TaskInfo task, Map<String, Object> chunk, Map<String, Object> metadata) {
        seen.add(chunk.get("id"));
        emitter.emit("messages", task.namespace(), List.of(Json.copy(chunk), metadata));
        if (emitter.wants("messages/partial", task.namespace())) {
            Map<String, Object> sofar = accumulate(legacy.get(chunk.get("id")), chunk);
            legacyEvent(task, "messages/partial", sofar, metadata);
        }
    }

    /** A node returned {@code update}: its whole messages not seen yet are emitted. */
    synchronized void returned(TaskInfo task, Map<String, Object> update, Map<String, Object> metadata) {
        for (Map<String, Object> m : messagesIn(update)) {
            if (seen.add(m.get("id"))) {
                emitter.emit("messages", task.namespace(), List.of(Json.copy(m), metadata));
                if (emitter.wants("messages/complete", task.namespace())) {
                    legacyEvent(task, "messages/complete", Json.copyMap(m), metadata);
                }
            }
        }
    }

    private void legacyEvent(TaskInfo task, String name, Map<String, Object> message, Map<String, Object> metadata) {
        Object id = message.get("id");
        if (legacy.put(id, message) == null) {
            emitter.emit("messages/metadata", task.namespace(), Json.obj(String.valueOf(id),
                    Json.obj("metadata", metadata)));
        }
        emitter.emit(name, task.namespace(), List.of(message));
    }

    /** Adds a chunk to what was streamed so far and converts the result to a message ({@code type: ai}). */
    private static Map<String, Object> accumulate(Map<String, Object> sofar, Map<String, Object> chunk) {
        Map<String, Object> m = sofar == null ? Json.copyMap(chunk) : Json.copyMap(sofar);
        if (sofar != null) {
            m.put("content", concat(sofar.get("content"), chunk.get("content")));
            chunk.forEach((k, v) -> {
                if (m.get(k) == null && v != null) {
                    m.put(k, Json.copy(v));
                }
            });
        }
        m.remove("tool_call_chunks");
        Object type = m.get("type");
        if (type instanceof String && ((String) type).endsWith("MessageChunk")) {
            String base = ((String) type).substring(0, ((String) type).length() - "MessageChunk".length());
            m.put("type", base.toLowerCase(java.util.Locale.ROOT));
        }
        return m;
    }

    private static Object concat(Object a, Object b) {
        if (a instanceof String && b instanceof String) {
            return a + (String) b;
        }
        if (a instanceof Collection<?> && b instanceof Collection<?>) {
            List<Object> all = new ArrayList<>((Collection<?>) a);
            all.addAll((Collection<?>) b);
            return all;
        }
        return b == null ? a : b;
    }

    /** The message-shaped maps (with {@code content}, a type or role, and an id) among a state's values. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messagesIn(Map<String, Object> values) {
        List<Map<String, Object>> found = new ArrayList<>();
        if (values == null) {
            return found;
        }
        for (Object v : values.values()) {
            for (Object item : v instanceof Collection<?> ? (Collection<?>) v : List.of(v == null ? "" : v)) {
                if (item instanceof Map<?, ?> && isMessage((Map<?, ?>) item)) {
                    found.add((Map<String, Object>) item);
                }
            }
        }
        return found;
    }

    private static boolean isMessage(Map<?, ?> m) {
        return m.containsKey("content") && (m.get("type") instanceof String || m.get("role") instanceof String)
                && m.get("id") != null;
    }
}
