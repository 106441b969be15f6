package dev.langgraph.testkit.internal.service;

import dev.langgraph.auth.AuthEngine;
import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.json.Containment;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CronRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.Ids;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Crons: create (stateless or on a thread), patch, delete, search and count (Python server semantics). */
public final class CronService {

    private static final Set<String> SORT = Set.of("cron_id", "assistant_id", "thread_id", "next_run_date",
            "end_time", "created_at", "updated_at");
    private static final Set<String> SELECT = Set.of("cron_id", "assistant_id", "thread_id", "on_run_completed",
            "end_time", "schedule", "timezone", "created_at", "updated_at", "user_id", "payload", "next_run_date",
            "metadata", "enabled");
    /** Body fields that describe the cron itself rather than the run it creates. */
    private static final Set<String> CRON_FIELDS = Set.of("schedule", "timezone", "end_time", "enabled",
            "on_run_completed", "assistant_id");

    private final ServerContext ctx;
    private final Db db;
    private final RunService runs;
    private final CronScheduler scheduler;

    /**
     * Creates the service.
     *
     * @param ctx the server context
     * @param runs the run service (cron firings create runs through it)
     * @param auth the server's auth engine (cron firings are authorized as their creator), null for none
     */
    public CronService(ServerContext ctx, RunService runs, AuthEngine auth) {
        this.ctx = ctx;
        this.db = ctx.db;
        this.runs = runs;
        this.scheduler = new CronScheduler(ctx, runs, auth);
    }

    /**
     * {@code POST /runs/crons} and {@code POST /threads/{id}/runs/crons}.
     *
     * @param threadIdOrNull the thread, {@code null} for a cron that runs on a new thread each time
     * @param body the CronCreate body
     * @return the cron JSON
     * @throws HttpError 422 invalid schedule, time zone, end time or run field; 404 thread or assistant missing
     */
    public Map<String, Object> create(String threadIdOrNull, Body body) {
        boolean stateless = threadIdOrNull == null;
        String threadId = stateless ? null : ThreadService.threadId(threadIdOrNull);
        String schedule = body.string("schedule");
        CronSchedules.parse(schedule);
        String timezone = body.optString("timezone");
        CronSchedules.zone(timezone);
        Instant endTime = endTime(body.raw("end_time"));
        boolean enabled = body.optBool("enabled", true);
        String onRunCompleted = body.optEnum("on_run_completed", "delete", "delete", "keep");
        new RunRequest(body, stateless, ctx.defaultMultitaskStrategy);
        String assistantId = runs.resolveAssistant(body.string("assistant_id"));
        String cronId = Ids.newId();
        Map<String, Object> payload = Json.copyMap(body.map());
        payload.put("assistant_id", assistantId);
        Map<String, Object> config = Json.mapAt(payload, "config");
        if (config == null) {
            config = Json.obj();
            payload.put("config", config);
        }
        Map<String, Object> configurable = Json.mapAt(config, "configurable");
        config.put("configurable", Json.merge(configurable, Json.obj("cron_id", cronId)));
        return db.tx(() -> {
            if (!db.assistants.containsKey(assistantId)) {
                throw HttpError.notFound("Assistant '" + assistantId + "' not found.");
            }
            if (!stateless && !db.threads.containsKey(threadId)) {
                throw HttpError.notFound("Thread with ID '" + threadId + "' not found. Please verify the ID is"
                        + " correct and the thread hasn't been deleted or expired.");
            }
            CronRecord c = new CronRecord(cronId, assistantId, threadId, db.clock.now());
            c.schedule = schedule;
            c.timezone = timezone;
            c.endTime = endTime;
            c.enabled = enabled;
            c.onRunCompleted = stateless ? onRunCompleted : null;
            c.payload = payload;
            c.metadata = Json.copyMap(body.optObject("metadata"));
            c.userId = AuthScope.user() == null ? null : AuthScope.user().identity();
            db.crons.put(cronId, c);
            scheduler.reschedule(c);
            return c.toJson();
        });
    }

