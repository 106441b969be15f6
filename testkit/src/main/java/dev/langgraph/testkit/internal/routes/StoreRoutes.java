package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.service.StoreService;

/** The {@code /store} routes. */
final class StoreRoutes {

    private StoreRoutes() {
    }

    static void register(Router router, StoreService store) {
        router.add("PUT", "/store/items", r -> {
            store.put(r.jsonObject());
            return Reply.empty(204);
        });
        router.add("GET", "/store/items", r -> Reply.ok(store.get(r.query("namespace"), r.query("key"),
                r.query("refresh_ttl") == null || Queries.flag(r, "refresh_ttl"))));
        router.add("DELETE", "/store/items", r -> {
            store.delete(r.jsonObject());
            return Reply.empty(204);
        });
        router.add("POST", "/store/items/search", r -> Reply.ok(store.search(r.jsonObject())));
        router.add("POST", "/store/namespaces", r -> Reply.ok(store.namespaces(r.jsonObject())));
    }
}
