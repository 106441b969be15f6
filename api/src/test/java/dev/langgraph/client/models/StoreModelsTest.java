package dev.langgraph.client.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.store.Item;
import dev.langgraph.client.store.ListNamespacesResponse;
import dev.langgraph.client.store.SearchItem;
import dev.langgraph.client.store.SearchItemsResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreModelsTest {

    @Test
    void itemFromRealServer() {
        Item item = Item.fromMap(Fixtures.object("store-item"));

        assertThat(item.namespace()).containsExactly("users", "u1", "prefs");
        assertThat(item.key()).isEqualTo("theme");
        assertThat(item.value()).isEqualTo(Map.of("color", "dark", "size", 12));
        assertThat(item.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:41:26.344Z"));
        assertThat(item.updatedAt()).isEqualTo(Instant.parse("2026-11-24T11:41:26.344Z"));
    }

    @Test
    void searchFromRealServer() {
        SearchItemsResponse response = SearchItemsResponse.fromMap(Fixtures.object("store-search"));

        assertThat(response.items()).extracting(Item::namespace)
                .containsExactly(List.of("users", "u1", "prefs"), List.of("users", "u2", "prefs"));
        SearchItem second = response.items().get(1);
        assertThat(second.key()).isEqualTo("theme");
        assertThat(second.value()).containsEntry("color", "light");
        assertThat(second.score()).isNull();
    }

    @Test
    void searchItemWithScoreIsAnItemButNotEqualToOne() {
        Map<String, Object> json = Map.of("namespace", List.of("docs"), "key", "readme", "value", Map.of(),
                "score", 0.87);
        SearchItem found = SearchItem.fromMap(json);

        assertThat(found.score()).isEqualTo(0.87);
        assertThat(found).isInstanceOf(Item.class);
        assertThat(found.namespace()).containsExactly("docs");
        assertThat(SearchItem.fromMap(Map.of("score", 1)).score()).isEqualTo(1.0);
        assertThat((Object) found).isNotEqualTo(Item.fromMap(json));
        assertThat(found).isEqualTo(SearchItem.fromMap(json)).hasSameHashCodeAs(SearchItem.fromMap(json));
    }

    @Test
    void namespacesFromRealServer() {
        ListNamespacesResponse response = ListNamespacesResponse.fromMap(Fixtures.object("store-namespaces"));

        assertThat(response.namespaces())
                .containsExactly(List.of("docs"), List.of("users", "u1", "prefs"), List.of("users", "u2", "prefs"));
        assertThat(ListNamespacesResponse.fromMap(Map.of()).namespaces()).isNull();
        assertThatThrownBy(() -> ListNamespacesResponse.fromMap(Map.of("namespaces", List.of("docs"))).namespaces())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ListNamespacesResponse.fromMap(Map.of("namespaces", List.of(List.of(1)))).namespaces())
                .isInstanceOf(IllegalStateException.class);
    }
}
