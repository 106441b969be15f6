package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.json.Containment;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.RunEvents;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Threads: create, get, patch, delete, search, count, copy, prune (Python server semantics). */
public final class ThreadService {

    private static final Set<String> SELECT = Set.of("thread_id", "created_at", "updated_at", "state_updated_at",
            "metadata", "config", "context", "status", "values", "interrupts");
    private static final Set<String> SORT = Set.of("thread_id", "status", "created_at", "updated_at",
            "state_updated_at");
    private static final Set<String> STATUSES = Set.of("idle", "busy", "interrupted", "error");

    private final ServerContext ctx;
    private final Db db;

    /**
     * Creates the service.
     *
     * @param ctx the server context
     */
    public ThreadService(ServerContext ctx) {
        this.ctx = ctx;
        this.db = ctx.db;
    }

    /**
     * Validates a thread id from a path or body.
     *
     * @param id the text
     * @return the canonical id
     * @throws HttpError 422 if not a UUID
     */
    public static String threadId(String id) {
        if (!Ids.isUuid(id)) {
            throw HttpError.unprocessable("Invalid thread ID: must be a UUID");
        }
        return Ids.canonical(id);
    }

    /**
     * Finds a thread; call with the lock held.
     *
     * @param id the thread id
     * @return the thread
     * @throws HttpError 404 if missing, 422 if not a UUID
     */
    public ThreadRecord find(String id) {
        ThreadRecord t = db.threads.get(threadId(id));
        if (t == null) {
            throw HttpError.notFound("Thread with ID '" + id + "' not found");
        }
        return t;
    }

    /**
     * {@code POST /threads}.
     *
     * @param body the request
     * @param states the state service (for {@code supersteps})
     * @return the thread JSON
     */
    public Map<String, Object> create(Body body, StateService states) {
        String requested = body.optString("thread_id");
        String id = requested == null ? Ids.newId() : threadId(requested);
        Map<String, Object> metadata = body.optObject("metadata");
        String ifExists = body.optEnum("if_exists", "raise", "raise", "do_nothing");
        Map<String, Object> ttl = ttl(body.raw("ttl"));
        List<Object> supersteps = body.optList("supersteps");
        Object graphId = metadata == null ? null : metadata.get("graph_id");
        if (supersteps != null && !ctx.graphs.containsKey(String.valueOf(graphId))) {
            throw HttpError.badRequest("Thread " + id + " has no graph ID: supersteps need metadata.graph_id");
        }
        Map<String, Object> created = db.tx(() -> {
            ThreadRecord existing = db.threads.get(id);
            if (existing != null) {
                if (ifExists.equals("do_nothing")) {
                    return null;
                }
                throw HttpError.conflict("Conflict");
            }
            ThreadRecord t = new ThreadRecord(id, db.clock.now());
            t.metadata = Json.copyMap(metadata);
            t.ttl = ttl;
            ctx.expiry.armThread(t);
            db.threads.put(id, t);
            return t.toJson(false);
        });
        if (created == null) {
            return db.tx(() -> db.threads.get(id).toJson(false));
        }
        if (supersteps != null) {
            for (Object step : supersteps) {
                Object updates = step instanceof Map<?, ?> ? ((Map<?, ?>) step).get("updates") : null;
                if (!(updates instanceof List<?>)) {
                    throw HttpError.unprocessable("Invalid superstep: " + Json.write(step));
                }
                states.applySuperstep(id, (List<?>) updates);
            }
            return db.tx(() -> db.threads.get(id).toJson(false));
        }
        return created;
    }

    /**
     * {@code GET /threads/{id}}.
     *
     * @param id the thread id
     * @param include the {@code include} query values
     * @return the thread JSON
     */
    public Map<String, Object> get(String id, List<String> include) {
        return db.tx(() -> find(id).toJson(include.contains("ttl")));
    }

    /**
     * Returns a thread's stream log ({@code GET /threads/{id}/stream}).
     *
     * @param id the thread id
     * @return the log
     * @throws HttpError 404 if the thread is missing, 422 if the id is not a UUID
     */
    public RunEvents events(String id) {
        return db.tx(() -> find(id).events);
    }

    /**
     * {@code PATCH /threads/{id}}: metadata merged, ttl replaced.
     *
     * @param id the thread id
     * @param body the request
     * @return the thread JSON
     */
    public Map<String, Object> patch(String id, Body body) {
        Map<String, Object> metadata = body.optObject("metadata");
        Map<String, Object> ttl = body.has("ttl") ? ttl(body.raw("ttl")) : null;
        return db.tx(() -> {
            ThreadRecord t = find(id);
            if (metadata != null) {
                t.metadata = Json.merge(t.metadata, Json.copyMap(metadata));
            }
            if (ttl != null) {
                t.ttl = ttl;
                ctx.expiry.armThread(t);
            }
            t.updatedAt = db.clock.now();
            return t.toJson(false);
        });
    }

    /**
     * {@code DELETE /threads/{id}}: cancels its runs and deletes it with its runs and checkpoints.
     *
     * @param id the thread id
     */
    public void delete(String id) {
        String tid = db.tx(() -> find(id).threadId);
        deleteQuietly(tid);
    }

    /**
     * Deletes a thread if it exists, cancelling its in-flight runs.
     *
     * @param threadId the canonical id
     */
    public void deleteQuietly(String threadId) {
        ctx.deleteThread(threadId);
    }

