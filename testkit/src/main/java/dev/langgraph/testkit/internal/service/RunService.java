package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.AssistantRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs: creation with the multitask strategies, listing, cancel, delete, and wait/join results. */
public final class RunService {

    private static final Set<String> EXCLUDED_HEADERS = Set.of("x-api-key", "x-tenant-id", "x-service-key");
    private static final Set<String> SELECT = Set.of("run_id", "thread_id", "assistant_id", "created_at",
            "updated_at", "status", "metadata", "kwargs", "multitask_strategy");

    /**
     * A run as created, with its JSON as of creation ({@code pending}).
     *
     * @param run the live record
     * @param json the creation-time JSON
     */
    public record Created(RunRecord run, Map<String, Object> json) {
    }

    private final ServerContext ctx;
    private final Db db;
    private final AssistantService assistants;

    /**
     * Creates the service.
     *
     * @param ctx the server context
     * @param assistants the assistant service
     */
    public RunService(ServerContext ctx, AssistantService assistants) {
        this.ctx = ctx;
        this.db = ctx.db;
        this.assistants = assistants;
    }

    /**
     * Creates a run and schedules it.
     *
     * @param threadIdOrNull the thread id, {@code null} for a stateless run on a new temporary thread
     * @param body the RunCreate body
     * @param headers the request headers (lower-case), copied into {@code config.configurable} as the servers do
     * @return the run
     * @throws HttpError 404 thread or assistant missing, 409 busy thread under {@code reject}, 422/400 bad input
     */
    public Created create(String threadIdOrNull, Body body, Map<String, String> headers) {
        boolean stateless = threadIdOrNull == null;
        String requestedThread = stateless ? null : ThreadService.threadId(threadIdOrNull);
        RunRequest req = new RunRequest(body, stateless, ctx.defaultMultitaskStrategy);
        String assistantId = resolveAssistant(req.assistantId);
        Created created = db.tx(() -> {
            AssistantRecord a = db.assistants.get(assistantId);
            ThreadRecord t = stateless ? null : db.threads.get(requestedThread);
            if (a == null || (t == null && !stateless && !req.ifNotExists.equals("create"))) {
                throw HttpError.notFound("Thread or assistant not found.");
            }
            List<RunRecord> inFlight = t == null ? List.of() : db.inFlightRuns(t.threadId);
            if (!inFlight.isEmpty() && req.multitaskStrategy.equals("reject")) {
                throw HttpError.conflict("Thread is already running a task. Wait for it to finish or choose a"
                        + " different multitask strategy.");
            }
            if (t == null) {
                t = new ThreadRecord(stateless ? Ids.newId() : requestedThread, db.clock.now());
                t.temporary = stateless;
                t.metadata = Json.merge(Json.obj("graph_id", a.graphId, "assistant_id", a.assistantId),
                        Json.mapAt(req.config, "metadata"), req.metadata);
                db.threads.put(t.threadId, t);
            }
            RunRecord run = newRun(req, a, t, headers, stateless);
            db.runs.put(run.runId, run);
            Map<String, Object> json = run.toJson();
            if (!"busy".equals(t.status)) {
                t.metadata.put("graph_id", a.graphId);
                t.metadata.put("assistant_id", a.assistantId);
                Map<String, Object> threadConfig = Json.merge(a.config, t.config, req.config);
                threadConfig.put("configurable", Json.merge(Json.mapAt(a.config, "configurable"),
                        Json.mapAt(t.config, "configurable"), Json.mapAt(req.config, "configurable"),
                        headerConfigurable(headers)));
                threadConfig.remove("metadata");
                t.config = Json.copyMap(threadConfig);
            }
            t.status = "busy";
            t.updatedAt = db.clock.now();
            ctx.expiry.armThread(t);
            if (req.multitaskStrategy.equals("interrupt") || req.multitaskStrategy.equals("rollback")) {
                inFlight.forEach(r -> ctx.scheduler.cancel(r, req.multitaskStrategy));
            }
            return new Created(run, json);
        });
        ctx.scheduler.kick(created.run().threadId);
        return created;
    }

