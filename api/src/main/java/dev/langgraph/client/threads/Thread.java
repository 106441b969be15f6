package dev.langgraph.client.threads;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.Interrupt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thread: a conversation or task whose state persists across runs.
 *
 * <p>The name matches the API and shadows {@link java.lang.Thread} in files that import it; refer to either by its
 * qualified name where both are needed.
 */
public final class Thread extends ApiObject {

    private Thread(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the thread
     * @throws NullPointerException if {@code fields} is null
     */
    public static Thread fromMap(Map<String, ?> fields) {
        return new Thread(fields);
    }

    /**
     * The thread id.
     *
     * @return {@code thread_id}, or null
     */
    public String threadId() {
        return string("thread_id");
    }

    /**
     * When the thread was created.
     *
     * @return {@code created_at}, or null
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * When the thread was last changed.
     *
     * @return {@code updated_at}, or null
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * When the thread's state last changed (sent by newer servers).
     *
     * @return {@code state_updated_at}, or null
     */
    public Instant stateUpdatedAt() {
        return instant("state_updated_at");
    }

    /**
     * The thread's metadata.
     *
     * @return {@code metadata}, or null
     */
    public Map<String, Object> metadata() {
        return map("metadata");
    }

    /**
     * The thread's status.
     *
     * @return {@code status}, or null
     */
    public ThreadStatus status() {
        String status = string("status");
        return status == null ? null : ThreadStatus.of(status);
    }

    /**
     * The current state values: usually a map, a list for graphs whose state is a list.
     *
     * @return {@code values} as plain JSON types, or null (absent until the thread has run)
     */
    public Object values() {
        return get("values");
    }

    /**
     * The pending interrupts, by the id of the task that raised them.
     *
     * @return {@code interrupts} as an unmodifiable, insertion-ordered map, or null
     * @throws IllegalStateException if the field is not an object of arrays of objects
     */
    @SuppressWarnings("unchecked")
    public Map<String, List<Interrupt>> interrupts() {
        Map<String, Object> raw = map("interrupts");
        if (raw == null) {
            return null;
        }
        Map<String, List<Interrupt>> out = new LinkedHashMap<>();
        raw.forEach((taskId, list) -> {
            if (!(list instanceof List)) {
                throw new IllegalStateException("Thread.interrupts." + taskId + " should be an array: " + list);
            }
            List<Interrupt> interrupts = new ArrayList<>();
            for (Object o : (List<Object>) list) {
                if (!(o instanceof Map)) {
                    throw new IllegalStateException("Thread.interrupts." + taskId + " should hold objects: " + o);
                }
                interrupts.add(Interrupt.fromMap((Map<String, Object>) o));
            }
            out.put(taskId, Collections.unmodifiableList(interrupts));
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The thread's configuration (sent by the JS server).
     *
     * @return {@code config}, or null
     */
    public Config config() {
        return object("config", Config::fromMap);
    }

    /**
     * The error of the thread's last failed run, as the server sent it (text or an object; JS server).
     *
     * @return {@code error} as plain JSON types, or null
     */
    public Object error() {
        return get("error");
    }

    /**
     * Values extracted from the state, present only when a search asked for them ({@code extract}).
     *
     * @return {@code extracted}, or null
     */
    public Map<String, Object> extracted() {
        return map("extracted");
    }
}
