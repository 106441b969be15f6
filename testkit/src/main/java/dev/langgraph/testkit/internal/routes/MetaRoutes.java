package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.json.Json;

/** {@code GET /ok} and {@code GET /info}. */
final class MetaRoutes {

    private MetaRoutes() {
    }

    static void register(Router router) {
        router.add("GET", "/ok", r -> Reply.ok(Json.obj("ok", true)));
        router.add("GET", "/info", r -> Reply.ok(Json.obj("version", "0.5.23", "langgraph_py_version", "1.0.0",
                "context", "testkit",
                "flags", Json.obj("assistants", true, "crons", true, "langsmith", false,
                        "langsmith_tracing_replicas", true),
                "host", Json.obj("kind", "self-hosted", "project_id", null, "host_revision_id", null,
                        "revision_id", null, "tenant_id", null))));
    }
}
