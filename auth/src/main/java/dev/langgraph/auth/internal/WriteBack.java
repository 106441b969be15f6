package dev.langgraph.auth.internal;

import java.util.Map;

/** Copies one part of an event value, as a handler left it, back into the request's working copy. */
@FunctionalInterface
interface WriteBack {

    /**
     * Applies the value's part to the request.
     *
     * @param value the value map after the handler ran
     * @throws IllegalArgumentException if the handler put a value that is not JSON-like
     * @throws IllegalStateException if the handler put a value of the wrong JSON type
     */
    void apply(Map<String, Object> value);
}
