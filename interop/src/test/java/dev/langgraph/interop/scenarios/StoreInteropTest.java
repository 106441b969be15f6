package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.store.Item;
import dev.langgraph.client.store.ListNamespacesParams;
import dev.langgraph.client.store.SearchItem;
import dev.langgraph.client.store.SearchItemsParams;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store routes of the JS dev server through {@link dev.langgraph.client.store.StoreClient}: put, get (a
 * missing item is {@code null}), delete, search (filter, limit/offset; {@code query} is ignored) and namespace
 * listing (prefix, suffix, max depth), plus the client-side namespace checks.
 */
@ExtendWith(RealServerExtension.class)
class StoreInteropTest {

    private LangGraphClient client;
    /** A first namespace label no other test uses, so searches and listings see only this test's items. */
    private String root;

    @BeforeEach
    void setUp(ServerEndpoint server) {
        client = Clients.of(server);
        root = "store-it-" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void putGetOverwriteDelete() {
        List<String> ns = List.of(root, "u1", "prefs");

        client.store().putItem(ns, "theme", Map.of("color", "dark", "size", 12));
        Item item = client.store().getItem(ns, "theme");

        assertThat(item.namespace()).isEqualTo(ns);
        assertThat(item.key()).isEqualTo("theme");
        assertThat(item.value()).isEqualTo(Map.of("color", "dark", "size", 12));
        assertThat(item.createdAt()).isNotNull();
        assertThat(item.updatedAt()).isNotNull();

        client.store().putItem(ns, "theme", Map.of("color", "light"));
        Item overwritten = client.store().getItem(ns, "theme");
        assertThat(overwritten.value()).isEqualTo(Map.of("color", "light"));
        assertThat(overwritten.createdAt()).isEqualTo(item.createdAt());
        assertThat(overwritten.updatedAt()).isAfterOrEqualTo(item.updatedAt());

        client.store().deleteItem(ns, "theme");
        assertThat(client.store().getItem(ns, "theme")).isNull();
        client.store().deleteItem(ns, "theme"); // deleting a missing item is fine (204)
    }

    @Test
    void getOfAMissingItemIsNull() {
        // The server answers 200 with a JSON null, not 404.
        assertThat(client.store().getItem(List.of(root, "nothing"), "nope")).isNull();
    }

    @Test
    void searchFiltersAndPagesAndIgnoresQuery() {
        client.store().putItem(List.of(root, "u1", "prefs"), "theme", Map.of("color", "dark", "size", 12));
        client.store().putItem(List.of(root, "u1", "prefs"), "lang", Map.of("code", "en", "size", 3));
        client.store().putItem(List.of(root, "u2", "prefs"), "theme", Map.of("color", "light", "size", 12));

        assertThat(keys(client.store().searchItems(List.of(root)).items()))
                .containsExactlyInAnyOrder("u1/prefs/theme", "u1/prefs/lang", "u2/prefs/theme");
        assertThat(keys(client.store().searchItems(List.of(root, "u1")).items()))
                .containsExactlyInAnyOrder("u1/prefs/theme", "u1/prefs/lang");
        assertThat(keys(client.store().searchItems(List.of(root),
                SearchItemsParams.builder().filter(Map.of("size", 12)).build()).items()))
                .containsExactlyInAnyOrder("u1/prefs/theme", "u2/prefs/theme");
        assertThat(keys(client.store().searchItems(List.of(root),
                SearchItemsParams.builder().filter(Map.of("color", "dark")).build()).items()))
                .containsExactly("u1/prefs/theme");

        List<SearchItem> first = client.store().searchItems(List.of(root),
                SearchItemsParams.builder().limit(2).offset(0).build()).items();
        List<SearchItem> rest = client.store().searchItems(List.of(root),
                SearchItemsParams.builder().limit(2).offset(2).build()).items();
        assertThat(first).hasSize(2);
        assertThat(rest).hasSize(1);
        Set<String> all = new HashSet<>(keys(first));
        all.addAll(keys(rest));
        assertThat(all).containsExactlyInAnyOrder("u1/prefs/theme", "u1/prefs/lang", "u2/prefs/theme");

        // JS divergence: no semantic index, so the query is ignored and everything under the prefix comes back.
        List<SearchItem> queried = client.store().searchItems(List.of(root),
                SearchItemsParams.builder().query("nothing matches this").build()).items();
        assertThat(keys(queried)).containsExactlyInAnyOrder("u1/prefs/theme", "u1/prefs/lang", "u2/prefs/theme");
        assertThat(queried).allSatisfy(i -> assertThat(i.score()).isNull());
    }

    @Test
    void listNamespacesByPrefixSuffixAndDepth() {
        client.store().putItem(List.of(root, "u1", "prefs"), "k", Map.of("v", 1));
        client.store().putItem(List.of(root, "u2", "prefs"), "k", Map.of("v", 2));
        client.store().putItem(List.of(root, "docs"), "k", Map.of("v", 3));

        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of(root)).build())
                .namespaces())
                .containsExactlyInAnyOrder(List.of(root, "u1", "prefs"), List.of(root, "u2", "prefs"),
                        List.of(root, "docs"));
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of(root)).maxDepth(2)
                .build()).namespaces())
                .containsExactlyInAnyOrder(List.of(root, "u1"), List.of(root, "u2"), List.of(root, "docs"));
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of(root))
                .suffix(List.of("prefs")).build()).namespaces())
                .containsExactlyInAnyOrder(List.of(root, "u1", "prefs"), List.of(root, "u2", "prefs"));
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of(root, "docs"))
                .build()).namespaces())
                .containsExactly(List.of(root, "docs"));
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of(root)).limit(1)
                .build()).namespaces())
                .hasSize(1);
        // unprefixed listing sees this test's namespaces among everybody else's
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().limit(1000).build()).namespaces())
                .contains(List.of(root, "docs"));
    }

    @Test
    void namespaceLabelsWithDotsAreRejectedBeforeAnyRequest() throws IOException {
        // A client on a closed port: if any of these calls sent a request, it would fail with a connection error.
        try (LangGraphClient offline = LangGraphClient.builder().baseUrl("http://127.0.0.1:" + closedPort())
                .noApiKey().build()) {
            RequestOptions noRetry = RequestOptions.builder().maxRetries(0).build();
            List<String> dotted = List.of(root, "a.b");

            assertThatThrownBy(() -> offline.store().putItem(dotted, "k", Map.of("v", 1), null, noRetry))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.b");
            assertThatThrownBy(() -> offline.store().getItem(dotted, "k", null, noRetry))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> offline.store().deleteItem(dotted, "k", noRetry))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> offline.store().searchItems(dotted, SearchItemsParams.builder().build(), noRetry))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> offline.store().listNamespaces(
                    ListNamespacesParams.builder().prefix(dotted).build(), noRetry))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> offline.store().putItem(List.of(root, ""), "k", Map.of("v", 1), null, noRetry))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> offline.store().putItem(List.of(), "k", Map.of("v", 1), null, noRetry))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        // and the real server never saw a namespace with that label
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of(root)).build())
                .namespaces()).isEmpty();
    }

    private List<String> keys(List<SearchItem> items) {
        return items.stream()
                .map(i -> String.join("/", i.namespace().subList(1, i.namespace().size())) + "/" + i.key())
                .toList();
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
