package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.json.Containment;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.AssistantRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Assistants: system assistants per graph, CRUD, versions, search and count (Python server semantics). */
public final class AssistantService {

    private static final Set<String> SELECT = Set.of("assistant_id", "graph_id", "name", "description", "config",
            "context", "created_at", "updated_at", "metadata", "version");
    private static final Set<String> SORT = Set.of("assistant_id", "graph_id", "name", "created_at", "updated_at");

    private final ServerContext ctx;
    private final Db db;

    /**
     * Creates the service and registers one system assistant per graph.
     *
     * @param ctx the server context
     */
    public AssistantService(ServerContext ctx) {
        this.ctx = ctx;
        this.db = ctx.db;
        registerSystemAssistants();
    }

    /** (Re)creates the system assistants that are missing. */
    public void registerSystemAssistants() {
        db.run(() -> ctx.graphs.keySet().forEach(graphId -> {
            String id = systemId(graphId);
            if (!db.assistants.containsKey(id)) {
                Instant now = db.clock.now();
                AssistantRecord a = new AssistantRecord(id, true, now);
                a.graphId = graphId;
                a.config = Json.obj();
                a.context = Json.obj();
                a.metadata = Json.obj("created_by", "system");
                a.name = graphId;
                a.version = 1;
                a.recordVersion(now);
                db.assistants.put(id, a);
            }
        }));
    }

    /**
     * Returns the system assistant id of a graph.
     *
     * @param graphId the graph id
     * @return {@code uuid5(NAMESPACE_GRAPH, graphId)}
     */
    public static String systemId(String graphId) {
        return Ids.uuid5(Ids.NAMESPACE_GRAPH, graphId).toString();
    }

    /**
     * Resolves an assistant id or a registered graph id to an assistant id.
     *
     * @param idOrGraph the path or body value
     * @return the canonical assistant id
     * @throws HttpError 422 if it is neither a UUID nor a registered graph id
     */
    public String resolve(String idOrGraph) {
        if (ctx.graphs.containsKey(idOrGraph)) {
            return systemId(idOrGraph);
        }
        if (!Ids.isUuid(idOrGraph)) {
            throw HttpError.unprocessable("Invalid assistant ID: must be a UUID");
        }
        return Ids.canonical(idOrGraph);
    }

    /**
     * Finds an assistant; call with the lock held.
     *
     * @param idOrGraph an assistant id or graph id
     * @return the record
     * @throws HttpError 404 if missing, 422 if not an id
     */
    public AssistantRecord find(String idOrGraph) {
        AssistantRecord a = db.assistants.get(resolve(idOrGraph));
        if (a == null) {
            throw HttpError.notFound();
        }
        return a;
    }

    /**
     * {@code GET /assistants/{id}}.
     *
     * @param id the id or graph id
     * @return the assistant JSON
     */
    public Map<String, Object> get(String id) {
        return db.tx(() -> find(id).toJson());
    }

    /**
     * {@code POST /assistants}.
     *
     * @param body the request
     * @return the assistant JSON
     */
    public Map<String, Object> create(Body body) {
        String graphId = body.string("graph_id");
        String requestedId = body.optString("assistant_id");
        if (requestedId != null && !Ids.isUuid(requestedId)) {
            throw HttpError.unprocessable("Invalid assistant ID: must be a UUID");
        }
        String ifExists = body.optEnum("if_exists", "raise", "raise", "do_nothing");
        Map<String, Object> config = body.optObject("config");
        Map<String, Object> context = body.optObject("context");
        Map<String, Object> metadata = body.optObject("metadata");
        String name = body.optString("name");
        String description = body.optString("description");
        checkGraph(graphId);
        ConfigAndContext synced = syncConfigAndContext(config, context);
        String id = requestedId == null ? Ids.newId() : Ids.canonical(requestedId);
        return db.tx(() -> {
            AssistantRecord existing = db.assistants.get(id);
            if (existing != null) {
                if (ifExists.equals("do_nothing")) {
                    return existing.toJson();
                }
                throw HttpError.conflict("Conflict");
            }
            Instant now = db.clock.now();
            AssistantRecord a = new AssistantRecord(id, false, now);
            a.graphId = graphId;
            a.config = synced.config();
            a.context = synced.context();
            a.metadata = Json.copyMap(metadata);
            a.name = name == null ? "Untitled" : name;
            a.description = description;
            a.version = 1;
            a.recordVersion(now);
            db.assistants.put(id, a);
            return a.toJson();
        });
    }

