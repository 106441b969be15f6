package dev.langgraph.client.internal.resources;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.Decoders;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.HttpResult;
import dev.langgraph.client.internal.JsonBody;
import dev.langgraph.client.internal.errors.ErrorMapper;
import dev.langgraph.client.internal.streaming.StreamSpec;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.runs.BulkCancelRunsStatus;
import dev.langgraph.client.runs.CancelAction;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunCreateRequest;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunSelectField;
import dev.langgraph.client.runs.RunStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import static dev.langgraph.client.internal.PathSegments.encode;
import static dev.langgraph.client.internal.PathSegments.requireId;

/** The runs endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class RunsOperations {

    /**
     * Which run-creating endpoint a body is for: each sends a different subset of {@link RunParams}, as the Python
     * SDK does (JS also sends {@code feedback_keys} on create).
     */
    private enum Endpoint {
        /** Stream fields always sent (mode defaults to {@code values}), plus feedback keys and on_disconnect. */
        STREAM(true, true, true),
        /** Stream fields always sent, for a later join stream; nobody is connected to disconnect. */
        CREATE(true, true, false),
        /** No stream fields; the connection can drop, so on_disconnect. */
        WAIT(false, false, true),
        /** Only what the caller set: a batch item is the caller's dict in Python. */
        BATCH(false, true, false);

        final boolean forcedStreamFields;
        final boolean streamFields;
        final boolean onDisconnect;

        Endpoint(boolean forcedStreamFields, boolean streamFields, boolean onDisconnect) {
            this.forcedStreamFields = forcedStreamFields;
            this.streamFields = streamFields;
            this.onDisconnect = onDisconnect;
        }
    }

    private final HttpPipeline pipeline;
    private final JsonCodec codec;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public RunsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
        this.codec = pipeline.config().codec();
    }

    /**
     * {@code POST /threads/{id}/runs/stream} or {@code /runs/stream}.
     *
     * @param threadId the thread or null
     * @param assistantId the assistant
     * @param params the arguments or null
     * @param options per-call options
     * @return the stream to open
     */
    public StreamSpec stream(String threadId, String assistantId, RunParams params, RequestOptions options) {
        RunParams p = orDefaults(params);
        ApiRequest r = ApiRequest.of("POST", runsPath(threadId) + "/stream")
                .body(runBody(assistantId, p, Endpoint.STREAM)).options(options).build();
        return new StreamSpec(r, p.streamResumable(), null, p.onRunCreated());
    }

    /**
     * {@code POST /threads/{id}/runs} or {@code /runs}.
     *
     * @param threadId the thread or null
     * @param assistantId the assistant
     * @param params the arguments or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Run> create(String threadId, String assistantId, RunParams params, RequestOptions options) {
        RunParams p = orDefaults(params);
        ApiRequest r = ApiRequest.of("POST", runsPath(threadId))
                .body(runBody(assistantId, p, Endpoint.CREATE)).options(options).build();
        return new Call<>(pipeline, r, notifying(p.onRunCreated(), Decoders.object(codec, Run::fromMap)));
    }

    /**
     * {@code POST /runs/batch}.
     *
     * @param runs the runs
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<Run>> createBatch(List<RunCreateRequest> runs, RequestOptions options) {
        Objects.requireNonNull(runs, "runs");
        List<Map<String, Object>> body = new ArrayList<>(runs.size());
        for (RunCreateRequest run : runs) {
            Objects.requireNonNull(run, "runs must not contain null");
            Map<String, Object> item = new LinkedHashMap<>();
            if (run.threadId() != null) {
                item.put("thread_id", run.threadId());
            }
            item.putAll(runBody(run.assistantId(), run.params(), Endpoint.BATCH));
            body.add(item);
        }
        ApiRequest r = ApiRequest.of("POST", "/runs/batch").body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.list(codec, Run::fromMap));
    }

    /**
     * {@code POST /threads/{id}/runs/wait} or {@code /runs/wait}.
     *
     * @param threadId the thread or null
     * @param assistantId the assistant
     * @param params the arguments or null
     * @param raiseError whether an {@code __error__} result throws
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Object> wait(String threadId, String assistantId, RunParams params, boolean raiseError,
            RequestOptions options) {
        RunParams p = orDefaults(params);
        ApiRequest r = ApiRequest.of("POST", runsPath(threadId) + "/wait")
                .body(runBody(assistantId, p, Endpoint.WAIT)).options(options).build();
        return new Call<>(pipeline, r, notifying(p.onRunCreated(), finalState(raiseError)));
    }

    /**
     * {@code GET /threads/{id}/runs}.
     *
     * @param threadId the thread
     * @param limit the page size
     * @param offset the offset
     * @param status a status filter or null
     * @param select fields or null
     * @param options per-call options
     * @return the prepared call
     */
    public Call<List<Run>> list(String threadId, int limit, int offset, RunStatus status,
            List<RunSelectField> select, RequestOptions options) {
        Paging.check(limit, offset);
        ApiRequest r = ApiRequest.of("GET", threadRunsPath(threadId))
                .query("limit", limit)
                .query("offset", offset)
                .query("status", status)
                .query("select", select)
                .options(options).build();
        return new Call<>(pipeline, r, Decoders.list(codec, Run::fromMap));
    }

    /**
     * {@code GET /threads/{id}/runs/{run}}.
     *
     * @param threadId the thread
     * @param runId the run
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Run> get(String threadId, String runId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("GET", runPath(threadId, runId)).options(options).build();
        return new Call<>(pipeline, r, Decoders.object(codec, Run::fromMap));
    }

    /**
     * {@code POST /threads/{id}/runs/{run}/cancel}.
     *
     * @param threadId the thread
     * @param runId the run
     * @param wait whether to wait for the run to stop
     * @param action the action or null for interrupt
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> cancel(String threadId, String runId, boolean wait, CancelAction action,
            RequestOptions options) {
        ApiRequest r = ApiRequest.of("POST", runPath(threadId, runId) + "/cancel")
                .query("wait", wait ? 1 : 0)
                .query("action", action == null ? CancelAction.INTERRUPT : action)
                .options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code POST /runs/cancel}.
     *
     * @param threadId a thread or null
     * @param runIds runs or null
     * @param status a status or null
     * @param action the action or null for interrupt
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> cancelMany(String threadId, List<String> runIds, BulkCancelRunsStatus status,
            CancelAction action, RequestOptions options) {
        if (threadId != null) {
            requireId("thread_id", threadId);
        } else if ((runIds == null || runIds.isEmpty()) && status == null) {
            throw new IllegalArgumentException("cancelMany needs a threadId, runIds or a status");
        }
        Map<String, Object> body = JsonBody.create()
                .putIfTruthy("thread_id", threadId)
                .putIfTruthy("run_ids", runIds)
                .putIfTruthy("status", status)
                .build();
        ApiRequest r = ApiRequest.of("POST", "/runs/cancel")
                .query("action", action == null ? CancelAction.INTERRUPT : action)
                .body(body).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /**
     * {@code GET /threads/{id}/runs/{run}/join}.
     *
     * @param threadId the thread
     * @param runId the run
     * @param raiseError whether an {@code __error__} result throws
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Object> join(String threadId, String runId, boolean raiseError, RequestOptions options) {
        ApiRequest r = ApiRequest.of("GET", runPath(threadId, runId) + "/join").options(options).build();
        return new Call<>(pipeline, r, finalState(raiseError));
    }

    /**
     * {@code GET /threads/{id}/runs/{run}/stream}, or the JS server's {@code GET /runs/{run}/stream}.
     *
     * @param threadId the thread or null
     * @param runId the run
     * @param cancelOnDisconnect whether to cancel the run on disconnect
     * @param streamModes modes or null
     * @param lastEventId the event to resume after, or null
     * @param options per-call options
     * @return the stream to open
     */
    public StreamSpec joinStream(String threadId, String runId, boolean cancelOnDisconnect,
            List<StreamMode> streamModes, String lastEventId, RequestOptions options) {
        String path = (threadId == null ? "/runs/" + encode("run_id", runId) : runPath(threadId, runId)) + "/stream";
        ApiRequest.Builder b = ApiRequest.of("GET", path)
                .query("cancel_on_disconnect", cancelOnDisconnect)
                .query("stream_mode", streamModes)
                .options(options);
        if (lastEventId != null && !lastEventId.isEmpty()) {
            b.header("Last-Event-ID", lastEventId);
        }
        // The join stream is its own resume point: a broken one is re-joined after the last event received.
        return new StreamSpec(b.build(), false, path, null);
    }

    /**
     * {@code DELETE /threads/{id}/runs/{run}}.
     *
     * @param threadId the thread
     * @param runId the run
     * @param options per-call options
     * @return the prepared call
     */
    public Call<Void> delete(String threadId, String runId, RequestOptions options) {
        ApiRequest r = ApiRequest.of("DELETE", runPath(threadId, runId)).options(options).build();
        return new Call<>(pipeline, r, Decoders.none());
    }

    /** The one body of every run-creating call; {@code endpoint} picks the fields that call sends. */
    private static Map<String, Object> runBody(String assistantId, RunParams p, Endpoint endpoint) {
        JsonBody body = JsonBody.create()
                .put("assistant_id", requireId("assistant_id", assistantId))
                .putIfNotNull("input", p.input())
                .putIfNotNull("command", commandFields(p.command()))
                .putIfNotNull("metadata", p.metadata())
                .putIfNotNull("config", p.config())
                .putIfNotNull("context", p.context())
                .putIfNotNull("checkpoint", p.checkpoint())
                .putIfNotNull("checkpoint_id", p.checkpointId())
                .putIfNotNull("interrupt_before", interruptNodes(p.interruptBefore()))
                .putIfNotNull("interrupt_after", interruptNodes(p.interruptAfter()))
                .putIfNotNull("webhook", p.webhook())
                .putIfNotNull("multitask_strategy", p.multitaskStrategy())
                .putIfNotNull("if_not_exists", p.ifNotExists())
                .putIfNotNull("on_completion", p.onCompletion())
                .putIfNotNull("after_seconds", p.afterSeconds())
                .putIfNotNull("langsmith_tracer", p.langsmithTracing())
                .putIfNotNull("durability", p.durability());
        if (endpoint.forcedStreamFields) {
            body.put("stream_mode", p.streamMode() == null ? StreamMode.VALUES : streamModes(p.streamMode()))
                    .put("stream_subgraphs", p.streamSubgraphs())
                    .put("stream_resumable", p.streamResumable());
        } else if (endpoint.streamFields) {
            body.putIfNotNull("stream_mode", p.streamMode() == null ? null : streamModes(p.streamMode()))
                    .putIfTruthy("stream_subgraphs", p.streamSubgraphs())
                    .putIfTruthy("stream_resumable", p.streamResumable());
        }
        if (endpoint.streamFields) {
            body.putIfNotNull("feedback_keys", p.feedbackKeys());
        }
        if (endpoint.onDisconnect) {
            body.putIfNotNull("on_disconnect", p.onDisconnect());
        }
        return body.build();
    }

    /** Python sends one mode as a string and several as a list; the server accepts both. */
    private static Object streamModes(List<StreamMode> modes) {
        return modes.size() == 1 ? modes.get(0) : modes;
    }

    private static Object interruptNodes(List<String> nodes) {
        return RunParams.ALL_NODES.equals(nodes) ? "*" : nodes;
    }

    /** Python strips the command's None values, and sends no command when nothing is left. */
    private static Map<String, Object> commandFields(Command command) {
        if (command == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        command.toMap().forEach((k, v) -> {
            if (v != null) {
                fields.put(k, v);
            }
        });
        return fields.isEmpty() ? null : fields;
    }

    /** The body of wait and join: the final state, or the run's failure when {@code raiseError}. */
    private Function<HttpResult, Object> finalState(boolean raiseError) {
        return r -> {
            Object state = Decoders.json(codec, r);
            RunFailedException failure = raiseError ? ErrorMapper.runFailureIn(state, codec) : null;
            if (failure != null) {
                throw failure;
            }
            return state;
        };
    }

    /** Calls {@code onRunCreated} with the ids from {@code Content-Location} before decoding, as Python does. */
    private static <T> Function<HttpResult, T> notifying(Consumer<RunCreateMetadata> onRunCreated,
            Function<HttpResult, T> decoder) {
        if (onRunCreated == null) {
            return decoder;
        }
        return r -> {
            RunCreateMetadata ids = RunCreateMetadata.parse(r.headers().first("Content-Location"));
            if (ids != null) {
                onRunCreated.accept(ids);
            }
            return decoder.apply(r);
        };
    }

    private static RunParams orDefaults(RunParams params) {
        return params == null ? RunParams.defaults() : params;
    }

    private static String runsPath(String threadId) {
        return threadId == null ? "/runs" : threadRunsPath(threadId);
    }

    private static String threadRunsPath(String threadId) {
        return "/threads/" + encode("thread_id", threadId) + "/runs";
    }

    private static String runPath(String threadId, String runId) {
        return threadRunsPath(threadId) + "/" + encode("run_id", runId);
    }
}
