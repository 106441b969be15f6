package dev.langgraph.client.common;

import java.util.List;
import java.util.Map;

/**
 * A pending interrupt raised by a graph's {@code interrupt()} call: the value the graph asked about and the id used
 * to resume it. Found in thread state, thread tasks, and {@code __interrupt__} stream payloads.
 */
public final class Interrupt extends ApiObject {

    private Interrupt(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the interrupt
     * @throws NullPointerException if {@code fields} is null
     */
    public static Interrupt fromMap(Map<String, ?> fields) {
        return new Interrupt(fields);
    }

    /**
     * The value passed to {@code interrupt()}, as plain JSON types.
     *
     * @return {@code value}, or null
     */
    public Object value() {
        return get("value");
    }

    /**
     * The interrupt id, used to resume this interrupt specifically.
     *
     * @return {@code id}, or null
     */
    public String id() {
        return string("id");
    }

    /**
     * The namespace of the (sub)graph that raised the interrupt (JS SDK).
     *
     * @return {@code namespace}, or null
     */
    public List<String> namespace() {
        return stringList("namespace");
    }

    /**
     * When the interrupt was raised, such as {@code "during"} (JS SDK; older servers).
     *
     * @return {@code when}, or null
     */
    public String when() {
        return string("when");
    }

    /**
     * Whether the interrupt can be resumed (JS SDK; older servers).
     *
     * @return {@code resumable}, or null
     */
    public Boolean resumable() {
        return bool("resumable");
    }

    /**
     * The checkpoint namespace path of the interrupt (JS SDK; older servers).
     *
     * @return {@code ns}, or null
     */
    public List<String> ns() {
        return stringList("ns");
    }
}
