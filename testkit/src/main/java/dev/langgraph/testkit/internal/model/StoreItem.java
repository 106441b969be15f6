package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored item of the key-value store. Immutable: an update replaces the item.
 *
 * @param namespace the namespace labels
 * @param key the key
 * @param value the value object
 * @param createdAt the first write
 * @param updatedAt the last write
 */
public record StoreItem(List<String> namespace, String key, Map<String, Object> value, Instant createdAt,
        Instant updatedAt) {

    /**
     * Copies the components.
     *
     * @param namespace the labels
     * @param key the key
     * @param value the value
     * @param createdAt the first write
     * @param updatedAt the last write
     */
    public StoreItem {
        namespace = List.copyOf(namespace);
        value = Json.copyMap(value);
    }

    /**
     * Renders the API's {@code Item}.
     *
     * @return a fresh JSON map
     */
    public Map<String, Object> toJson() {
        return Json.obj("namespace", namespace, "key", key, "value", Json.copy(value),
                "created_at", ServerClock.format(createdAt), "updated_at", ServerClock.format(updatedAt));
    }
}
