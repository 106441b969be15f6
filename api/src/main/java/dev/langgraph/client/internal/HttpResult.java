package dev.langgraph.client.internal;

import dev.langgraph.client.transport.TransportHeaders;

/**
 * A complete non-streaming response.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body bytes, empty when there was none
 */
public record HttpResult(int status, TransportHeaders headers, byte[] body) {

    /**
     * Whether the body has any non-whitespace content. Wait and join bodies start with keep-alive newlines.
     *
     * @return true if there is content
     */
    public boolean hasContent() {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return true;
            }
        }
        return false;
    }
}
