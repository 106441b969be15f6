package dev.langgraph.client.store;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.errors.PermissionDeniedException;
import dev.langgraph.client.testing.WireMockSupport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class StoreClientTest extends WireMockSupport {

    private static final List<String> NS = List.of("users", "u1", "prefs");
    private static final String ITEM = """
            {"value":{"color":"dark","size":12},"key":"theme","namespace":["users","u1","prefs"],
             "created_at":"2026-11-24T11:41:26.344Z","updated_at":"2026-11-24T11:41:26.344Z"}""";

    @Test
    void putItemSendsNamespaceKeyAndValueOnly() {
        wm.stubFor(put("/store/items").willReturn(aResponse().withStatus(204)));

        client.store().putItem(NS, "theme", Map.of("color", "dark"));

        wm.verify(putRequestedFor(urlEqualTo("/store/items")).withRequestBody(equalToJson("""
                {"namespace":["users","u1","prefs"],"key":"theme","value":{"color":"dark"}}""")));
    }

    @Test
    void putItemSendsIndexFalseOrIndexFieldsAndTtlInMinutes() {
        wm.stubFor(put("/store/items").willReturn(aResponse().withStatus(204)));

        client.store().putItem(List.of("docs"), "ttl", Map.of("text", "x"),
                PutItemParams.builder().noIndex().ttlMinutes(5).build());
        client.store().putItem(List.of("docs"), "idx", Map.of("text", "x"),
                PutItemParams.builder().index(List.of("text", "meta.title")).build());

        wm.verify(putRequestedFor(urlEqualTo("/store/items")).withRequestBody(equalToJson("""
                {"namespace":["docs"],"key":"ttl","value":{"text":"x"},"index":false,"ttl":5}""")));
        wm.verify(putRequestedFor(urlEqualTo("/store/items")).withRequestBody(equalToJson("""
                {"namespace":["docs"],"key":"idx","value":{"text":"x"},"index":["text","meta.title"]}""")));
    }

    @Test
    void putItemParamsRejectContradictionsAndNonPositiveTtl() {
        assertThatThrownBy(() -> new PutItemParams(true, List.of("a"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PutItemParams.builder().ttlMinutes(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PutItemParams.builder().index(List.of("a")).noIndex().build().indexFields()).isNull();
    }

    @Test
    void getItemJoinsTheNamespaceWithDotsAndParsesTheItem() {
        wm.stubFor(get(urlPathEqualTo("/store/items")).willReturn(okJson(ITEM)));

        Item item = client.store().getItem(NS, "theme");

        assertThat(item.key()).isEqualTo("theme");
        assertThat(item.namespace()).isEqualTo(NS);
        assertThat(item.value()).containsEntry("color", "dark");
        assertThat(item.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:41:26.344Z"));
        wm.verify(getRequestedFor(urlEqualTo("/store/items?namespace=users.u1.prefs&key=theme")));
    }

    @Test
    void getItemSendsRefreshTtlWhenGiven() {
        wm.stubFor(get(urlPathEqualTo("/store/items")).willReturn(okJson(ITEM)));

        client.store().getItem(List.of("a b"), "k&1", false);

        wm.verify(getRequestedFor(urlEqualTo("/store/items?namespace=a%20b&key=k%261&refresh_ttl=false")));
    }

    @Test
    void getItemOfAMissingItemIsNull() {
        wm.stubFor(get(urlPathEqualTo("/store/items")).willReturn(okJson("null")));

        assertThat(client.store().getItem(NS, "nope")).isNull();
    }

    @Test
    void deleteItemSendsAJsonBody() {
        wm.stubFor(delete("/store/items").willReturn(aResponse().withStatus(204)));

        client.store().deleteItem(NS, "theme");

        wm.verify(deleteRequestedFor(urlEqualTo("/store/items")).withRequestBody(equalToJson("""
                {"namespace":["users","u1","prefs"],"key":"theme"}""")));
    }

    @Test
    void badNamespacesKeysAndValuesFailBeforeAnyRequest() {
        List<List<String>> badNamespaces = List.of(List.of(), List.of("a.b"), List.of("users", ""),
                Arrays.asList("users", null));
        for (List<String> ns : badNamespaces) {
            assertRejected(() -> client.store().putItem(ns, "k", Map.of()));
            assertRejected(() -> client.store().getItem(ns, "k"));
            assertRejected(() -> client.store().deleteItem(ns, "k"));
        }
        assertRejected(() -> client.store().getItem(null, "k"));
        assertRejected(() -> client.store().searchItems(List.of("a.b")));
        assertRejected(() -> client.store().searchItems(null));
        assertRejected(() -> client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of("")).build()));
        assertRejected(() -> client.store().listNamespaces(ListNamespacesParams.builder().suffix(List.of("x.y"))
                .build()));
        assertRejected(() -> client.store().putItem(NS, " ", Map.of()));
        assertRejected(() -> client.store().getItem(NS, null));
        assertRejected(() -> client.store().deleteItem(NS, ""));
        assertRejected(() -> client.store().putItem(NS, "k", null));
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void searchItemsSendsDefaultPagingAndOnlySetFields() {
        wm.stubFor(post("/store/items/search").willReturn(okJson("{\"items\":[" + ITEM + "]}")));

        SearchItemsResponse all = client.store().searchItems(List.of());
        client.store().searchItems(List.of("users"), SearchItemsParams.builder().filter(Map.of("size", 12))
                .limit(5).offset(1).query("dark themes").refreshTtl(true).build());

        assertThat(all.items()).extracting(Item::key).containsExactly("theme");
        assertThat(all.items().get(0).score()).isNull();
        wm.verify(postRequestedFor(urlEqualTo("/store/items/search")).withRequestBody(equalToJson("""
                {"namespace_prefix":[],"limit":10,"offset":0}""")));
        wm.verify(postRequestedFor(urlEqualTo("/store/items/search")).withRequestBody(equalToJson("""
                {"namespace_prefix":["users"],"filter":{"size":12},"limit":5,"offset":1,"query":"dark themes",
                 "refresh_ttl":true}""")));
    }

    @Test
    void listNamespacesSendsDefaultPagingAndOnlySetFields() {
        wm.stubFor(post("/store/namespaces").willReturn(okJson("{\"namespaces\":[[\"docs\"],[\"users\",\"u1\"]]}")));

        ListNamespacesResponse all = client.store().listNamespaces();
        client.store().listNamespaces(ListNamespacesParams.builder().prefix(List.of("users")).suffix(List.of("prefs"))
                .maxDepth(2).limit(5).offset(3).build());

        assertThat(all.namespaces()).containsExactly(List.of("docs"), List.of("users", "u1"));
        wm.verify(postRequestedFor(urlEqualTo("/store/namespaces"))
                .withRequestBody(equalToJson("{\"limit\":100,\"offset\":0}")));
        wm.verify(postRequestedFor(urlEqualTo("/store/namespaces")).withRequestBody(equalToJson("""
                {"prefix":["users"],"suffix":["prefs"],"max_depth":2,"limit":5,"offset":3}""")));
    }

    @Test
    void pagingAndDepthAreCheckedWhenParamsAreBuilt() {
        assertRejected(() -> SearchItemsParams.builder().limit(0).build());
        assertRejected(() -> SearchItemsParams.builder().offset(-1).build());
        assertRejected(() -> ListNamespacesParams.builder().maxDepth(0).build());
        assertRejected(() -> ListNamespacesParams.builder().limit(0).build());
    }

    @Test
    void aRefusedNamespaceIsATypedError() {
        wm.stubFor(put("/store/items").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/plain;charset=UTF-8").withBody("Missing permission: store")));

        assertThatThrownBy(() -> client.store().putItem(List.of("bob"), "k", Map.of("a", 1),
                null, RequestOptions.none()))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.detail()).isEqualTo("Missing permission: store");
                });
    }

    @Test
    void asyncViewGetsItemsAndNullForMissingOnes() {
        wm.stubFor(get(urlEqualTo("/store/items?namespace=users.u1.prefs&key=theme")).willReturn(okJson(ITEM)));
        wm.stubFor(get(urlEqualTo("/store/items?namespace=users.u1.prefs&key=nope")).willReturn(okJson("null")));

        assertThat(client.async().store().getItem(NS, "theme").join().key()).isEqualTo("theme");
        assertThat(client.async().store().getItem(NS, "nope").join()).isNull();
        assertThatThrownBy(() -> client.async().store().getItem(List.of("a.b"), "k"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class);
    }
}
