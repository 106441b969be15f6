package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stored assistant with its versions. Guarded by the {@link Db} lock. */
public final class AssistantRecord {

    /** The assistant id. */
    public final String assistantId;
    /** Whether this is a graph's system assistant (kept by a reset). */
    public final boolean system;
    /** When it was created. */
    public final Instant createdAt;
    /** The graph it runs. */
    public String graphId;
    /** Its config. */
    public Map<String, Object> config;
    /** Its context. */
    public Map<String, Object> context;
    /** Its metadata. */
    public Map<String, Object> metadata;
    /** Its name. */
    public String name;
    /** Its description, or {@code null}. */
    public String description;
    /** The current version. */
    public int version;
    /** When it last changed. */
    public Instant updatedAt;
    /** Every version, oldest first, as {@code AssistantVersion} JSON. */
    public final List<Map<String, Object>> versions = new ArrayList<>();

    /**
     * Creates the record (version 1 is recorded by the caller with {@link #recordVersion(Instant)}).
     *
     * @param assistantId the id
     * @param system whether it is a system assistant
     * @param createdAt the creation time
     */
    public AssistantRecord(String assistantId, boolean system, Instant createdAt) {
        this.assistantId = assistantId;
        this.system = system;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Stores the current fields as the version {@link #version}.
     *
     * @param at the version's creation time
     */
    public void recordVersion(Instant at) {
        Map<String, Object> v = Json.obj(
                "assistant_id", assistantId, "graph_id", graphId, "config", Json.copy(config),
                "context", Json.copy(context), "metadata", Json.copy(metadata), "name", name,
                "description", description, "version", version, "created_at", ServerClock.format(at));
        versions.add(v);
    }

    /**
     * Renders the API's {@code Assistant}.
     *
     * @return a fresh JSON map
     */
    public Map<String, Object> toJson() {
        return Json.obj("assistant_id", assistantId, "graph_id", graphId, "config", Json.copy(config),
                "context", Json.copy(context), "metadata", Json.copy(metadata), "name", name,
                "description", description, "version", version,
                "created_at", ServerClock.format(createdAt), "updated_at", ServerClock.format(updatedAt));
    }
}