    /**
     * {@code POST /runs/batch}: stateless background runs.
     *
     * @param json the body (a non-empty array of RunCreate objects)
     * @param headers the request headers
     * @return the created runs' JSON
     */
    @SuppressWarnings("unchecked")
    public List<Object> batch(Object json, Map<String, String> headers) {
        if (!(json instanceof List<?>) || ((List<?>) json).isEmpty()) {
            throw HttpError.unprocessable("Invalid request body: expected a non-empty array of runs");
        }
        for (Object item : (List<?>) json) {
            if (!(item instanceof Map<?, ?>)) {
                throw HttpError.unprocessable("Invalid request body: " + Json.write(item) + " is not of type 'object'");
            }
            new RunRequest(new Body((Map<String, Object>) item), true, ctx.defaultMultitaskStrategy);
            resolveAssistant(String.valueOf(((Map<?, ?>) item).get("assistant_id")));
        }
        List<Object> result = new ArrayList<>();
        for (Object item : (List<?>) json) {
            result.add(create(null, new Body((Map<String, Object>) item), headers).json());
        }
        return result;
    }

    /**
     * {@code GET /threads/{id}/runs}: newest first.
     *
     * @param threadId the thread
     * @param limit the page size
     * @param offset the offset
     * @param status a status filter or {@code null}
     * @param select the fields to keep (empty = all)
     * @return the runs
     */
    public Reply list(String threadId, int limit, int offset, String status, List<String> select) {
        List<String> fields = Listing.select(select.isEmpty() ? null : select, SELECT);
        String tid = ThreadService.threadId(threadId);
        List<Map<String, Object>> rows = db.tx(() -> {
            if (!db.threads.containsKey(tid)) {
                throw HttpError.notFound("Thread with ID '" + threadId + "' not found");
            }
            return db.runs.values().stream()
                    .filter(r -> r.threadId.equals(tid) && (status == null || status.equals(r.status)))
                    .sorted(Comparator.comparing((RunRecord r) -> r.createdAt).reversed())
                    .map(RunRecord::toJson).collect(Collectors.toList());
        });
        int from = Math.min(offset, rows.size());
        return Reply.ok(rows.subList(from, Math.min(rows.size(), from + limit)).stream()
                .map(r -> Listing.project(r, fields)).collect(Collectors.toList()));
    }

    /**
     * Finds a run of a thread.
     *
     * @param threadId the thread id
     * @param runId the run id
     * @return the run
     * @throws HttpError 404 if either is missing, 422 if not UUIDs
     */
    public RunRecord find(String threadId, String runId) {
        String tid = ThreadService.threadId(threadId);
        String rid = runId(runId);
        return db.tx(() -> {
            RunRecord r = db.runs.get(rid);
            if (!db.threads.containsKey(tid) || r == null || !r.threadId.equals(tid)) {
                throw HttpError.notFound();
            }
            return r;
        });
    }

    /**
     * Finds a run for joining: the thread must exist, the run may not.
     *
     * @param threadId the thread id
     * @param runId the run id
     * @return the run, or {@code null} when the thread has no such run
     * @throws HttpError 404 if the thread is missing
     */
    public RunRecord findForJoin(String threadId, String runId) {
        String tid = ThreadService.threadId(threadId);
        String rid = runId(runId);
        return db.tx(() -> {
            if (!db.threads.containsKey(tid)) {
                throw HttpError.notFound("Thread with ID '" + threadId + "' not found");
            }
            RunRecord r = db.runs.get(rid);
            return r != null && r.threadId.equals(tid) ? r : null;
        });
    }

    /**
     * Finds any run by id (joining a stateless run's stream).
     *
     * @param runId the run id
     * @return the run or {@code null}
     */
    public RunRecord findAny(String runId) {
        String rid = runId(runId);
        return db.tx(() -> db.runs.get(rid));
    }

    /**
     * Returns a run's JSON now.
     *
     * @param run the run
     * @return its JSON
     */
    public Map<String, Object> json(RunRecord run) {
        return db.tx(run::toJson);
    }

    /**
     * {@code DELETE /threads/{tid}/runs/{rid}}: cancels it if in flight and deletes it.
     *
     * @param threadId the thread id
     * @param runId the run id
     */
    public void delete(String threadId, String runId) {
        RunRecord run = find(threadId, runId);
        db.run(() -> {
            if (run.inFlight()) {
                ctx.scheduler.cancel(run, "interrupt");
            }
            db.runs.remove(run.runId);
        });
    }