    /**
     * {@code POST /threads/search}.
     *
     * @param body the request
     * @return the page with pagination headers
     */
    public Reply search(Body body) {
        Filter filter = filter(body, true);
        int limit = body.optInt("limit", 10, 1, 1000);
        int offset = body.optInt("offset", 0, 0, Integer.MAX_VALUE);
        String sortBy = body.optString("sort_by");
        if (sortBy != null && !SORT.contains(sortBy)) {
            throw HttpError.unprocessable("Invalid sort_by: " + sortBy);
        }
        boolean desc = Listing.descending(body.optString("sort_order"));
        List<String> select = Listing.select(body.optList("select"), SELECT);
        Map<String, Object> extractPaths = body.optObject("extract");
        ThreadExtract extract = extractPaths == null ? null : new ThreadExtract(extractPaths);
        List<Map<String, Object>> rows = db.tx(() -> db.threads.values().stream().filter(filter::matches)
                .map(t -> t.toJson(false)).collect(Collectors.toList()));
        Comparator<Map<String, Object>> byId = Comparator.comparing(m -> (String) m.get("thread_id"));
        Comparator<Map<String, Object>> order = sortBy == null
                ? Comparator.<Map<String, Object>, String>comparing(m -> (String) m.get("updated_at"))
                : Comparator.comparing(m -> String.valueOf(m.get(sortBy)));
        rows.sort(desc ? order.reversed().thenComparing(byId.reversed())
                : order.thenComparing(byId.reversed()));
        return Listing.page(rows.stream().map(r -> {
            Map<String, Object> row = Listing.project(r, select);
            if (extract != null) {
                row.put("extracted", extract.apply(r));
            }
            return row;
        }).collect(Collectors.toList()), offset, limit);
    }

    /**
     * {@code POST /threads/count}.
     *
     * @param body the request
     * @return the count
     */
    public long count(Body body) {
        Filter filter = filter(body, false);
        return db.tx(() -> db.threads.values().stream().filter(filter::matches).count());
    }

    /**
     * {@code POST /threads/{id}/copy}: a new idle thread with the same metadata, values and checkpoints.
     *
     * @param id the source thread id
     * @return the new thread JSON
     */
    public Map<String, Object> copy(String id) {
        String source = threadId(id);
        return db.tx(() -> {
            ThreadRecord t = db.threads.get(source);
            if (t == null) {
                throw HttpError.conflict("Conflict");
            }
            ThreadRecord c = new ThreadRecord(Ids.newId(), db.clock.now());
            c.metadata = Json.copyMap(t.metadata);
            c.config = Json.copyMap(t.config);
            for (CheckpointRecord cp : t.checkpoints) {
                c.checkpoints.add(cp.copyTo(c.threadId));
            }
            c.syncFromLatest();
            db.threads.put(c.threadId, c);
            return c.toJson(false);
        });
    }

    /**
     * {@code POST /threads/prune}.
     *
     * @param body the request ({@code thread_ids}, {@code strategy})
     * @return {@code {"pruned_count": n}}
     */
    public Map<String, Object> prune(Body body) {
        List<String> ids = body.optStringList("thread_ids");
        if (ids == null) {
            throw HttpError.unprocessable("'thread_ids' is a required property");
        }
        String strategy = body.optEnum("strategy", "delete", "delete", "keep_latest");
        List<String> canonical = ids.stream().map(ThreadService::threadId).collect(Collectors.toList());
        int pruned = 0;
        for (String tid : canonical) {
            boolean exists = db.tx(() -> db.threads.containsKey(tid));
            if (!exists) {
                continue;
            }
            pruned++;
            if (strategy.equals("delete")) {
                deleteQuietly(tid);
            } else {
                db.run(() -> {
                    ThreadRecord t = db.threads.get(tid);
                    if (t != null && t.checkpoints.size() > 1) {
                        CheckpointRecord latest = t.latest();
                        t.checkpoints.clear();
                        t.checkpoints.add(latest);
                    }
                });
            }
        }
        return Json.obj("pruned_count", pruned);
    }

    private Filter filter(Body body, boolean withIds) {
        Filter f = new Filter();
        f.auth = AuthScope.searchFilter("threads");
        f.metadata = body.optObject("metadata");
        f.values = body.optObject("values");
        f.status = body.optString("status");
        if (f.status != null && !STATUSES.contains(f.status)) {
            throw HttpError.unprocessable("Invalid value for 'status': '" + f.status + "' is not one of "
                    + "[idle, busy, interrupted, error]");
        }
        List<String> ids = withIds ? body.optStringList("ids") : null;
        f.ids = ids == null ? null : ids.stream().map(ThreadService::threadId).collect(Collectors.toSet());
        return f;
    }

    private static Map<String, Object> ttl(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number) {
            return Json.obj("ttl", raw, "strategy", "delete");
        }
        if (!(raw instanceof Map<?, ?>)) {
            throw HttpError.unprocessable("Invalid value for 'ttl': " + Json.write(raw));
        }
        Map<String, Object> ttl = new LinkedHashMap<>();
        ((Map<?, ?>) raw).forEach((k, v) -> ttl.put(String.valueOf(k), Json.copy(v)));
        Object strategy = ttl.getOrDefault("strategy", "delete");
        if (!"delete".equals(strategy)) {
            throw HttpError.unprocessable("Invalid thread TTL strategy: " + strategy + ". Only 'delete' is supported.");
        }
        ttl.put("strategy", "delete");
        return ttl;
    }

    private static final class Filter {
        Map<String, Object> metadata;
        Map<String, Object> values;
        String status;
        Set<String> ids;
        Map<String, Object> auth;

        boolean matches(ThreadRecord t) {
            return AuthScope.matches(auth, t.metadata) && (metadata == null || Containment.contains(t.metadata, metadata))
                    && (values == null || (t.values != null && Containment.contains(t.values, values)))
                    && (status == null || status.equals(t.status))
                    && (ids == null || ids.contains(t.threadId));
        }
    }
}
