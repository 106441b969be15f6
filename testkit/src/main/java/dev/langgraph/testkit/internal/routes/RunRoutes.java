package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.engine.RunScheduler;
import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Request;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.service.RunService;
import dev.langgraph.testkit.internal.service.ThreadService;
import java.util.List;
import java.util.function.Predicate;

/** The run routes: create (background, stream, wait; stateful and stateless), list, get, cancel, join. */
final class RunRoutes {

    private final RunService runs;
    private final RunScheduler scheduler;
    private final long heartbeatMillis;

    private RunRoutes(RunService runs, RunScheduler scheduler, long heartbeatMillis) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.heartbeatMillis = heartbeatMillis;
    }

    static void register(Router router, RunService runs, RunScheduler scheduler, long heartbeatMillis) {
        RunRoutes h = new RunRoutes(runs, scheduler, heartbeatMillis);
        String thread = "/threads/{thread_id}/runs";
        String one = thread + "/{run_id}";
        router.add("POST", thread, r -> h.background(r, r.param("thread_id")));
        router.add("POST", thread + "/stream", r -> h.stream(r, r.param("thread_id")));
        router.add("POST", thread + "/wait", r -> h.await(r, r.param("thread_id")));
        router.add("POST", "/runs", r -> h.background(r, null));
        router.add("POST", "/runs/stream", r -> h.stream(r, null));
        router.add("POST", "/runs/wait", r -> h.await(r, null));
        router.add("POST", "/runs/batch", r -> Reply.ok(runs.batch(r.json(), r.headers())));
        router.add("POST", "/runs/cancel", r -> {
            runs.cancelMany(r.jsonObject(), Queries.cancelAction(r));
            return Reply.empty(204);
        });
        router.add("GET", thread, r -> runs.list(r.param("thread_id"), Queries.integer(r, "limit", 10, 1, 10_000),
                Queries.integer(r, "offset", 0, 0, Integer.MAX_VALUE), r.query("status"), r.queryAll("select")));
        router.add("GET", one, r -> Reply.ok(runs.json(runs.find(r.param("thread_id"), r.param("run_id")))));
        router.add("DELETE", one, r -> {
            runs.delete(r.param("thread_id"), r.param("run_id"));
            return Reply.empty(204);
        });
        router.add("POST", one + "/cancel", h::cancel);
        router.add("GET", one + "/join", h::join);
        router.add("GET", one + "/stream", h::joinStream);
        router.add("GET", "/runs/{run_id}/stream", h::joinStatelessStream);
    }

    private Reply background(Request r, String threadId) {
        RunService.Created created = runs.create(threadId, r.jsonObject(), r.headers());
        return Reply.ok(created.json()).header("Content-Location", contentLocation(created.run(), threadId == null));
    }

    private Reply stream(Request r, String threadId) {
        Body body = r.jsonObject();
        RunService.Created created = runs.create(threadId, body, r.headers());
        RunRecord run = created.run();
        scheduler.release(run); // a streamed run starts even when background runs are held
        boolean stateless = threadId == null;
        return RunEventsReply.of(run.events, 0, !stateless, e -> true, heartbeatMillis,
                        onDisconnect(run, "cancel".equals(body.raw("on_disconnect"))))
                .header("Location", contentLocation(run, stateless) + "/stream")
                .header("Content-Location", contentLocation(run, stateless));
    }

    private Reply await(Request r, String threadId) {
        Body body = r.jsonObject();
        RunService.Created created = runs.create(threadId, body, r.headers());
        RunRecord run = created.run();
        scheduler.release(run); // as a stream: nothing else would start it when background runs are held
        String path = threadPath(run);
        return new WaitReply(run, () -> runs.result(run), heartbeatMillis,
                        onDisconnect(run, "cancel".equals(body.raw("on_disconnect"))))
                .header("Location", path + "/join")
                .header("Content-Location", path);
    }

    private Reply cancel(Request r) {
        RunRecord run = runs.cancel(r.param("thread_id"), r.param("run_id"), Queries.cancelAction(r));
        if (!Queries.flag(r, "wait")) {
            return Reply.empty(202);
        }
        return new WaitReply(run, () -> runs.result(run), heartbeatMillis, OnDisconnect.IGNORE)
                .header("Location", threadPath(run) + "/join");
    }

    private Reply join(Request r) {
        RunRecord run = runs.findForJoin(r.param("thread_id"), r.param("run_id"));
        if (run == null) {
            return Reply.ok(RunService.missingRunResult(r.param("run_id")));
        }
        scheduler.release(run); // joining a held run starts it rather than waiting forever
        return new WaitReply(run, () -> runs.result(run), heartbeatMillis,
                        onDisconnect(run, Queries.flag(r, "cancel_on_disconnect")))
                .header("Location", threadPath(run) + "/join")
                .header("Content-Location", threadPath(run));
    }

    private Reply joinStream(Request r) {
        String runId = RunService.runId(r.param("run_id"));
        ThreadService.threadId(r.param("thread_id"));
        RunRecord run;
        try {
            run = runs.findForJoin(r.param("thread_id"), runId);
        } catch (HttpError e) {
            return RunEventsReply.error(Json.obj("error", "HTTPException",
                    "message", e.status() + ": " + e.getMessage()));
        }
        if (run == null) {
            return RunEventsReply.error(RunService.missingRunError(runId));
        }
        return joined(r, run, true).header("Location", threadPath(run) + "/stream")
                .header("Content-Location", threadPath(run));
    }

    private Reply joinStatelessStream(Request r) {
        RunRecord run = runs.findAny(r.param("run_id"));
        if (run == null) {
            return RunEventsReply.error(RunService.missingRunError(r.param("run_id")));
        }
        return joined(r, run, !run.temporary).header("Content-Location", contentLocation(run, run.temporary));
    }

    /**
     * A join stream: with {@code Last-Event-ID} on a resumable run, replays the events after that id ({@code -1}:
     * all); otherwise only the events published from now on.
     */
    private Reply joined(Request r, RunRecord run, boolean withIds) {
        int size = run.events.size();
        int from = Queries.replayFrom(run.resumable ? r.header("Last-Event-ID") : null, size);
        scheduler.release(run); // joining a held run starts it (after `size` is read, so no event is missed)
        Predicate<String> modes = modeFilter(r.queryAll("stream_mode"));
        return RunEventsReply.of(run.events, from, withIds, e -> modes.test(e.name()),
                heartbeatMillis, onDisconnect(run, Queries.flag(r, "cancel_on_disconnect")));
    }

    /** {@code stream_mode} filters by event name; {@code messages*} modes match every {@code messages} event. */
    private static Predicate<String> modeFilter(List<String> modes) {
        if (modes.isEmpty()) {
            return name -> true;
        }
        return name -> {
            String base = name.contains("|") ? name.substring(0, name.indexOf('|')) : name;
            if (base.equals("metadata") || base.equals("error")) {
                return true;
            }
            for (String m : modes) {
                if (m.equals(base) || (m.startsWith("messages") && base.startsWith("messages"))) {
                    return true;
                }
            }
            return false;
        };
    }

    private OnDisconnect onDisconnect(RunRecord run, boolean cancel) {
        return cancel ? OnDisconnect.run(() -> {
            if (run.inFlight()) {
                scheduler.cancel(run, "interrupt");
            }
        }) : OnDisconnect.IGNORE;
    }

    private static String threadPath(RunRecord run) {
        return "/threads/" + run.threadId + "/runs/" + run.runId;
    }

    private static String contentLocation(RunRecord run, boolean stateless) {
        return stateless ? "/runs/" + run.runId : threadPath(run);
    }
}
