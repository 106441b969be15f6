package dev.langgraph.client.store;

import dev.langgraph.client.common.ApiObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An item of the key-value store: a JSON object stored under a namespace and key. */
public class Item extends ApiObject {

    Item(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the item
     * @throws NullPointerException if {@code fields} is null
     */
    public static Item fromMap(Map<String, ?> fields) {
        return new Item(fields);
    }

    /**
     * The namespace path, such as {@code ["users", "u1", "prefs"]}.
     *
     * @return {@code namespace}, or null
     */
    public final List<String> namespace() {
        return stringList("namespace");
    }

    /**
     * The key within the namespace.
     *
     * @return {@code key}, or null
     */
    public final String key() {
        return string("key");
    }

    /**
     * The stored value.
     *
     * @return {@code value}, or null
     */
    public final Map<String, Object> value() {
        return map("value");
    }

    /**
     * When the item was first stored.
     *
     * @return {@code created_at}, or null
     */
    public final Instant createdAt() {
        return instant("created_at");
    }

    /**
     * When the item was last written.
     *
     * @return {@code updated_at}, or null
     */
    public final Instant updatedAt() {
        return instant("updated_at");
    }
}