    /**
     * {@code PATCH /assistants/{id}}: always a new version; metadata merged, config/context replaced when
     * non-empty.
     *
     * @param id the id or graph id
     * @param body the request
     * @return the assistant JSON
     */
    public Map<String, Object> patch(String id, Body body) {
        String graphId = body.optString("graph_id");
        Map<String, Object> config = body.optObject("config");
        Map<String, Object> context = body.optObject("context");
        Map<String, Object> metadata = body.optObject("metadata");
        String name = body.optString("name");
        String description = body.optString("description");
        if (graphId != null) {
            checkGraph(graphId);
        }
        ConfigAndContext synced = syncConfigAndContext(config, context);
        return db.tx(() -> {
            AssistantRecord a = find(id);
            if (graphId != null) {
                a.graphId = graphId;
            }
            if (!synced.config().isEmpty() || !synced.context().isEmpty()) {
                a.config = synced.config();
                a.context = synced.context();
            }
            if (metadata != null) {
                a.metadata = Json.merge(a.metadata, Json.copyMap(metadata));
            }
            if (name != null) {
                a.name = name;
            }
            if (description != null) {
                a.description = description;
            }
            int max = a.versions.stream().mapToInt(v -> ((Number) v.get("version")).intValue()).max().orElse(0);
            a.version = max + 1;
            a.updatedAt = db.clock.now();
            a.recordVersion(a.updatedAt);
            return a.toJson();
        });
    }

    /**
     * {@code DELETE /assistants/{id}}: all versions; with {@code delete_threads} also the threads whose
     * {@code metadata.assistant_id} is this assistant.
     *
     * @param id the id or graph id
     * @param deleteThreads whether to delete its threads
     * @param threads the thread service (for cascading deletes)
     */
    public void delete(String id, boolean deleteThreads, ThreadService threads) {
        Map<String, Object> auth = AuthScope.searchFilter("threads:delete");
        List<String> doomed = db.tx(() -> {
            AssistantRecord a = find(id);
            db.assistants.remove(a.assistantId);
            List<String> ids = new ArrayList<>();
            if (deleteThreads) {
                for (ThreadRecord t : db.threads.values()) {
                    if (a.assistantId.equals(t.metadata.get("assistant_id")) && AuthScope.matches(auth, t.metadata)) {
                        ids.add(t.threadId);
                    }
                }
            }
            return ids;
        });
        doomed.forEach(threads::deleteQuietly);
    }

    /**
     * {@code POST /assistants/search}.
     *
     * @param body the request
     * @return the page with pagination headers
     */
    public Reply search(Body body) {
        Map<String, Object> auth = AuthScope.searchFilter("assistants");
        Map<String, Object> metadata = body.optObject("metadata");
        String graphId = body.optString("graph_id");
        String name = body.optString("name");
        int limit = body.optInt("limit", 10, 1, 1000);
        int offset = body.optInt("offset", 0, 0, Integer.MAX_VALUE);
        String sortBy = body.optString("sort_by");
        if (sortBy != null && !SORT.contains(sortBy)) {
            throw HttpError.unprocessable("Invalid sort_by: " + sortBy);
        }
        boolean desc = Listing.descending(body.optString("sort_order"));
        List<String> select = Listing.select(body.optList("select"), SELECT);
        if (graphId != null) {
            checkGraph(graphId);
        }
        List<Map<String, Object>> rows = db.tx(() -> db.assistants.values().stream()
                .filter(a -> matches(a, metadata, graphId, name) && AuthScope.matches(auth, a.metadata))
                .map(AssistantRecord::toJson)
                .collect(Collectors.toList()));
        rows.sort(comparator(sortBy == null ? "created_at" : sortBy, desc));
        List<Map<String, Object>> projected = rows.stream().map(r -> Listing.project(r, select))
                .collect(Collectors.toList());
        return Listing.page(projected, offset, limit);
    }

    /**
     * {@code POST /assistants/count}.
     *
     * @param body the request
     * @return the count
     */
    public long count(Body body) {
        Map<String, Object> auth = AuthScope.searchFilter("assistants");
        Map<String, Object> metadata = body.optObject("metadata");
        String graphId = body.optString("graph_id");
        String name = body.optString("name");
        return db.tx(() -> db.assistants.values().stream().filter(a -> matches(a, metadata, graphId, name) && AuthScope.matches(auth, a.metadata)).count());
    }

    /**
     * {@code POST /assistants/{id}/versions}: newest first.
     *
     * @param id the id or graph id
     * @param body the request
     * @return the versions
     */
    public List<Object> versions(String id, Body body) {
        Map<String, Object> metadata = body.optObject("metadata");
        int limit = body.optInt("limit", 10, 1, 1000);
        int offset = body.optInt("offset", 0, 0, Integer.MAX_VALUE);
        String assistantId = resolve(id);
        // The auth filter of this route's assistants:search event applies to the assistant (its current metadata):
        // a hidden assistant has no versions to show, so 404 as for a missing one.
        Map<String, Object> auth = AuthScope.searchFilter("assistants");
        List<Object> result = db.tx(() -> {
            AssistantRecord a = db.assistants.get(assistantId);
            List<Object> list = new ArrayList<>();
            if (a != null && AuthScope.matches(auth, a.metadata)) {
                for (int i = a.versions.size() - 1; i >= 0; i--) {
                    Map<String, Object> v = a.versions.get(i);
                    if (metadata == null || Containment.contains(v.get("metadata"), metadata)) {
                        list.add(Json.copy(v));
                    }
                }
            }
            return list;
        });
        // The Python server pages in its query and answers 404 for an empty page, an offset past the end included.
        List<Object> page = result.subList(Math.min(offset, result.size()), Math.min(result.size(), offset + limit));
        if (page.isEmpty()) {
            throw HttpError.notFound("Assistant " + assistantId + " not found");
        }
        return page;
    }

