package dev.langgraph.auth.internal;

/**
 * A checked exception thrown by an annotated handler method, carried unchecked to the engine, which answers
 * 500 and logs it like any other unexpected handler failure.
 */
public final class HandlerFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps a handler's checked exception.
     *
     * @param source the handler method
     * @param cause what it threw
     */
    public HandlerFailedException(String source, Throwable cause) {
        super(source + " threw " + cause.getClass().getName(), cause);
    }
}
