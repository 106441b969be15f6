package dev.langgraph.auth.values;

import java.util.Map;

/** Base of every {@code threads} event value, for handlers registered on the whole resource. */
public abstract class ThreadsValue extends AuthValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    protected ThreadsValue(Map<String, Object> map) {
        super(map);
    }

    /**
     * The thread the event is about.
     *
     * @return the id, null when not known yet (a new thread without an id, a stateless run, a search)
     * @throws IllegalStateException if the entry is not a string
     */
    public final String threadId() {
        return get(ValueFields.THREAD_ID);
    }
}
