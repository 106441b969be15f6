package dev.langgraph.auth.internal;

import dev.langgraph.auth.AuthEvent;
import java.util.List;
import java.util.Map;

/**
 * One event a request raises, before its handler runs.
 *
 * @param event the exact event
 * @param entries the value's fields read from the request
 * @param writeBacks how the handler's changes go back into the request, rest fields first
 */
public record PlannedEvent(AuthEvent<?> event, Map<String, Object> entries, List<WriteBack> writeBacks) {

    /**
     * Writes the handler's changes back into the request's working copies.
     *
     * @param value the value map after the handler ran
     * @throws dev.langgraph.auth.HTTPException 422 if a change cannot be expressed in the request
     * @throws IllegalArgumentException if the handler put a value that is not JSON-like
     * @throws IllegalStateException if the handler put a value of the wrong JSON type
     */
    public void writeBack(Map<String, Object> value) {
        JsonValues.immutableCopy(value); // adapters may read the whole value, not only what goes back
        event.fields().forEach(f -> f.read(value)); // type check every field before touching the request
        writeBacks.forEach(w -> w.apply(value));
    }
}
