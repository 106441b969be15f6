package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.json.Containment;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import dev.langgraph.testkit.internal.model.CheckpointView;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.ServerClock;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import dev.langgraph.testkit.internal.model.ThreadStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Thread state: {@code ThreadState} views of checkpoints, history, and {@code update_state}. */
public final class StateService {

    private final ServerContext ctx;
    private final Db db;
    private final ThreadService threads;

    /**
     * Creates the service.
     *
     * @param ctx the server context
     * @param threads the thread service
     */
    public StateService(ServerContext ctx, ThreadService threads) {
        this.ctx = ctx;
        this.db = ctx.db;
        this.threads = threads;
    }

    /**
     * {@code GET /threads/{id}/state[/{checkpoint_id}]} and {@code POST /threads/{id}/state/checkpoint}.
     *
     * @param id the thread id
     * @param checkpointId a checkpoint id, {@code null} for the latest
     * @return the ThreadState JSON
     */
    public Map<String, Object> state(String id, String checkpointId) {
        return db.tx(() -> {
            ThreadRecord t = threads.find(id);
            if (checkpointId == null) {
                CheckpointRecord latest = t.latest();
                return latest == null ? emptyState() : view(t, latest);
            }
            CheckpointRecord cp = t.checkpoint(checkpointId);
            if (cp == null) {
                throw HttpError.notFound();
            }
            return view(t, cp);
        });
    }

    /**
     * {@code GET|POST /threads/{id}/history}: newest first.
     *
     * @param id the thread id
     * @param limit the page size
     * @param before a checkpoint id: only older checkpoints, or {@code null}
     * @param metadata a containment filter on checkpoint metadata, or {@code null}
     * @return the ThreadState list
     */
    public List<Object> history(String id, int limit, String before, Map<String, Object> metadata) {
        return db.tx(() -> {
            ThreadRecord t = threads.find(id);
            List<Object> result = new ArrayList<>();
            boolean skipping = before != null;
            for (int i = t.checkpoints.size() - 1; i >= 0 && result.size() < limit; i--) {
                CheckpointRecord cp = t.checkpoints.get(i);
                if (skipping) {
                    skipping = !cp.checkpointId.equals(before);
                    continue;
                }
                if (metadata == null || Containment.contains(cp.metadata, metadata)) {
                    result.add(view(t, cp));
                }
            }
            return result;
        });
    }

    /**
     * {@code POST /threads/{id}/state}: writes a checkpoint ({@code source: update}) as if {@code as_node} had
     * returned {@code values}.
     *
     * @param id the thread id
     * @param body the request
     * @return {@code {"checkpoint": {...}}}
     */
    public Map<String, Object> update(String id, Body body) {
        Object values = body.raw("values");
        String asNode = body.optString("as_node");
        String checkpointId = checkpointId(body);
        return db.tx(() -> {
            ThreadRecord t = threads.find(id);
            CheckpointRecord cp = write(t, values, asNode, checkpointId);
            return Json.obj("checkpoint", checkpointRef(t, cp));
        });
    }

    /**
     * {@code PATCH /threads/{id}/state}: merges {@code metadata} into the metadata of the latest checkpoint (or of
     * {@code checkpoint} / {@code checkpoint_id}).
     *
     * @param id the thread id
     * @param body the request
     */
    public void patchMetadata(String id, Body body) {
        Map<String, Object> metadata = body.optObject("metadata");
        if (metadata == null) {
            throw HttpError.unprocessable("'metadata' is a required property");
        }
        String checkpointId = checkpointId(body);
        db.run(() -> {
            ThreadRecord t = threads.find(id);
            CheckpointRecord cp = checkpointId == null ? t.latest() : t.checkpoint(checkpointId);
            if (cp == null) {
                throw HttpError.notFound("Thread '" + t.threadId + "' has no checkpoint"
                        + (checkpointId == null ? "" : " '" + checkpointId + "'"));
            }
            cp.metadata.putAll(Json.copyMap(metadata));
        });
    }

    /**
     * Applies one superstep of {@code POST /threads} {@code supersteps}: each update like a state update.
     *
     * @param threadId the canonical thread id
     * @param updates the superstep's {@code [{values, as_node}]}
     */
    public void applySuperstep(String threadId, List<?> updates) {
        db.run(() -> {
            ThreadRecord t = threads.find(threadId);
            for (Object u : updates) {
                if (!(u instanceof Map<?, ?>)) {
                    throw HttpError.unprocessable("Invalid superstep update: " + Json.write(u));
                }
                Map<?, ?> m = (Map<?, ?>) u;
                Object asNode = m.get("as_node");
                write(t, m.get("values"), asNode == null ? null : asNode.toString(), null);
            }
        });
    }

