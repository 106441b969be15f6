package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Reply;
import java.nio.charset.StandardCharsets;

/** A 200 reply with a text body of a given type (Prometheus text, HTML). */
final class TextReply extends Reply {

    private TextReply(String body, String contentType) {
        super(200, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** {@code text/plain; charset=utf-8}. */
    static TextReply plain(String body) {
        return new TextReply(body, "text/plain; charset=utf-8");
    }

    /** {@code text/html; charset=utf-8}. */
    static TextReply html(String body) {
        return new TextReply(body, "text/html; charset=utf-8");
    }
}