    /**
     * {@code PATCH /runs/crons/{id}}: the given fields replace the cron's; {@code "end_time": null} clears it.
     * A new schedule, time zone or enabling recomputes {@code next_run_date} from now.
     *
     * @param id the cron id
     * @param body the CronPatch body
     * @return the cron JSON
     */
    public Map<String, Object> patch(String id, Body body) {
        String cronId = cronId(id);
        String schedule = body.optString("schedule");
        if (schedule != null) {
            CronSchedules.parse(schedule);
        }
        String timezone = body.optString("timezone");
        CronSchedules.zone(timezone);
        Instant endTime = endTime(body.raw("end_time"));
        Boolean enabled = body.has("enabled") ? body.optBool("enabled", true) : null;
        String onRunCompleted = body.optEnum("on_run_completed", null, "delete", "keep");
        Map<String, Object> metadata = body.optObject("metadata");
        return db.tx(() -> {
            CronRecord c = find(cronId);
            Map<String, Object> payload = Json.copyMap(c.payload);
            body.map().forEach((k, v) -> {
                if (!CRON_FIELDS.contains(k)) {
                    payload.put(k, Json.copy(v));
                }
            });
            new RunRequest(new Body(payload), c.threadId == null, ctx.defaultMultitaskStrategy);
            boolean timing = schedule != null || body.has("timezone") || (enabled != null && enabled && !c.enabled);
            c.payload = payload;
            c.schedule = schedule == null ? c.schedule : schedule;
            c.timezone = body.has("timezone") ? timezone : c.timezone;
            c.endTime = body.has("end_time") ? endTime : c.endTime;
            c.enabled = enabled == null ? c.enabled : enabled;
            c.onRunCompleted = onRunCompleted == null || c.threadId != null ? c.onRunCompleted : onRunCompleted;
            c.metadata = metadata == null ? c.metadata : Json.copyMap(metadata);
            c.updatedAt = db.clock.now();
            if (timing) {
                scheduler.reschedule(c);
            }
            return c.toJson();
        });
    }

    /**
     * {@code DELETE /runs/crons/{id}}.
     *
     * @param id the cron id
     */
    public void delete(String id) {
        String cronId = cronId(id);
        db.run(() -> db.crons.remove(find(cronId).cronId));
    }

    /**
     * {@code POST /runs/crons/search}: filters, sorting ({@code created_at} descending by default), {@code select}
     * and pagination headers.
     *
     * @param body the CronSearch body
     * @return the page
     */
    public Reply search(Body body) {
        Predicate<CronRecord> filter = filter(body);
        int limit = body.optInt("limit", 10, 1, 1000);
        int offset = body.optInt("offset", 0, 0, Integer.MAX_VALUE);
        String sortBy = body.optString("sort_by") == null ? "created_at" : body.optString("sort_by");
        if (!SORT.contains(sortBy)) {
            throw HttpError.unprocessable("Invalid sort_by field: '" + sortBy + "'. Valid options are: cron_id,"
                    + " assistant_id, thread_id, next_run_date, end_time, created_at, updated_at");
        }
        boolean desc = Listing.descending(body.optString("sort_order"));
        List<String> select = Listing.select(body.optList("select"), SELECT);
        Comparator<Map<String, Object>> order = Comparator.comparing(m -> (String) m.get(sortBy),
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<Map<String, Object>> rows = db.tx(() -> db.crons.values().stream().filter(filter)
                .map(CronRecord::toJson).collect(Collectors.toList()));
        rows.sort(desc ? order.reversed() : order);
        return Listing.page(rows.stream().map(r -> Listing.project(r, select)).collect(Collectors.toList()),
                offset, limit);
    }

    /**
     * {@code POST /runs/crons/count}.
     *
     * @param body the filters ({@code assistant_id}, {@code thread_id}, {@code metadata}, {@code enabled})
     * @return the count
     */
    public long count(Body body) {
        Predicate<CronRecord> filter = filter(body);
        return db.tx(() -> db.crons.values().stream().filter(filter).count());
    }

    private Predicate<CronRecord> filter(Body body) {
        String assistant = body.optString("assistant_id");
        String assistantId = assistant == null ? null : runs.resolveAssistant(assistant);
        String thread = body.optString("thread_id");
        String threadId = thread == null ? null : ThreadService.threadId(thread);
        Boolean enabled = body.has("enabled") && body.raw("enabled") != null ? body.optBool("enabled", true) : null;
        Map<String, Object> metadata = body.optObject("metadata");
        Map<String, Object> auth = AuthScope.searchFilter("crons");
        return c -> AuthScope.matches(auth, c.metadata) && (assistantId == null || assistantId.equals(c.assistantId))
                && (threadId == null || threadId.equals(c.threadId))
                && (enabled == null || enabled == c.enabled)
                && (metadata == null || Containment.contains(c.metadata, metadata));
    }

    private CronRecord find(String cronId) {
        CronRecord c = db.crons.get(cronId);
        if (c == null) {
            throw HttpError.notFound();
        }
        return c;
    }

    private static String cronId(String id) {
        if (!Ids.isUuid(id)) {
            throw HttpError.unprocessable("Invalid cron ID: must be a UUID");
        }
        return Ids.canonical(id);
    }

    /** Parses {@code end_time}: ISO-8601 with an offset, or without one for UTC; {@code null} stays null. */
    private static Instant endTime(Object raw) {
        if (raw == null) {
            return null;
        }
        String text = String.valueOf(raw);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw HttpError.unprocessable("Invalid value for 'end_time': '" + text + "' is not a date-time");
            }
        }
    }
}
