package dev.langgraph.client.errors;

/** The root of every exception the SDK throws. Unchecked. */
public class LangGraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying exception, may be null
     */
    public LangGraphException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception.
     *
     * @param message what failed
     */
    public LangGraphException(String message) {
        super(message);
    }
}
