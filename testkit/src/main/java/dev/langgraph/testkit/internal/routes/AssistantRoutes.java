package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.service.AssistantService;
import dev.langgraph.testkit.internal.service.ThreadService;

/** The {@code /assistants} routes. */
final class AssistantRoutes {

    private AssistantRoutes() {
    }

    static void register(Router router, AssistantService assistants, ThreadService threads) {
        String one = "/assistants/{assistant_id}";
        router.add("POST", "/assistants", r -> Reply.ok(assistants.create(r.jsonObject())));
        router.add("POST", "/assistants/search", r -> assistants.search(r.jsonObject()));
        router.add("POST", "/assistants/count", r -> Reply.ok(assistants.count(r.jsonObject())));
        router.add("GET", one, r -> Reply.ok(assistants.get(r.param("assistant_id"))));
        router.add("PATCH", one, r -> Reply.ok(assistants.patch(r.param("assistant_id"), r.jsonObject())));
        router.add("DELETE", one, r -> {
            assistants.delete(r.param("assistant_id"), Queries.flag(r, "delete_threads"), threads);
            return Reply.empty(204);
        });
        router.add("GET", one + "/graph", r -> Reply.ok(assistants.graph(r.param("assistant_id"), r.query("xray"))));
        router.add("GET", one + "/schemas", r -> Reply.ok(assistants.schemas(r.param("assistant_id"))));
        router.add("GET", one + "/subgraphs", r -> Reply.ok(
                assistants.subgraphs(r.param("assistant_id"), null, Queries.flag(r, "recurse"))));
        router.add("GET", one + "/subgraphs/{namespace}", r -> Reply.ok(
                assistants.subgraphs(r.param("assistant_id"), r.param("namespace"), Queries.flag(r, "recurse"))));
        router.add("POST", one + "/versions", r -> Reply.ok(
                assistants.versions(r.param("assistant_id"), r.jsonObjectOrEmpty())));
        router.add("POST", one + "/latest", r -> {
            Body body = r.jsonObjectOrEmpty();
            if (!body.has("version") && r.query("version") != null) {
                body = new Body(Json.obj("version", Queries.integer(r, "version", 1, 1, Integer.MAX_VALUE)));
            }
            return Reply.ok(assistants.setLatest(r.param("assistant_id"), body));
        });
    }
}