    /**
     * {@code POST /assistants/{id}/latest}: makes a version current.
     *
     * @param id the id or graph id
     * @param body the request with {@code version}
     * @return the assistant JSON
     */
    public Map<String, Object> setLatest(String id, Body body) {
        int version = body.optInt("version", -1, 1, Integer.MAX_VALUE);
        if (version < 0) {
            throw HttpError.unprocessable("'version' is a required property");
        }
        return db.tx(() -> {
            AssistantRecord a = find(id);
            Map<String, Object> v = a.versions.stream()
                    .filter(x -> ((Number) x.get("version")).intValue() == version).findFirst()
                    .orElseThrow(HttpError::notFound);
            a.config = Json.copyMap(Json.mapAt(v, "config"));
            a.context = Json.copyMap(Json.mapAt(v, "context"));
            a.metadata = Json.copyMap(Json.mapAt(v, "metadata"));
            a.name = (String) v.get("name");
            a.description = (String) v.get("description");
            a.version = version;
            return a.toJson();
        });
    }

    /**
     * {@code GET /assistants/{id}/graph}.
     *
     * @param id the id or graph id
     * @param xray the {@code xray} query value
     * @return {@code {nodes, edges}}
     */
    public Map<String, Object> graph(String id, String xray) {
        int depth = GraphViews.xray(xray);
        return GraphViews.drawing(ctx.graphs.get(graphOf(id)), depth);
    }

    /**
     * {@code GET /assistants/{id}/schemas}.
     *
     * @param id the id or graph id
     * @return the schemas
     */
    public Map<String, Object> schemas(String id) {
        String graphId = graphOf(id);
        return GraphViews.schemas(graphId, ctx.graphs.get(graphId));
    }

    /**
     * {@code GET /assistants/{id}/subgraphs[/{namespace}]}.
     *
     * @param id the id or graph id
     * @param namespace the namespace or {@code null}
     * @param recurse whether to include nested subgraphs ({@code |}-joined keys)
     * @return the subgraph schemas by namespace
     */
    public Map<String, Object> subgraphs(String id, String namespace, boolean recurse) {
        return GraphViews.subgraphs(ctx.graphs.get(graphOf(id)), namespace, recurse);
    }

    private String graphOf(String id) {
        return db.tx(() -> find(id).graphId);
    }

    /**
     * Checks a graph id is registered.
     *
     * @param graphId the graph id
     * @throws HttpError 404 with the registered ids otherwise
     */
    public void checkGraph(String graphId) {
        if (!ctx.graphs.containsKey(graphId)) {
            String expected = ctx.graphs.keySet().stream().map(g -> "'" + g + "'")
                    .collect(Collectors.joining(", ", "[", "]"));
            throw HttpError.notFound("Graph '" + graphId + "' not found. Expected one of: " + expected);
        }
    }

    private static boolean matches(AssistantRecord a, Map<String, Object> metadata, String graphId, String name) {
        return (metadata == null || Containment.contains(a.metadata, metadata))
                && (graphId == null || graphId.equals(a.graphId))
                && (name == null || a.name.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
    }

    private static Comparator<Map<String, Object>> comparator(String field, boolean desc) {
        Comparator<Map<String, Object>> c;
        if (field.equals("name") || field.equals("graph_id")) {
            c = Comparator.comparing(m -> String.valueOf(m.get(field)).toLowerCase(Locale.ROOT));
        } else {
            c = Comparator.comparing(m -> String.valueOf(m.get(field)));
        }
        return desc ? c.reversed() : c;
    }

    /**
     * The Python server keeps {@code context} and {@code config.configurable} in sync; both non-empty is a 400.
     */
    static ConfigAndContext syncConfigAndContext(Map<String, Object> config, Map<String, Object> context) {
        Map<String, Object> cfg = Json.copyMap(config);
        Map<String, Object> ctx = Json.copyMap(context);
        Map<String, Object> configurable = Json.mapAt(cfg, "configurable");
        boolean hasConfigurable = configurable != null && !configurable.isEmpty();
        if (hasConfigurable && !ctx.isEmpty()) {
            throw HttpError.badRequest("Cannot specify both configurable and context. Prefer setting context alone."
                    + " Context was introduced in LangGraph 0.6.0 and is the long term planned replacement for"
                    + " configurable.");
        }
        if (hasConfigurable) {
            ctx = Json.copyMap(configurable);
        } else if (!ctx.isEmpty()) {
            cfg.put("configurable", Json.copy(ctx));
        }
        return new ConfigAndContext(cfg, ctx);
    }

    /** An assistant's config and context after syncing. */
    record ConfigAndContext(Map<String, Object> config, Map<String, Object> context) {
    }
}
