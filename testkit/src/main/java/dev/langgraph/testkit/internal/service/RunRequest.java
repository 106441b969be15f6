package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A validated {@code RunCreate} body (stateful or stateless), with the Python server's 422/400 answers. */
final class RunRequest {

    static final Set<String> STREAM_MODES = Set.of("values", "messages", "messages-tuple", "updates", "events",
            "tasks", "checkpoints", "debug", "custom");
    static final String[] STRATEGIES = {"reject", "interrupt", "rollback", "enqueue"};

    final String assistantId;
    final Object input;
    final Map<String, Object> command;
    final Map<String, Object> checkpoint;
    final String checkpointId;
    final Map<String, Object> metadata;
    final Map<String, Object> config;
    final Map<String, Object> context;
    final String webhook;
    final Object interruptBefore;
    final Object interruptAfter;
    final List<String> streamModes;
    final boolean streamSubgraphs;
    final boolean streamResumable;
    final List<String> feedbackKeys;
    final String multitaskStrategy;
    final String ifNotExists;
    final String onCompletion;
    final double afterSeconds;
    final String durability;
    final String onDisconnect;

    RunRequest(Body body, boolean stateless, String defaultStrategy) {
        this.assistantId = body.string("assistant_id");
        this.input = body.raw("input");
        this.command = body.optObject("command");
        this.checkpoint = body.optObject("checkpoint");
        this.checkpointId = body.optString("checkpoint_id");
        if (checkpointId != null && !Ids.isUuid(checkpointId)) {
            throw HttpError.unprocessable("Invalid checkpoint ID");
        }
        this.metadata = Json.copyMap(body.optObject("metadata"));
        this.config = Json.copyMap(body.optObject("config"));
        this.context = Json.copyMap(body.optObject("context"));
        this.webhook = body.optString("webhook");
        if (webhook != null && !webhook.startsWith("/") && !webhook.startsWith("http://")
                && !webhook.startsWith("https://")) {
            throw HttpError.unprocessable("Invalid value for 'webhook': '" + webhook + "' is not a valid URL");
        }
        this.interruptBefore = breakpoints(body, "interrupt_before");
        this.interruptAfter = breakpoints(body, "interrupt_after");
        this.streamModes = streamModes(body.raw("stream_mode"));
        this.streamSubgraphs = body.optBool("stream_subgraphs", false);
        this.streamResumable = body.optBool("stream_resumable", false);
        this.feedbackKeys = body.optStringList("feedback_keys");
        this.multitaskStrategy = body.optEnum("multitask_strategy", defaultStrategy, STRATEGIES);
        this.ifNotExists = body.optEnum("if_not_exists", "reject", "reject", "create");
        this.onCompletion = body.optEnum("on_completion", "delete", "delete", "keep");
        Number after = body.optNumber("after_seconds");
        if (after != null && after.doubleValue() < 0) {
            throw HttpError.unprocessable("Invalid value for 'after_seconds': must not be negative");
        }
        this.afterSeconds = after == null ? 0 : after.doubleValue();
        this.durability = body.optEnum("durability", "async", "sync", "async", "exit");
        this.onDisconnect = body.optEnum("on_disconnect", "continue", "continue", "cancel");
        if (stateless && command != null && command.containsKey("resume")) {
            throw HttpError.badRequest("You must provide a thread_id when resuming.");
        }
        AssistantService.syncConfigAndContext(config, context); // 400 when configurable and context are both set
    }

    private static Object breakpoints(Body body, String key) {
        Object v = body.raw(key);
        if (v == null || "*".equals(v)) {
            return v;
        }
        return body.optStringList(key);
    }

    private static List<String> streamModes(Object raw) {
        if (raw == null) {
            return List.of("values");
        }
        List<String> modes = new ArrayList<>();
        List<?> list = raw instanceof List<?> ? (List<?>) raw : List.of(raw);
        for (Object m : list) {
            if (!(m instanceof String) || !STREAM_MODES.contains(m)) {
                throw HttpError.unprocessable("Invalid value for 'stream_mode': " + Json.write(m)
                        + " is not one of " + STREAM_MODES);
            }
            if (!modes.contains(m)) {
                modes.add((String) m);
            }
        }
        return modes;
    }
}
