package dev.langgraph.testkit.internal.routes;

import com.sun.net.httpserver.HttpExchange;
import dev.langgraph.auth.Action;
import dev.langgraph.auth.AuthEngine;
import dev.langgraph.auth.AuthOutcome;
import dev.langgraph.auth.AuthRequest;
import dev.langgraph.auth.AuthorizedEvent;
import dev.langgraph.testkit.internal.http.Gate;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.AssistantRecord;
import dev.langgraph.testkit.internal.model.CronRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import dev.langgraph.testkit.internal.service.AssistantService;
import dev.langgraph.testkit.internal.service.AuthScope;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server's auth, as the Python server applies a custom {@link dev.langgraph.auth.Auth}: {@link AuthEngine}
 * decides every request (public meta routes stay open; a refusal answers its status, {@code {"detail": ...}} and
 * headers); an allowed request goes on as its user (runs are stamped with it, crons remember it) with the body and
 * query as the handlers changed them, and the handlers' filters hide resources whose metadata does not match: a
 * single read, update or delete answers 404, a create on a hidden id and a copy of a hidden thread 409, run routes
 * of a hidden thread 404 (a join stream: a 404 {@code error} event), a cron on a hidden thread 404, and searches,
 * counts and an assistant's versions leave them out.
 */
final class AuthGate implements Gate {

    private static final Pattern COPY = Pattern.compile("/threads/[^/]+/copy/?");
    private static final Pattern JOIN_STREAM = Pattern.compile("/threads/[^/]+/runs/[^/]+/stream/?");

    private final AuthEngine engine;
    private final Db db;
    private final AssistantService assistants;

    AuthGate(AuthEngine engine, Db db, AssistantService assistants) {
        this.engine = engine;
        this.db = db;
        this.assistants = assistants;
    }

    @Override
    public Passage enter(HttpExchange exchange, byte[] body) {
        URI uri = exchange.getRequestURI();
        AuthRequest.Builder request = AuthRequest.builder(exchange.getRequestMethod(), uri.getRawPath())
                .rawQuery(uri.getRawQuery());
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        if (body.length > 0) {
            try {
                request.body(Json.parse(body));
            } catch (IllegalArgumentException e) {
                request.invalidJsonBody();
            }
        }
        AuthOutcome outcome = engine.authorize(request.build());
        if (outcome instanceof AuthOutcome.Denied denied) {
            Reply reply = Reply.json(denied.status(), Json.obj("detail", denied.detail()));
            denied.headers().forEach(reply::header);
            return Passage.refuse(reply);
        }
        if (!(outcome instanceof AuthOutcome.Allowed allowed)) {
            return new Passage(null, body, null, h -> h.get()); // a public meta route
        }
        Map<String, Map<String, Object>> searchFilters = new LinkedHashMap<>();
        for (AuthorizedEvent event : allowed.events()) {
            Map<String, Object> filter = event.filter().orElse(null);
            if (filter == null) {
                continue;
            }
            String action = event.event().action().map(Action::value).orElse("");
            String resource = event.event().resource().value();
            if (action.equals("search")) {
                searchFilters.put(resource, filter);
                continue;
            }
            if (resource.equals("threads") && event.value().get("thread_id") == null) {
                // a bulk delete or update (an assistant's threads, cancel by status): it reaches only the threads
                // the filter shows, as the Python server adds the filter to its query
                searchFilters.put("threads:" + action, filter);
            }
            Reply hidden = hidden(exchange, resource, action, event.value().asMap(), filter);
            if (hidden != null) {
                return Passage.refuse(hidden);
            }
        }
        byte[] changed = allowed.body() == null ? body
                : Json.write(allowed.body()).getBytes(StandardCharsets.UTF_8);
        return new Passage(null, changed, allowed.queryParams(),
                h -> AuthScope.with(searchFilters, allowed.user(), h));
    }

    /** The reply when the event's resource exists but its metadata does not match the filter, else null. */
    private Reply hidden(HttpExchange exchange, String resource, String action, Map<String, Object> value,
            Map<String, Object> filter) {
        String path = exchange.getRequestURI().getRawPath();
        switch (resource) {
            case "threads": {
                String id = uuid(value.get("thread_id"));
                Map<String, Object> metadata = id == null ? null : db.tx(() -> {
                    ThreadRecord t = db.threads.get(id);
                    return t == null ? null : Json.copyMap(t.metadata == null ? Map.of() : t.metadata);
                });
                if (metadata == null || AuthScope.matches(filter, metadata)) {
                    return null;
                }
                if (action.equals("create") || COPY.matcher(path).matches()) {
                    return Reply.error(HttpError.conflict("Conflict"));
                }
                String message = "Thread with ID '" + id + "' not found";
                if (JOIN_STREAM.matcher(path).matches()) {
                    return RunEventsReply.error(Json.obj("error", "HTTPException", "message", "404: " + message));
                }
                return Reply.error(HttpError.notFound(message));
            }
            case "assistants": {
                Object raw = value.get("assistant_id");
                String id;
                try {
                    id = raw == null ? null : assistants.resolve(raw.toString());
                } catch (HttpError e) {
                    return null; // the route answers the invalid id
                }
                Map<String, Object> metadata = id == null ? null : db.tx(() -> {
                    AssistantRecord a = db.assistants.get(id);
                    return a == null ? null : Json.copyMap(a.metadata == null ? Map.of() : a.metadata);
                });
                if (metadata == null || AuthScope.matches(filter, metadata)) {
                    return null;
                }
                return Reply.error(action.equals("create") ? HttpError.conflict("Conflict") : HttpError.notFound());
            }
            case "crons": {
                if (action.equals("create")) {
                    return hiddenCronTarget(value, filter);
                }
                String id = uuid(value.get("cron_id"));
                Map<String, Object> metadata = id == null ? null : db.tx(() -> {
                    CronRecord c = db.crons.get(id);
                    return c == null ? null : Json.copyMap(c.metadata == null ? Map.of() : c.metadata);
                });
                if (metadata == null || AuthScope.matches(filter, metadata)) {
                    return null;
                }
                return Reply.error(action.equals("create") ? HttpError.conflict("Conflict") : HttpError.notFound());
            }
            default:
                return null; // the store: as on the Python server, its handlers' filters are not applied
        }
    }

    /**
     * A cron on a thread, or on an assistant given by id, that the crons:create filter hides: 404 with the Python
     * server's message (its insert finds no authorized thread or assistant row), so no cron lands on someone
     * else's thread. An assistant given by graph name is not filtered there.
     */
    private Reply hiddenCronTarget(Map<String, Object> value, Map<String, Object> filter) {
        String threadId = uuid(value.get("thread_id"));
        Object payload = value.get("payload");
        String assistantId = payload instanceof Map<?, ?> p ? uuid(p.get("assistant_id")) : null;
        boolean hidden = db.tx(() -> {
            ThreadRecord t = threadId == null ? null : db.threads.get(threadId);
            AssistantRecord a = assistantId == null ? null : db.assistants.get(assistantId);
            return (t != null && !AuthScope.matches(filter, t.metadata == null ? Map.of() : t.metadata))
                    || (a != null && !AuthScope.matches(filter, a.metadata == null ? Map.of() : a.metadata));
        });
        if (!hidden) {
            return null;
        }
        return Reply.error(HttpError.notFound("Thread with ID '" + (threadId == null ? "None" : threadId)
                + "' not found. Please verify the ID is correct and the thread hasn't been deleted or expired."));
    }

    private static String uuid(Object raw) {
        return raw != null && Ids.isUuid(raw.toString()) ? Ids.canonical(raw.toString()) : null;
    }
}
