package dev.langgraph.testkit.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds and reads chat messages in the JSON shape the LangGraph server uses (LangChain's message dicts).
 */
public final class Messages {

    private Messages() {
    }

    /**
     * Builds a human message with a fresh id.
     *
     * @param text the content
     * @return the message
     */
    public static Map<String, Object> human(String text) {
        return base("human", text, UUID.randomUUID().toString());
    }

    /**
     * Builds an AI message.
     *
     * @param id the message id (the Python server uses {@code run-<uuid>} for model answers)
     * @param text the content
     * @return the message
     */
    public static Map<String, Object> ai(String id, String text) {
        Map<String, Object> m = base("ai", text, id);
        m.put("tool_calls", new ArrayList<>());
        m.put("invalid_tool_calls", new ArrayList<>());
        m.put("usage_metadata", null);
        return m;
    }

    /**
     * Builds one streamed chunk of an AI message, as the {@code messages-tuple} stream mode carries it.
     *
     * @param id the id of the message being streamed (the same for every chunk)
     * @param text this chunk's text
     * @return the chunk
     */
    public static Map<String, Object> aiChunk(String id, String text) {
        Map<String, Object> m = base("AIMessageChunk", text, id);
        m.put("tool_calls", new ArrayList<>());
        m.put("invalid_tool_calls", new ArrayList<>());
        m.put("usage_metadata", null);
        m.put("tool_call_chunks", new ArrayList<>());
        return m;
    }

    /**
     * Returns the text of a message: its string content, or the concatenated {@code text} of its content blocks.
     *
     * @param message a message map (anything else gives {@code ""})
     * @return the text
     */
    public static String text(Object message) {
        if (message instanceof String) {
            return (String) message;
        }
        if (!(message instanceof Map<?, ?>)) {
            return "";
        }
        Object content = ((Map<?, ?>) message).get("content");
        if (content instanceof String) {
            return (String) content;
        }
        StringBuilder sb = new StringBuilder();
        if (content instanceof Collection<?>) {
            for (Object part : (Collection<?>) content) {
                if (part instanceof String) {
                    sb.append(part);
                } else if (part instanceof Map<?, ?> && ((Map<?, ?>) part).get("text") instanceof String) {
                    sb.append(((Map<?, ?>) part).get("text"));
                }
            }
        }
        return sb.toString();
    }

    /**
     * Returns the text of the last human message of a list.
     *
     * @param messages the messages (a list of message maps; anything else counts as empty)
     * @return the text, {@code ""} when there is no human message
     */
    public static String lastHumanText(Object messages) {
        if (!(messages instanceof List<?>)) {
            return "";
        }
        List<?> list = (List<?>) messages;
        for (int i = list.size() - 1; i >= 0; i--) {
            Object m = normalize(list.get(i));
            if ("human".equals(((Map<?, ?>) m).get("type"))) {
                return text(m);
            }
        }
        return "";
    }

    /** The {@code add_messages} reducer (see {@link Reducers#messages()}). */
    static Object merge(Object current, Object update) {
        List<Object> result = new ArrayList<>();
        if (current instanceof Collection<?>) {
            for (Object m : (Collection<?>) current) {
                result.add(normalize(m));
            }
        }
        Collection<?> updates = update instanceof Collection<?> ? (Collection<?>) update
                : update == null ? List.of() : List.of(update);
        for (Object raw : updates) {
            Map<String, Object> m = normalize(raw);
            int at = indexOfId(result, m.get("id"));
            if ("remove".equals(m.get("type"))) {
                if (at >= 0) {
                    result.remove(at);
                }
            } else if (at >= 0) {
                result.set(at, m);
            } else {
                result.add(m);
            }
        }
        return result;
    }

    /** Coerces a message given as a string or with {@code role} into the server's message shape, with an id. */
    static Map<String, Object> normalize(Object raw) {
        if (!(raw instanceof Map<?, ?>)) {
            return base("human", raw == null ? "" : raw.toString(), UUID.randomUUID().toString());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        ((Map<?, ?>) raw).forEach((k, v) -> m.put(String.valueOf(k), v));
        Object role = m.remove("role");
        if (!m.containsKey("type")) {
            m.put("type", typeOfRole(role == null ? "human" : role.toString()));
        }
        m.putIfAbsent("content", "");
        m.putIfAbsent("additional_kwargs", new LinkedHashMap<>());
        m.putIfAbsent("response_metadata", new LinkedHashMap<>());
        if (m.get("id") == null) {
            m.put("id", UUID.randomUUID().toString());
        }
        return m;
    }

    private static String typeOfRole(String role) {
        switch (role) {
            case "user":
                return "human";
            case "assistant":
                return "ai";
            case "developer":
                return "system";
            default:
                return role;
        }
    }

    private static int indexOfId(List<Object> messages, Object id) {
        for (int i = 0; i < messages.size(); i++) {
            if (id != null && id.equals(((Map<?, ?>) messages.get(i)).get("id"))) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> base(String type, String text, String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("content", text);
        m.put("additional_kwargs", new LinkedHashMap<>());
        m.put("response_metadata", new LinkedHashMap<>());
        m.put("type", type);
        m.put("name", null);
        m.put("id", id);
        return m;
    }
}
