package dev.langgraph.client.store;

import dev.langgraph.client.RequestOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Non-blocking operations on the store ({@code /store}): long-term key-value memory, with items addressed by a
 * namespace (a path of labels such as {@code ["users", "u1", "prefs"]}) and a key. Every method also has an
 * overload taking {@link RequestOptions} for per-call headers, query parameters and timeouts.
 *
 * <p>Futures fail with the SDK's unchecked exceptions: {@link dev.langgraph.client.errors.PermissionDeniedException}
 * when the server's auth refuses the namespace, another {@link dev.langgraph.client.errors.ApiStatusException} for
 * other error statuses, {@link dev.langgraph.client.errors.ApiConnectionException} when the server cannot be
 * reached, and {@link IllegalArgumentException} before anything is sent for a null or empty namespace, a namespace
 * label that is null, empty or contains {@code .} (the server joins labels with dots), or a null or blank key.
 */
public interface StoreAsyncClient {

    /**
     * Stores an item, replacing any item under the same namespace and key.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @param value the value, a JSON object
     * @return a future that completes when done
     */
    default CompletableFuture<Void> putItem(List<String> namespace, String key, Map<String, ?> value) {
        return putItem(namespace, key, value, null, RequestOptions.none());
    }

    /**
     * Stores an item with indexing or time-to-live settings.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @param value the value, a JSON object
     * @param params index and time to live, or null for the store's defaults
     * @return a future that completes when done
     */
    default CompletableFuture<Void> putItem(List<String> namespace, String key, Map<String, ?> value, PutItemParams params) {
        return putItem(namespace, key, value, params, RequestOptions.none());
    }

    /**
     * Stores an item with indexing or time-to-live settings.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @param value the value, a JSON object
     * @param params index and time to live, or null for the store's defaults
     * @param options per-call options
     * @throws IllegalArgumentException if {@code value} is null
     * @return a future that completes when done
     */
    CompletableFuture<Void> putItem(List<String> namespace, String key, Map<String, ?> value, PutItemParams params,
            RequestOptions options);

    /**
     * Gets an item.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @return a future of the item, or null when there is none
     */
    default CompletableFuture<Item> getItem(List<String> namespace, String key) {
        return getItem(namespace, key, null, RequestOptions.none());
    }

    /**
     * Gets an item.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @param refreshTtl whether reading restarts the item's time to live, or null for the store's default
     * @return a future of the item, or null when there is none
     */
    default CompletableFuture<Item> getItem(List<String> namespace, String key, Boolean refreshTtl) {
        return getItem(namespace, key, refreshTtl, RequestOptions.none());
    }

    /**
     * Gets an item.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @param refreshTtl whether reading restarts the item's time to live, or null for the store's default
     * @param options per-call options
     * @return a future of the item, or null when there is none
     */
    CompletableFuture<Item> getItem(List<String> namespace, String key, Boolean refreshTtl, RequestOptions options);

    /**
     * Deletes an item; deleting a missing item succeeds.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @return a future that completes when done
     */
    default CompletableFuture<Void> deleteItem(List<String> namespace, String key) {
        return deleteItem(namespace, key, RequestOptions.none());
    }

    /**
     * Deletes an item; deleting a missing item succeeds.
     *
     * @param namespace the namespace labels
     * @param key the key within the namespace
     * @param options per-call options
     * @return a future that completes when done
     */
    CompletableFuture<Void> deleteItem(List<String> namespace, String key, RequestOptions options);

    /**
     * Lists the first 10 items under a namespace prefix.
     *
     * @param namespacePrefix the leading labels; empty for the whole store
     * @return a future of the items
     */
    default CompletableFuture<SearchItemsResponse> searchItems(List<String> namespacePrefix) {
        return searchItems(namespacePrefix, SearchItemsParams.builder().build(), RequestOptions.none());
    }

    /**
     * Searches items under a namespace prefix.
     *
     * @param namespacePrefix the leading labels; empty for the whole store
     * @param params filter, query and paging
     * @return a future of the items
     */
    default CompletableFuture<SearchItemsResponse> searchItems(List<String> namespacePrefix, SearchItemsParams params) {
        return searchItems(namespacePrefix, params, RequestOptions.none());
    }

    /**
     * Searches items under a namespace prefix.
     *
     * @param namespacePrefix the leading labels; empty for the whole store
     * @param params filter, query and paging, or null for the defaults
     * @param options per-call options
     * @return a future of the items
     */
    CompletableFuture<SearchItemsResponse> searchItems(List<String> namespacePrefix, SearchItemsParams params, RequestOptions options);

    /**
     * Lists the first 100 namespaces.
     *
     * @return a future of the namespaces
     */
    default CompletableFuture<ListNamespacesResponse> listNamespaces() {
        return listNamespaces(ListNamespacesParams.builder().build(), RequestOptions.none());
    }

    /**
     * Lists namespaces.
     *
     * @param params prefix, suffix, depth and paging
     * @return a future of the namespaces
     */
    default CompletableFuture<ListNamespacesResponse> listNamespaces(ListNamespacesParams params) {
        return listNamespaces(params, RequestOptions.none());
    }

    /**
     * Lists namespaces.
     *
     * @param params prefix, suffix, depth and paging, or null for the defaults
     * @param options per-call options
     * @return a future of the namespaces
     */
    CompletableFuture<ListNamespacesResponse> listNamespaces(ListNamespacesParams params, RequestOptions options);
}