    private CheckpointRecord write(ThreadRecord t, Object values, String asNode, String checkpointId) {
        if (!db.inFlightRuns(t.threadId).isEmpty()) {
            throw HttpError.conflict("Thread is busy with a running job. Cannot update state.");
        }
        Object graphId = t.metadata.get("graph_id");
        Graph graph = graphId == null ? null : ctx.graphs.get(graphId.toString());
        if (graph == null) {
            throw HttpError.badRequest("Thread '" + t.threadId + "' has no assigned graph ID. This usually"
                    + " happens when no runs have been made on this thread. Please create a run first.");
        }
        CheckpointRecord base = checkpointId == null ? t.latest() : t.checkpoint(checkpointId);
        if (checkpointId != null && base == null) {
            throw HttpError.notFound();
        }
        if (asNode != null && !asNode.equals(Graph.START) && !graph.nodeNames().contains(asNode)) {
            throw HttpError.badRequest("Node " + asNode + " does not exist");
        }
        Map<String, Object> state = base == null ? new LinkedHashMap<>() : Json.copyMap(base.values);
        Collection<?> updates = values instanceof List<?> ? (List<?>) values
                : values == null ? List.of() : List.of(values);
        for (Object u : updates) {
            if (!(u instanceof Map<?, ?>)) {
                throw HttpError.badRequest("Expected dict, got " + Json.write(u));
            }
            ((Map<?, ?>) u).forEach((k, v) -> state.put(k.toString(),
                    Json.copy(graph.reducerFor(k.toString()).reduce(state.get(k.toString()), Json.copy(v)))));
        }
        List<String> next;
        String writer;
        if (asNode != null) {
            writer = asNode;
            next = graph.successors(asNode, state);
        } else {
            writer = base == null || base.writtenBy.isEmpty() ? Graph.START : base.writtenBy.get(0);
            next = base == null ? graph.successors(Graph.START, state) : base.next;
        }
        Set<String> unique = new LinkedHashSet<>(next);
        Map<String, Object> metadata = Json.obj("source", "update", "step", base == null ? -1 : base.step + 1,
                "parents", Json.obj(), "graph_id", graphId);
        CheckpointRecord cp = new CheckpointRecord(Ids.newId(), base == null ? null : base.checkpointId,
                t.threadId, base == null ? -1 : base.step + 1, "update", state, List.copyOf(unique),
                List.of(writer), metadata, db.clock.now(), null);
        t.checkpoints.add(cp);
        t.stateUpdatedAt = cp.createdAt;
        ThreadStatus.settle(db, t, null);
        t.events.append("state_update", Json.write(Json.obj("state", view(t, cp), "thread_id", t.threadId)));
        return cp;
    }

    /** The ThreadState of a checkpoint (call with the lock held). */
    private Map<String, Object> view(ThreadRecord t, CheckpointRecord cp) {
        Graph graph = ctx.graphs.get(String.valueOf(t.metadata.get("graph_id")));
        CheckpointRecord parent = cp.parentId == null ? null : t.checkpoint(cp.parentId);
        return Json.obj("values", Json.copy(cp.values), "next", cp.next,
                "tasks", CheckpointView.tasks(cp, graph, t.threadId, ""),
                "metadata", Json.copy(cp.metadata), "created_at", ServerClock.format(cp.createdAt),
                "checkpoint", checkpointRef(t, cp),
                "parent_checkpoint", parent == null ? null : checkpointRef(t, parent),
                "interrupts", cp.allInterrupts(),
                "checkpoint_id", cp.checkpointId, "parent_checkpoint_id", cp.parentId);
    }

    /** The checkpoint a body names: {@code checkpoint.checkpoint_id}, else {@code checkpoint_id}, else none. */
    private static String checkpointId(Body body) {
        Map<String, Object> checkpoint = body.optObject("checkpoint");
        return checkpoint != null && checkpoint.get("checkpoint_id") != null
                ? String.valueOf(checkpoint.get("checkpoint_id")) : body.optString("checkpoint_id");
    }

    private static Map<String, Object> checkpointRef(ThreadRecord t, CheckpointRecord cp) {
        return CheckpointView.ref(t.threadId, "", cp.checkpointId, null);
    }

    private static Map<String, Object> emptyState() {
        return Json.obj("values", Json.obj(), "next", List.of(), "tasks", List.of(), "metadata", null,
                "created_at", null, "checkpoint", null, "parent_checkpoint", null, "interrupts", List.of(),
                "checkpoint_id", null, "parent_checkpoint_id", null);
    }
}