    /**
     * {@code POST /threads/{tid}/runs/{rid}/cancel}.
     *
     * @param threadId the thread id
     * @param runId the run id
     * @param action {@code interrupt} or {@code rollback}
     * @return the run
     * @throws HttpError 404 if the run is missing or already finished (Python server)
     */
    public RunRecord cancel(String threadId, String runId, String action) {
        String tid = ThreadService.threadId(threadId);
        String rid = runId(runId);
        return db.tx(() -> {
            RunRecord r = db.runs.get(rid);
            if (r == null || !r.threadId.equals(tid)) {
                throw HttpError.notFound("No matching runs to cancel. Please verify the run IDs are correct and"
                        + " belong to the given thread.");
            }
            if (!r.inFlight()) {
                throw HttpError.notFound("Some runs were not found or not cancelable.");
            }
            ctx.scheduler.cancel(r, action);
            return r;
        });
    }

    /**
     * {@code POST /runs/cancel}: by {@code thread_id} + {@code run_ids}, or by {@code status}.
     *
     * @param body the request
     * @param action {@code interrupt} or {@code rollback}
     */
    public void cancelMany(Body body, String action) {
        String status = body.optString("status");
        String threadId = body.optString("thread_id");
        List<String> runIds = body.optStringList("run_ids");
        if (status != null && (threadId != null || runIds != null)) {
            throw HttpError.unprocessable("When providing a 'status', 'thread_id' and 'run_ids' must be omitted."
                    + " The 'status' parameter will cancel all runs with the given status.");
        }
        if (status != null && !Set.of("pending", "running", "all").contains(status)) {
            throw HttpError.unprocessable("Invalid status: must be 'pending', 'running', or 'all'");
        }
        if (status == null && (threadId == null || runIds == null)) {
            throw HttpError.unprocessable("Either 'status' or both 'thread_id' and 'run_ids' must be provided.");
        }
        String tid = threadId == null ? null : ThreadService.threadId(threadId);
        Set<String> rids = runIds == null ? null : runIds.stream().map(RunService::runId).collect(Collectors.toSet());
        Map<String, Object> auth = AuthScope.searchFilter("threads:update"); // cancel by status: visible threads only
        db.run(() -> {
            List<RunRecord> matching = db.runs.values().stream().filter(r -> status != null
                    ? r.inFlight() && (status.equals("all") || status.equals(r.status)) && visible(auth, r)
                    : r.threadId.equals(tid) && rids.contains(r.runId) && r.inFlight())
                    .collect(Collectors.toList());
            if (matching.isEmpty()) {
                throw HttpError.notFound("No matching runs to cancel. Please verify the run IDs are correct and"
                        + " that the runs are pending or running.");
            }
            matching.forEach(r -> ctx.scheduler.cancel(r, action));
        });
    }

    /**
     * The body of {@code /wait} and {@code /join}: the last {@code values} event, the error, or the thread's state.
     *
     * @param run a finished run
     * @return the result JSON
     */
    public Object result(RunRecord run) {
        if (run.error != null) {
            return Json.obj("__error__", Json.copy(run.error));
        }
        if (run.lastValues != null) {
            return Json.copy(run.lastValues);
        }
        return db.tx(() -> {
            ThreadRecord t = db.threads.get(run.threadId);
            if (t == null) {
                return Json.obj();
            }
            if ("error".equals(t.status) && t.error != null) {
                return Json.obj("__error__", Json.copy(t.error));
            }
            if ("interrupted".equals(t.status)) {
                for (Object list : t.interrupts.values()) {
                    if (list instanceof List<?> && !((List<?>) list).isEmpty()) {
                        return Json.obj("__interrupt__", List.of(Json.copy(((List<?>) list).get(0))));
                    }
                }
            }
            return Json.copy(t.values);
        });
    }

    /**
     * The join body for a run that does not exist (the Python server answers 200 with an {@code __error__}).
     *
     * @param runId the run id
     * @return the error body
     */
    public static Map<String, Object> missingRunResult(String runId) {
        return Json.obj("__error__", missingRunError(runId));
    }

    /**
     * The error event for joining a run that does not exist.
     *
     * @param runId the run id
     * @return {@code {"error": "HTTPException", "message": "404: Run with ID ... not found. ..."}}
     */
    public static Map<String, Object> missingRunError(String runId) {
        return Json.obj("error", "HTTPException", "message", "404: Run with ID '" + runId + "' not found. Please"
                + " verify the ID is correct and the run hasn't been deleted or expired.");
    }

    /**
     * Validates a run id.
     *
     * @param id the text
     * @return the canonical id
     * @throws HttpError 422 if not a UUID
     */
    public static String runId(String id) {
        if (!Ids.isUuid(id)) {
            throw HttpError.unprocessable("Invalid run ID: must be a UUID");
        }
        return Ids.canonical(id);
    }

