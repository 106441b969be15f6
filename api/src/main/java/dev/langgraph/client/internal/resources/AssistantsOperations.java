package dev.langgraph.client.internal.resources;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantCountParams;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.assistants.AssistantGraph;
import dev.langgraph.client.assistants.AssistantSearchParams;
import dev.langgraph.client.assistants.AssistantUpdateParams;
import dev.langgraph.client.assistants.AssistantVersion;
import dev.langgraph.client.assistants.AssistantsPage;
import dev.langgraph.client.common.GraphSchema;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.Decoders;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.HttpResult;
import dev.langgraph.client.internal.JsonBody;
import dev.langgraph.client.json.JsonCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import static dev.langgraph.client.internal.PathSegments.encode;

/** The assistants endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class AssistantsOperations {

    private final HttpPipeline pipeline;
    private final JsonCodec codec;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public AssistantsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
        this.codec = pipeline.config().codec();
    }

    /**
     * {@code GET /assistants/{id}}.
     *
     * @param assistantId the assistant id
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Assistant> get(String assistantId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("GET", path(assistantId)).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, Assistant::fromMap));
    }

    /**
     * {@code GET /assistants/{id}/graph}.
     *
     * @param assistantId the assistant id
     * @param xray subgraph levels to expand (0 none, negative all)
     * @param options per-call options
     * @return the prepared call
     */
    public Call<AssistantGraph> getGraph(String assistantId, int xray, RequestOptions options) {
        Object xrayValue = xray == 0 ? null : xray < 0 ? Boolean.TRUE : (Object) xray;
        ApiRequest r = ApiRequest.of("GET", path(assistantId) + "/graph").query("xray", xrayValue)
                .options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, AssistantGraph::fromMap));
    }

    /**
     * {@code GET /assistants/{id}/schemas}.
     *
     * @param assistantId the assistant id
     * @param options per-call options
     * @return the prepared call
     */
    public Call<GraphSchema> getSchemas(String assistantId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("GET", path(assistantId) + "/schemas").options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, GraphSchema::fromMap));
    }

    /**
     * {@code GET /assistants/{id}/subgraphs[/{namespace}]}.
     *
     * @param assistantId the assistant id
     * @param namespace the namespace or null
     * @param recurse whether to recurse
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Map<String, GraphSchema>> getSubgraphs(String assistantId, String namespace, boolean recurse,
            RequestOptions options) {
        String p = path(assistantId) + "/subgraphs" + (namespace == null ? "" : "/" + encode("namespace", namespace));
        ApiRequest r = ApiRequest.of("GET", p).query("recurse", recurse ? Boolean.TRUE : null).options(options).build();
        Function<HttpResult, Map<String, Object>> asMap = Decoders.object(codec, m -> m);
        return new Call<>(pipeline, r, result -> {
            Map<String, GraphSchema> out = new LinkedHashMap<>();
            asMap.apply(result).forEach((ns, schema) -> out.put(ns, schema instanceof Map<?, ?> m
                    ? GraphSchema.fromMap(castMap(m)) : null));
            return Collections.unmodifiableMap(out);
        });
    }

    /**
     * {@code POST /assistants}.
     *
     * @param params what to create
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Assistant> create(AssistantCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Map<String, Object> body = JsonBody.create()
                .put("graph_id", params.graphId())
                .putIfTruthy("config", params.config() == null ? null : params.config().toMap())
                .putIfTruthy("context", params.context())
                .putIfTruthy("metadata", params.metadata())
                .putIfTruthy("assistant_id", params.assistantId())
                .putIfTruthy("if_exists", params.ifExists())
                .putIfTruthy("name", params.name())
                .putIfTruthy("description", params.description())
                .build();
        ApiRequest r = ApiRequest.of("POST", "/assistants").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, Assistant::fromMap));
    }

    /**
     * {@code PATCH /assistants/{id}}.
     *
     * @param assistantId the assistant id
     * @param params what to change
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Assistant> update(String assistantId, AssistantUpdateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Map<String, Object> body = JsonBody.create()
                .putIfTruthy("graph_id", params.graphId())
                .putIfNotNull("config", params.config() == null ? null : params.config().toMap())
                .putIfNotNull("context", params.context())
                .putIfTruthy("metadata", params.metadata())
                .putIfTruthy("name", params.name())
                .putIfTruthy("description", params.description())
                .build();
        ApiRequest r = ApiRequest.of("PATCH", path(assistantId)).body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, Assistant::fromMap));
    }

    /**
     * {@code DELETE /assistants/{id}}.
     *
     * @param assistantId the assistant id
     * @param deleteThreads whether to delete its threads
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> delete(String assistantId, boolean deleteThreads, RequestOptions options) {
        ApiRequest r = ApiRequest.of("DELETE", path(assistantId))
                .query("delete_threads", deleteThreads ? Boolean.TRUE : null).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code POST /assistants/search}.
     *
     * @param params filters and paging
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<Assistant>> search(AssistantSearchParams params, RequestOptions options) {
        return new Call<>(pipeline, searchRequest(params, options), Decoders.list(codec, Assistant::fromMap));
    }

    /**
     * {@code POST /assistants/search}, keeping {@code X-Pagination-Next}.
     *
     * @param params filters and paging
     * @param options per-call options
     * @return the prepared call
     */
    public Call<AssistantsPage> searchPage(AssistantSearchParams params, RequestOptions options) {
        Function<HttpResult, List<Assistant>> list = Decoders.list(codec, Assistant::fromMap);
        return new Call<>(pipeline, searchRequest(params, options),
                r -> new AssistantsPage(list.apply(r), r.headers().first("X-Pagination-Next")));
    }

    /**
     * {@code POST /assistants/count}.
     *
     * @param params filters
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Integer> count(AssistantCountParams params, RequestOptions options) {
        AssistantCountParams p = params == null ? new AssistantCountParams(null, null, null) : params;
        Map<String, Object> body = JsonBody.create()
                .putIfTruthy("metadata", p.metadata())
                .putIfTruthy("graph_id", p.graphId())
                .putIfTruthy("name", p.name())
                .build();
        ApiRequest r = ApiRequest.of("POST", "/assistants/count").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.count(codec));
    }

    /**
     * {@code POST /assistants/{id}/versions}.
     *
     * @param assistantId the assistant id
     * @param metadata a metadata filter or null
     * @param limit the page size
     * @param offset the offset
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<AssistantVersion>> getVersions(String assistantId, Map<String, Object> metadata, int limit,
            int offset, RequestOptions options) {
        Paging.check(limit, offset);
        Map<String, Object> body = JsonBody.create()
                .put("limit", limit)
                .put("offset", offset)
                .putIfTruthy("metadata", metadata)
                .build();
        ApiRequest r = ApiRequest.of("POST", path(assistantId) + "/versions").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.list(codec, AssistantVersion::fromMap));
    }

    /**
     * {@code POST /assistants/{id}/latest}.
     *
     * @param assistantId the assistant id
     * @param version the version
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Assistant> setLatest(String assistantId, int version, RequestOptions options) {
        ApiRequest r = ApiRequest.of("POST", path(assistantId) + "/latest")
                .body(JsonBody.create().put("version", version).build()).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, Assistant::fromMap));
    }

    private ApiRequest searchRequest(AssistantSearchParams params, RequestOptions options) {
        AssistantSearchParams p = params == null ? AssistantSearchParams.builder().build() : params;
        Map<String, Object> body = JsonBody.create()
                .put("limit", p.limit())
                .put("offset", p.offset())
                .putIfTruthy("metadata", p.metadata())
                .putIfTruthy("graph_id", p.graphId())
                .putIfTruthy("name", p.name())
                .putIfTruthy("sort_by", p.sortBy())
                .putIfTruthy("sort_order", p.sortOrder())
                .putIfTruthy("select", p.select())
                .build();
        return ApiRequest.of("POST", "/assistants/search").body(body).options(options).build();
    }

    private static String path(String assistantId) {
        return "/assistants/" + encode("assistant_id", assistantId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
