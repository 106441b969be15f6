package dev.langgraph.client.internal.resources;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.crons.Cron;
import dev.langgraph.client.crons.CronParams;
import dev.langgraph.client.crons.CronSearchParams;
import dev.langgraph.client.crons.CronSettings;
import dev.langgraph.client.crons.CronUpdateParams;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.Decoders;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.JsonBody;
import dev.langgraph.client.internal.PathSegments;
import dev.langgraph.client.json.JsonCodec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.langgraph.client.internal.PathSegments.encode;

/** The crons endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class CronsOperations {

    private static final String CRONS = "/runs/crons";

    private final HttpPipeline pipeline;
    private final JsonCodec codec;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public CronsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
        this.codec = pipeline.config().codec();
    }

    /**
     * {@code POST /threads/{thread_id}/runs/crons}.
     *
     * @param threadId the thread id
     * @param assistantId the assistant id
     * @param params the schedule and payload
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Cron> createForThread(String threadId, String assistantId, CronParams params,
            RequestOptions options) {
        Objects.requireNonNull(params, "params");
        if (params.onRunCompleted() != null) {
            // A thread cron keeps its thread, so there is nothing to delete or keep (the Python SDK has no such key).
            throw new IllegalArgumentException("onRunCompleted applies only to stateless crons (create)");
        }
        String path = "/threads/" + encode("thread_id", threadId) + CRONS;
        return cronCall("POST", path, createBody(assistantId, params), options);
    }

    /**
     * {@code POST /runs/crons}.
     *
     * @param assistantId the assistant id
     * @param params the schedule and payload
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Cron> create(String assistantId, CronParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return cronCall("POST", CRONS, createBody(assistantId, params), options);
    }

    /**
     * {@code DELETE /runs/crons/{cron_id}}.
     *
     * @param cronId the cron id
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> delete(String cronId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("DELETE", path(cronId)).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code PATCH /runs/crons/{cron_id}}.
     *
     * @param cronId the cron id
     * @param params what to change
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Cron> update(String cronId, CronUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        JsonBody body = settingsBody(params);
        if (params.clearEndTime()) {
            body.put("end_time", null);
        }
        return cronCall("PATCH", path(cronId), body.build(), options);
    }

    /**
     * {@code POST /runs/crons/search}.
     *
     * @param params filters and paging
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<Cron>> search(CronSearchParams params, RequestOptions options) {
        CronSearchParams p = params == null ? CronSearchParams.builder().build() : params;
        Map<String, Object> body = JsonBody.create()
                .putIfNotNull("assistant_id", p.assistantId())
                .putIfNotNull("thread_id", p.threadId())
                .putIfNotNull("enabled", p.enabled())
                .putIfNotNull("metadata", p.metadata())
                .put("limit", p.limit())
                .put("offset", p.offset())
                .putIfTruthy("sort_by", p.sortBy())
                .putIfTruthy("sort_order", p.sortOrder())
                .putIfTruthy("select", p.select())
                .build();
        ApiRequest r = ApiRequest.of("POST", CRONS + "/search").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.list(codec, Cron::fromMap));
    }

    /**
     * {@code POST /runs/crons/count}.
     *
     * @param assistantId an assistant filter or null
     * @param threadId a thread filter or null
     * @param metadata a metadata filter or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Integer> count(String assistantId, String threadId, Map<String, ?> metadata,
            RequestOptions options) {
        Map<String, Object> body = JsonBody.create()
                .putIfNotNull("assistant_id", assistantId)
                .putIfNotNull("thread_id", threadId)
                .putIfNotNull("metadata", metadata)
                .build();
        ApiRequest r = ApiRequest.of("POST", CRONS + "/count").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.count(codec));
    }

    private Map<String, Object> createBody(String assistantId, CronParams params) {
        return settingsBody(params)
                .put("assistant_id", PathSegments.requireId("assistant_id", assistantId))
                .putIfTruthy("multitask_strategy", params.multitaskStrategy())
                .build();
    }

    /** The keys create and update share; as in the Python SDK, a key whose value is null is not sent. */
    private static JsonBody settingsBody(CronSettings p) {
        return JsonBody.create()
                .putIfNotNull("schedule", p.schedule())
                .putIfNotNull("input", p.input())
                .putIfNotNull("metadata", p.metadata())
                .putIfNotNull("config", p.config() == null ? null : p.config().toMap())
                .putIfNotNull("context", p.context())
                .putIfNotNull("interrupt_before", nodes(p.interruptBefore()))
                .putIfNotNull("interrupt_after", nodes(p.interruptAfter()))
                .putIfNotNull("webhook", p.webhook())
                .putIfNotNull("end_time", p.endTime() == null ? null : p.endTime().toString())
                .putIfNotNull("enabled", p.enabled())
                .putIfNotNull("timezone", p.timezone())
                .putIfNotNull("stream_mode", p.streamMode())
                .putIfNotNull("stream_subgraphs", p.streamSubgraphs())
                .putIfNotNull("stream_resumable", p.streamResumable())
                .putIfNotNull("durability", p.durability())
                .putIfNotNull("on_run_completed", p.onRunCompleted());
    }

    /** "Every node" is the string {@code "*"} on the wire, not a one-element array. */
    private static Object nodes(List<String> nodes) {
        return CronSettings.ALL_NODES.equals(nodes) ? "*" : nodes;
    }

    private Call<Cron> cronCall(String method, String path, Map<String, Object> body, RequestOptions options) {
        ApiRequest r = ApiRequest.of(method, path).body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, Cron::fromMap));
    }

    private static String path(String cronId) {
        return CRONS + "/" + encode("cron_id", cronId);
    }
}
