package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.service.StateService;
import dev.langgraph.testkit.internal.service.ThreadService;
import java.util.Map;

/** The {@code /threads} routes (thread resources, state and history). */
final class ThreadRoutes {

    private ThreadRoutes() {
    }

    static void register(Router router, ThreadService threads, StateService states, long heartbeatMillis) {
        String one = "/threads/{thread_id}";
        router.add("GET", one + "/stream", new ThreadStreamRoute(threads, heartbeatMillis)::handle);
        router.add("PATCH", one + "/state", r -> {
            states.patchMetadata(r.param("thread_id"), r.jsonObject());
            return Reply.empty(204);
        });
        router.add("POST", "/threads", r -> Reply.ok(threads.create(r.jsonObject(), states)));
        router.add("POST", "/threads/search", r -> threads.search(r.jsonObject()));
        router.add("POST", "/threads/count", r -> Reply.ok(threads.count(r.jsonObject())));
        router.add("POST", "/threads/prune", r -> Reply.ok(threads.prune(r.jsonObject())));
        router.add("GET", one, r -> Reply.ok(threads.get(r.param("thread_id"), r.queryAll("include"))));
        router.add("PATCH", one, r -> {
            Object updated = threads.patch(r.param("thread_id"), r.jsonObject());
            return Queries.prefersMinimal(r) ? Reply.empty(204) : Reply.ok(updated);
        });
        router.add("DELETE", one, r -> {
            threads.delete(r.param("thread_id"));
            return Reply.empty(204);
        });
        router.add("POST", one + "/copy", r -> Reply.ok(threads.copy(r.param("thread_id"))));
        router.add("GET", one + "/state", r -> Reply.ok(states.state(r.param("thread_id"), null)));
        router.add("GET", one + "/state/{checkpoint_id}",
                r -> Reply.ok(states.state(r.param("thread_id"), r.param("checkpoint_id"))));
        router.add("POST", one + "/state/checkpoint", r -> {
            Map<String, Object> checkpoint = r.jsonObject().optObject("checkpoint");
            if (checkpoint == null) {
                throw HttpError.unprocessable("'checkpoint' is a required property");
            }
            Object id = checkpoint.get("checkpoint_id");
            return Reply.ok(states.state(r.param("thread_id"), id == null ? null : id.toString()));
        });
        router.add("POST", one + "/state", r -> Reply.ok(states.update(r.param("thread_id"), r.jsonObject())));
        router.add("GET", one + "/history", r -> Reply.ok(states.history(r.param("thread_id"),
                Queries.integer(r, "limit", 10, 1, 1000), r.query("before"), null)));
        router.add("POST", one + "/history", r -> {
            Body body = r.jsonObject();
            Object before = body.raw("before");
            if (before instanceof Map<?, ?>) {
                before = ((Map<?, ?>) before).get("checkpoint_id");
            }
            return Reply.ok(states.history(r.param("thread_id"), body.optInt("limit", 10, 1, 1000),
                    before == null ? null : before.toString(), body.optObject("metadata")));
        });
    }
}
