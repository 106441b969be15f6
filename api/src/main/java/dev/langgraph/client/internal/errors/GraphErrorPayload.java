package dev.langgraph.client.internal.errors;

import dev.langgraph.client.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code {error, message}} pair a failed graph reports, in a stream's {@code error} event or a wait's
 * {@code __error__}. Accepts a bare string too ({@code "Run not found"}), and unwraps the JS server's double
 * encoding, where {@code message} is itself the JSON text {@code {"error":"PeerGraphError","message":"…"}}.
 */
record GraphErrorPayload(String error, String message) {

    /** The JS server encodes once per layer it passes; more than this is not an encoding but data. */
    private static final int MAX_UNWRAPS = 3;

    static GraphErrorPayload of(Object value, JsonCodec codec) {
        GraphErrorPayload payload = shallow(value);
        for (int i = 0; i < MAX_UNWRAPS; i++) {
            GraphErrorPayload inner = innerPayload(payload.message, codec);
            if (inner == null) {
                break;
            }
            payload = new GraphErrorPayload(inner.error != null ? inner.error : payload.error, inner.message);
        }
        return payload;
    }

    private static GraphErrorPayload shallow(Object value) {
        if (value instanceof Map<?, ?> map) {
            String error = string(map.get("error"));
            String message = string(map.get("message"));
            if (error == null && message == null && map.get("error") instanceof Map<?, ?> nested) {
                return shallow(nested); // {"error": {"error"?, "message"}}
            }
            return new GraphErrorPayload(error, message != null ? message : string(map.get("detail")));
        }
        if (value == null) {
            return new GraphErrorPayload(null, null);
        }
        String text = String.valueOf(value).strip();
        return new GraphErrorPayload(null, text.isEmpty() ? null : ErrorBodies.cap(text));
    }

    /** The pair encoded in a message's text, or null when the message is plain text. */
    private static GraphErrorPayload innerPayload(String message, JsonCodec codec) {
        if (message == null || codec == null || !message.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            if (codec.read(message.getBytes(StandardCharsets.UTF_8)) instanceof Map<?, ?> inner
                    && inner.get("message") instanceof String innerMessage) {
                return new GraphErrorPayload(string(inner.get("error")), innerMessage);
            }
        } catch (RuntimeException e) {
            // Not JSON after all: the message stays as it is.
        }
        return null;
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isEmpty() ? s : null;
    }
}
