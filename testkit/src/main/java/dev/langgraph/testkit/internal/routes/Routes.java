package dev.langgraph.testkit.internal.routes;

import dev.langgraph.auth.AuthEngine;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.service.AssistantService;
import dev.langgraph.testkit.internal.service.CronService;
import dev.langgraph.testkit.internal.service.RunService;
import dev.langgraph.testkit.internal.service.ServerContext;
import dev.langgraph.testkit.internal.service.StateService;
import dev.langgraph.testkit.internal.service.StoreService;
import dev.langgraph.testkit.internal.service.ThreadService;

/** Builds the router with every implemented route of the LangGraph Server API. */
public final class Routes {

    private Routes() {
    }

    /**
     * Creates the services and registers their routes.
     *
     * @param ctx the server context
     * @param assistants the assistant service (created by the caller, which also resets it)
     * @return the router
     */
    public static Router build(ServerContext ctx, AssistantService assistants) {
        return build(ctx, assistants, null);
    }

    /**
     * Creates the services and registers their routes, behind the server's auth.
     *
     * @param ctx the server context
     * @param assistants the assistant service (created by the caller, which also resets it)
     * @param auth the auth engine every request (and cron firing) passes, null for none
     * @return the router
     */
    public static Router build(ServerContext ctx, AssistantService assistants, AuthEngine auth) {
        ThreadService threads = new ThreadService(ctx);
        StateService states = new StateService(ctx, threads);
        RunService runs = new RunService(ctx, assistants);
        Router router = new Router();
        MetaRoutes.register(router);
        MetricsRoute.register(router, ctx.db);
        ApiDocsRoutes.register(router);
        AssistantRoutes.register(router, assistants, threads);
        ThreadRoutes.register(router, threads, states, ctx.heartbeatMillis);
        RunRoutes.register(router, runs, ctx.scheduler, ctx.heartbeatMillis);
        CronRoutes.register(router, new CronService(ctx, runs, auth));
        StoreRoutes.register(router, new StoreService(ctx));
        if (auth != null) {
            router.gate(new AuthGate(auth, ctx.db, assistants));
        }
        return router;
    }
}
