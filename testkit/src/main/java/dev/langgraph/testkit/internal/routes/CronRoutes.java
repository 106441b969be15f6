package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.service.CronService;

/** The cron routes: create (stateless and per thread), patch, delete, search, count. */
final class CronRoutes {

    private CronRoutes() {
    }

    static void register(Router router, CronService crons) {
        router.add("POST", "/runs/crons", r -> Reply.ok(crons.create(null, r.jsonObject())));
        router.add("POST", "/threads/{thread_id}/runs/crons",
                r -> Reply.ok(crons.create(r.param("thread_id"), r.jsonObject())));
        router.add("PATCH", "/runs/crons/{cron_id}", r -> Reply.ok(crons.patch(r.param("cron_id"), r.jsonObject())));
        router.add("DELETE", "/runs/crons/{cron_id}", r -> {
            crons.delete(r.param("cron_id"));
            return Reply.empty(204);
        });
        router.add("POST", "/runs/crons/search", r -> crons.search(r.jsonObject()));
        router.add("POST", "/runs/crons/count", r -> Reply.ok(crons.count(r.jsonObject())));
    }
}
