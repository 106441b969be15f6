package dev.langgraph.client.internal.resources;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.Decoders;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.JsonBody;
import dev.langgraph.client.internal.Maps;
import dev.langgraph.client.internal.PathSegments;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.store.Item;
import dev.langgraph.client.store.ListNamespacesParams;
import dev.langgraph.client.store.ListNamespacesResponse;
import dev.langgraph.client.store.PutItemParams;
import dev.langgraph.client.store.SearchItemsParams;
import dev.langgraph.client.store.SearchItemsResponse;
import java.util.List;
import java.util.Map;

/** The store endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class StoreOperations {

    private static final String ITEMS = "/store/items";

    private final HttpPipeline pipeline;
    private final JsonCodec codec;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public StoreOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
        this.codec = pipeline.config().codec();
    }

    /**
     * {@code PUT /store/items}.
     *
     * @param namespace the namespace
     * @param key the key
     * @param value the value
     * @param params index and ttl, or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> putItem(List<String> namespace, String key, Map<String, ?> value, PutItemParams params,
            RequestOptions options) {
        JsonBody body = itemBody(namespace, key);
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        body.put("value", Maps.copy(value));
        if (params != null) {
            body.putIfNotNull("index", params.indexDisabled() ? Boolean.FALSE : params.indexFields())
                    .putIfNotNull("ttl", params.ttlMinutes());
        }
        ApiRequest r = ApiRequest.of("PUT", ITEMS).body(body.build()).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code GET /store/items?namespace=a.b&key=k}.
     *
     * @param namespace the namespace
     * @param key the key
     * @param refreshTtl whether to refresh the ttl, or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Item> getItem(List<String> namespace, String key, Boolean refreshTtl, RequestOptions options) {
        ApiRequest r = ApiRequest.of("GET", ITEMS)
                .query("namespace", String.join(".", checkNamespace(namespace)))
                .query("key", checkKey(key))
                .query("refresh_ttl", refreshTtl)
                .options(options).build();
        // The server answers a missing item with 200 and a JSON null.
        return new Call<>(pipeline, r, Decoders.nullableObject(codec, Item::fromMap));
    }

    /**
     * {@code DELETE /store/items} with a JSON body.
     *
     * @param namespace the namespace
     * @param key the key
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> deleteItem(List<String> namespace, String key, RequestOptions options) {
        ApiRequest r = ApiRequest.of("DELETE", ITEMS).body(itemBody(namespace, key).build()).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code POST /store/items/search}.
     *
     * @param namespacePrefix the prefix, may be empty
     * @param params filter, query and paging, or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<SearchItemsResponse> searchItems(List<String> namespacePrefix, SearchItemsParams params,
            RequestOptions options) {
        if (namespacePrefix == null) {
            throw new IllegalArgumentException("namespacePrefix must not be null (use an empty list for all items)");
        }
        SearchItemsParams p = params == null ? SearchItemsParams.builder().build() : params;
        Map<String, Object> body = JsonBody.create()
                .put("namespace_prefix", checkLabels("namespacePrefix", namespacePrefix))
                .putIfNotNull("filter", p.filter())
                .put("limit", p.limit())
                .put("offset", p.offset())
                .putIfNotNull("query", p.query())
                .putIfNotNull("refresh_ttl", p.refreshTtl())
                .build();
        ApiRequest r = ApiRequest.of("POST", ITEMS + "/search").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, SearchItemsResponse::fromMap));
    }

    /**
     * {@code POST /store/namespaces}.
     *
     * @param params prefix, suffix, depth and paging, or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<ListNamespacesResponse> listNamespaces(ListNamespacesParams params, RequestOptions options) {
        ListNamespacesParams p = params == null ? ListNamespacesParams.builder().build() : params;
        Map<String, Object> body = JsonBody.create()
                .putIfNotNull("prefix", p.prefix() == null ? null : checkLabels("prefix", p.prefix()))
                .putIfNotNull("suffix", p.suffix() == null ? null : checkLabels("suffix", p.suffix()))
                .putIfNotNull("max_depth", p.maxDepth())
                .put("limit", p.limit())
                .put("offset", p.offset())
                .build();
        ApiRequest r = ApiRequest.of("POST", "/store/namespaces").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, ListNamespacesResponse::fromMap));
    }

    private static JsonBody itemBody(List<String> namespace, String key) {
        return JsonBody.create().put("namespace", checkNamespace(namespace)).put("key", checkKey(key));
    }

    /** An item's namespace: at least one label, since the store refuses the empty namespace. */
    private static List<String> checkNamespace(List<String> namespace) {
        if (namespace == null || namespace.isEmpty()) {
            throw new IllegalArgumentException("namespace must not be null or empty");
        }
        return checkLabels("namespace", namespace);
    }

    /**
     * Labels are joined with dots in {@code GET} queries, so a dot inside one would change the path (the Python SDK
     * raises {@code ValueError} for it too); the store also refuses empty labels.
     */
    private static List<String> checkLabels(String name, List<String> labels) {
        for (String label : labels) {
            if (label == null || label.isEmpty() || label.contains(".")) {
                throw new IllegalArgumentException(name + " labels must be non-empty and contain no '.': " + labels);
            }
        }
        return List.copyOf(labels);
    }

    private static String checkKey(String key) {
        return PathSegments.requireId("key", key);
    }
}
