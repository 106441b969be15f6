package dev.langgraph.client.json;

import dev.langgraph.client.errors.LangGraphException;

/** JSON could not be read, written or converted. */
public class JsonException extends LangGraphException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying exception, may be null
     */
    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
