package dev.langgraph.auth.values;

import java.util.Map;

/** Base of every {@code assistants} event value, for handlers registered on the whole resource. */
public abstract class AssistantsValue extends AuthValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    protected AssistantsValue(Map<String, Object> map) {
        super(map);
    }

    /**
     * The assistant the event is about.
     *
     * @return the id (or graph id), null when not known (a new assistant without an id, a search)
     * @throws IllegalStateException if the entry is not a string
     */
    public final String assistantId() {
        return get(ValueFields.ASSISTANT_ID);
    }
}
