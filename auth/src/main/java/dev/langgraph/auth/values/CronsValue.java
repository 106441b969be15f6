package dev.langgraph.auth.values;

import java.util.Map;

/** Base of every {@code crons} event value, for handlers registered on the whole resource. */
public abstract class CronsValue extends AuthValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    protected CronsValue(Map<String, Object> map) {
        super(map);
    }
}
