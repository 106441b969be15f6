package dev.langgraph.client.internal.resources;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.Decoders;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.JsonBody;
import dev.langgraph.client.internal.PathSegments;
import dev.langgraph.client.internal.streaming.StreamSpec;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.threads.PruneResult;
import dev.langgraph.client.threads.PruneStrategy;
import dev.langgraph.client.threads.StateUpdate;
import dev.langgraph.client.threads.Superstep;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadCountParams;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadHistoryParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.client.threads.ThreadState;
import dev.langgraph.client.threads.ThreadStreamMode;
import dev.langgraph.client.threads.ThreadUpdateParams;
import dev.langgraph.client.threads.ThreadUpdateStateParams;
import dev.langgraph.client.threads.ThreadUpdateStateResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.langgraph.client.internal.PathSegments.encode;

/** The threads endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class ThreadsOperations {

    private final HttpPipeline pipeline;
    private final JsonCodec codec;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public ThreadsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
        this.codec = pipeline.config().codec();
    }

    /**
     * {@code GET /threads/{id}}.
     *
     * @param threadId the thread id
     * @param include extra fields, sent comma-joined, or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Thread> get(String threadId, List<String> include, RequestOptions options) {
        String joined = include == null || include.isEmpty() ? null : String.join(",", include);
        ApiRequest r = ApiRequest.of("GET", path(threadId)).query("include", joined).options(options).build();
        return threadCall(r);
    }

    /**
     * {@code POST /threads}.
     *
     * @param params what to create, or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Thread> create(ThreadCreateParams params, RequestOptions options) {
        ThreadCreateParams p = params == null ? ThreadCreateParams.builder().build() : params;
        Map<String, Object> body = JsonBody.create()
                .putIfTruthy("thread_id", p.threadId())
                .putIfTruthy("metadata", metadataWithGraphId(p.metadata(), p.graphId()))
                .putIfTruthy("if_exists", p.ifExists())
                .putIfTruthy("supersteps", supersteps(p.supersteps()))
                .putIfNotNull("ttl", ttl(p.ttlMinutes()))
                .build();
        return threadCall(ApiRequest.of("POST", "/threads").body(body).options(options).build());
    }

    /**
     * {@code PATCH /threads/{id}}, with {@code Prefer: return=minimal} when asked (the server then answers 204).
     *
     * @param threadId the thread id
     * @param params what to change
     * @param options per-call options
     * @return the prepared call; its result is null for a 204
     */
    public Call<Thread> update(String threadId, ThreadUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Map<String, Object> body = JsonBody.create()
                .put("metadata", params.metadata())
                .putIfNotNull("ttl", ttl(params.ttlMinutes()))
                .build();
        ApiRequest.Builder r = ApiRequest.of("PATCH", path(threadId)).body(body);
        if (params.returnMinimal()) {
            r.header("Prefer", "return=minimal");
        }
        return new Call<>(pipeline, r.options(options).build(), Decoders.nullableObject(codec, Thread::fromMap));
    }

    /**
     * {@code DELETE /threads/{id}}.
     *
     * @param threadId the thread id
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> delete(String threadId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("DELETE", path(threadId)).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code POST /threads/search}.
     *
     * @param params filters and paging, or null for the defaults
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<Thread>> search(ThreadSearchParams params, RequestOptions options) {
        ThreadSearchParams p = params == null ? ThreadSearchParams.builder().build() : params;
        Map<String, Object> body = JsonBody.create()
                .put("limit", p.limit())
                .put("offset", p.offset())
                .putIfTruthy("metadata", p.metadata())
                .putIfTruthy("values", p.values())
                .putIfTruthy("ids", p.ids())
                .putIfTruthy("status", p.status())
                .putIfTruthy("sort_by", p.sortBy())
                .putIfTruthy("sort_order", p.sortOrder())
                .putIfTruthy("select", p.select())
                .putIfTruthy("extract", p.extract())
                .build();
        ApiRequest r = ApiRequest.of("POST", "/threads/search").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.list(codec, Thread::fromMap));
    }

    /**
     * {@code POST /threads/count}.
     *
     * @param params filters, or null for none
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Integer> count(ThreadCountParams params, RequestOptions options) {
        ThreadCountParams p = params == null ? ThreadCountParams.all() : params;
        Map<String, Object> body = JsonBody.create()
                .putIfTruthy("metadata", p.metadata())
                .putIfTruthy("values", p.values())
                .putIfTruthy("status", p.status())
                .build();
        ApiRequest r = ApiRequest.of("POST", "/threads/count").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.count(codec));
    }

    /**
     * {@code POST /threads/{id}/copy}, without a body.
     *
     * @param threadId the thread to copy
     * @param options per-call options
     * @return the prepared call; its result is null when the server sends no thread
     */
    public Call<Thread> copy(String threadId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("POST", path(threadId) + "/copy").options(options).build();
        return new Call<>(pipeline, r, Decoders.nullableObject(codec, Thread::fromMap));
    }

    /**
     * {@code POST /threads/prune}; like the Python SDK, {@code strategy} is only sent when it is not
     * {@code delete}, the server's default.
     *
     * @param threadIds the threads, not empty
     * @param strategy the strategy, null for delete
     * @param options per-call options
     * @return the prepared call
     */
    public Call<PruneResult> prune(List<String> threadIds, PruneStrategy strategy, RequestOptions options) {
        if (threadIds == null || threadIds.isEmpty()) {
            throw new IllegalArgumentException("threadIds must not be null or empty");
        }
        threadIds.forEach(id -> PathSegments.requireId("thread id", id));
        Map<String, Object> body = JsonBody.create()
                .put("thread_ids", List.copyOf(threadIds))
                .putIfNotNull("strategy", PruneStrategy.DELETE.equals(strategy) ? null : strategy)
                .build();
        ApiRequest r = ApiRequest.of("POST", "/threads/prune").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, PruneResult::fromMap));
    }

    /**
     * {@code GET /threads/{id}/state}.
     *
     * @param threadId the thread id
     * @param subgraphs whether to include subgraph states
     * @param options per-call options
     * @return the prepared call
     */
    public Call<ThreadState> getState(String threadId, boolean subgraphs, RequestOptions options) {
        return stateGet(path(threadId) + "/state", subgraphs, options);
    }

    /**
     * {@code GET /threads/{id}/state/{checkpoint_id}}.
     *
     * @param threadId the thread id
     * @param checkpointId the checkpoint id
     * @param subgraphs whether to include subgraph states
     * @param options per-call options
     * @return the prepared call
     */
    public Call<ThreadState> getState(String threadId, String checkpointId, boolean subgraphs,
            RequestOptions options) {
        return stateGet(path(threadId) + "/state/" + encode("checkpoint_id", checkpointId), subgraphs, options);
    }

    /**
     * {@code POST /threads/{id}/state/checkpoint} with {@code {checkpoint, subgraphs}}.
     *
     * @param threadId the thread id
     * @param checkpoint the checkpoint
     * @param subgraphs whether to include subgraph states
     * @param options per-call options
     * @return the prepared call
     */
    public Call<ThreadState> getState(String threadId, Checkpoint checkpoint, boolean subgraphs,
            RequestOptions options) {
        if (checkpoint == null) {
            throw new IllegalArgumentException("checkpoint must not be null");
        }
        Map<String, Object> body = JsonBody.create()
                .put("checkpoint", checkpoint.toMap())
                .putIfTruthy("subgraphs", subgraphs) // the JS server rejects an explicit false
                .build();
        ApiRequest r = ApiRequest.of("POST", path(threadId) + "/state/checkpoint").body(body).options(options)
                .build();
        return new Call<>(pipeline, r, Decoders.object(codec, ThreadState::fromMap));
    }

    /**
     * {@code POST /threads/{id}/state}; {@code values} is always sent, even as null.
     *
     * @param threadId the thread id
     * @param params the values and where to write them
     * @param options per-call options
     * @return the prepared call
     */
    public Call<ThreadUpdateStateResponse> updateState(String threadId, ThreadUpdateStateParams params,
            RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Map<String, Object> body = JsonBody.create()
                .put("values", params.values())
                .putIfTruthy("checkpoint_id", params.checkpointId())
                .putIfTruthy("checkpoint", checkpointMap(params.checkpoint()))
                .putIfTruthy("as_node", params.asNode())
                .build();
        ApiRequest r = ApiRequest.of("POST", path(threadId) + "/state").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, ThreadUpdateStateResponse::fromMap));
    }

    /**
     * {@code PATCH /threads/{id}/state} with {@code {metadata}} (the JS SDK's {@code patchState}).
     *
     * @param threadId the thread id
     * @param metadata the metadata to merge
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> patchState(String threadId, Map<String, Object> metadata, RequestOptions options) {
        if (metadata == null) {
            throw new IllegalArgumentException("metadata must not be null");
        }
        ApiRequest r = ApiRequest.of("PATCH", path(threadId) + "/state")
                .body(JsonBody.create().put("metadata", metadata).build()).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code POST /threads/{id}/history}.
     *
     * @param threadId the thread id
     * @param params the limit and filters, or null for the defaults
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<ThreadState>> getHistory(String threadId, ThreadHistoryParams params,
            RequestOptions options) {
        ThreadHistoryParams p = params == null ? ThreadHistoryParams.builder().build() : params;
        Object before = p.beforeCheckpoint() != null ? checkpointMap(p.beforeCheckpoint()) : p.beforeCheckpointId();
        Map<String, Object> body = JsonBody.create()
                .put("limit", p.limit())
                .putIfTruthy("before", before)
                .putIfTruthy("metadata", p.metadata())
                .putIfTruthy("checkpoint", checkpointMap(p.checkpoint()))
                .build();
        ApiRequest r = ApiRequest.of("POST", path(threadId) + "/history").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.list(codec, ThreadState::fromMap));
    }

    /**
     * {@code GET /threads/{id}/stream} (SSE). Like the Python SDK, {@code stream_mode} is always sent.
     *
     * @param threadId the thread id
     * @param lastEventId the event id to resume after, or null
     * @param streamModes the modes, null or empty for {@code run_modes}
     * @param options per-call options
     * @return the stream to open
     */
    public StreamSpec joinStream(String threadId, String lastEventId, List<ThreadStreamMode> streamModes,
            RequestOptions options) {
        List<ThreadStreamMode> modes = streamModes == null || streamModes.isEmpty()
                ? List.of(ThreadStreamMode.RUN_MODES) : streamModes;
        ApiRequest.Builder r = ApiRequest.of("GET", path(threadId) + "/stream").query("stream_mode", modes);
        if (lastEventId != null && !lastEventId.isEmpty()) {
            r.header("Last-Event-ID", lastEventId);
        }
        // No reconnect path: resuming needs the stream_mode query, which a bare path would lose.
        return new StreamSpec(r.options(options).build(), false, null, null);
    }

    private Call<Thread> threadCall(ApiRequest request) {
        return new Call<>(pipeline, request, Decoders.object(codec, Thread::fromMap));
    }

    private Call<ThreadState> stateGet(String statePath, boolean subgraphs, RequestOptions options) {
        // The Python SDK always sends subgraphs, false included.
        ApiRequest r = ApiRequest.of("GET", statePath).query("subgraphs", subgraphs).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, ThreadState::fromMap));
    }

    /** The graph id is stored as {@code metadata.graph_id}, as the Python SDK does. */
    private static Map<String, Object> metadataWithGraphId(Map<String, Object> metadata, String graphId) {
        if (graphId == null || graphId.isEmpty()) {
            return metadata;
        }
        Map<String, Object> merged = metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
        merged.put("graph_id", graphId);
        return merged;
    }

    /** Every update sends all three keys, null included, as the Python SDK does. */
    private static List<Map<String, Object>> supersteps(List<Superstep> supersteps) {
        if (supersteps == null) {
            return null;
        }
        List<Map<String, Object>> steps = new ArrayList<>(supersteps.size());
        for (Superstep step : supersteps) {
            List<Map<String, Object>> updates = new ArrayList<>(step.updates().size());
            for (StateUpdate u : step.updates()) {
                updates.add(JsonBody.create()
                        .put("values", u.values())
                        .put("command", u.command() == null ? null : u.command().toMap())
                        .put("as_node", u.asNode())
                        .build());
            }
            steps.add(Map.of("updates", updates));
        }
        return steps;
    }

    /** An int TTL is minutes with the delete strategy, the only one the server has. */
    private static Map<String, Object> ttl(Integer minutes) {
        return minutes == null ? null : JsonBody.create().put("ttl", minutes).put("strategy", "delete").build();
    }

    /** As a map, so that an empty checkpoint counts as "not set", like Python's falsy dict. */
    private static Map<String, Object> checkpointMap(Checkpoint checkpoint) {
        return checkpoint == null ? null : checkpoint.toMap();
    }

    private static String path(String threadId) {
        return "/threads/" + encode("thread_id", threadId);
    }
}
