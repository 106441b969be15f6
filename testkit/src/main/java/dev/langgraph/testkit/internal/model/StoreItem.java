package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored item of the key-value store. Immutable: an update (or a TTL refresh) replaces the item.
 *
 * @param namespace the namespace labels
 * @param key the key
 * @param value the value object
 * @param createdAt the first write
 * @param updatedAt the last write
 * @param ttlMinutes the time to live in minutes, {@code null} for none
 * @param expiresAt when the TTL deletes it, {@code null} for never
 */
public record StoreItem(List<String> namespace, String key, Map<String, Object> value, Instant createdAt,
        Instant updatedAt, Double ttlMinutes, Instant expiresAt) {

    /**
     * Copies the components.
     *
     * @param namespace the labels
     * @param key the key
     * @param value the value
     * @param createdAt the first write
     * @param updatedAt the last write
     * @param ttlMinutes the TTL in minutes or {@code null}
     * @param expiresAt the expiry or {@code null}
     */
    public StoreItem {
        namespace = List.copyOf(namespace);
        value = Json.copyMap(value);
    }

    /**
     * Returns the item with its TTL re-armed from an instant ({@code refresh_ttl}).
     *
     * @param now the clock's instant
     * @return this item if it has no TTL, else a copy expiring {@code ttlMinutes} after {@code now}
     */
    public StoreItem refreshed(Instant now) {
        return ttlMinutes == null ? this
                : new StoreItem(namespace, key, value, createdAt, updatedAt, ttlMinutes, Ttl.expiry(now, ttlMinutes));
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