    /** Resolves a run body's {@code assistant_id}: a registered graph id or an assistant UUID (422 otherwise). */
    String resolveAssistant(String idOrGraph) {
        if (ctx.graphs.containsKey(idOrGraph)) {
            return AssistantService.systemId(idOrGraph);
        }
        if (!Ids.isUuid(idOrGraph)) {
            throw HttpError.unprocessable("Invalid assistant: '" + idOrGraph + "'. Must be either:\n"
                    + "- A valid assistant UUID, or\n- One of the registered graphs: " + ctx.graphs.keySet());
        }
        return assistants.resolve(idOrGraph);
    }

    private RunRecord newRun(RunRequest req, AssistantRecord a, ThreadRecord t, Map<String, String> headers,
            boolean stateless) {
        String runId = Ids.newId();
        Map<String, String> headerValues = headerConfigurable(headers);
        Map<String, Object> configurable = Json.merge(Json.mapAt(a.config, "configurable"),
                Json.mapAt(t.config, "configurable"), Json.mapAt(req.config, "configurable"), headerValues);
        configurable.putAll(Json.obj("run_id", runId, "thread_id", t.threadId, "graph_id", a.graphId,
                "assistant_id", a.assistantId));
        if (req.checkpointId != null) {
            configurable.put("checkpoint_id", req.checkpointId);
        }
        Map<String, Object> metadata = Json.merge(a.metadata, t.metadata, Json.mapAt(req.config, "metadata"),
                req.metadata, headerValues);
        metadata.putAll(Json.obj("graph_id", a.graphId, "assistant_id", a.assistantId, "run_attempt", 1,
                "langgraph_version", "1.0.0", "langgraph_api_version", "0.5.23", "langgraph_plan", "developer",
                "langgraph_host", "self-hosted", "langgraph_api_url", ctx.baseUrl(), "thread_id", t.threadId,
                "run_id", runId));
        if (AuthScope.user() != null) {
            AuthStamp.stamp(AuthScope.user(), configurable, metadata);
        }
        Map<String, Object> config = Json.merge(a.config, t.config, req.config);
        config.put("configurable", configurable);
        config.put("metadata", metadata);
        Map<String, Object> kwargs = Json.obj("input", Json.copy(req.input), "command", Json.copy(req.command),
                "config", Json.copy(config), "context", Json.merge(a.context, req.context),
                "stream_mode", req.streamModes, "interrupt_before", Json.copy(req.interruptBefore),
                "interrupt_after", Json.copy(req.interruptAfter), "webhook", req.webhook,
                "feedback_keys", req.feedbackKeys, "temporary", stateless && req.onCompletion.equals("delete"),
                "subgraphs", req.streamSubgraphs, "resumable", req.streamResumable, "checkpoint_during", false,
                "durability", req.durability);
        if (req.checkpoint != null) {
            kwargs.put("checkpoint", Json.copy(req.checkpoint));
        }
        if (req.checkpointId != null) {
            kwargs.put("checkpoint_id", req.checkpointId);
        }
        Map<String, Object> runMetadata = Json.copyMap(req.metadata);
        runMetadata.putIfAbsent("assistant_id", a.assistantId);
        Duration delay = Duration.ofMillis(Math.round(req.afterSeconds * 1000));
        RunRecord run = new RunRecord(runId, t.threadId, a.assistantId, a.graphId, db.clock.now().plus(delay),
                db.clock.current().plus(delay), runMetadata, kwargs, stateless ? null : req.multitaskStrategy,
                stateless, stateless && req.onCompletion.equals("delete"), req.streamModes, req.streamSubgraphs,
                req.streamResumable);
        run.events.mirrorTo(t.events);
        return run;
    }

    /** Whether a run's thread matches an auth filter; call with the lock held. */
    private boolean visible(Map<String, Object> filter, RunRecord run) {
        ThreadRecord t = db.threads.get(run.threadId);
        return filter == null || (t != null && AuthScope.matches(filter, t.metadata));
    }

    private static Map<String, String> headerConfigurable(Map<String, String> headers) {
        Map<String, String> copied = new LinkedHashMap<>();
        headers.forEach((name, value) -> {
            if ((name.startsWith("x-") && !EXCLUDED_HEADERS.contains(name)) || name.equals("user-agent")) {
                copied.put(name, value);
            }
        });
        if (headers.containsKey("x-request-id")) {
            copied.put("langgraph_request_id", headers.get("x-request-id"));
        }
        return copied;
    }
}
