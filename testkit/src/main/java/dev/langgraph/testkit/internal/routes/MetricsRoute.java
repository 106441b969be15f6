package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.RunRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /metrics?format=prometheus|json}, as the Python server answers it (an unknown format falls back to
 * Prometheus): the run queue's depth and pending wait times. The fake has no worker pool limit, database pool or
 * HTTP latency histograms, so the Python server's {@code lg_api_workers_*}, pool and HTTP series are left out.
 */
final class MetricsRoute {

    /** The Python server's labels when {@code LANGSMITH_HOST_PROJECT_ID}/{@code _REVISION_ID} are unset. */
    private static final String LABELS = "{project_id=\"None\", revision_id=\"None\"}";

    private final Db db;

    private MetricsRoute(Db db) {
        this.db = db;
    }

    static void register(Router router, Db db) {
        MetricsRoute route = new MetricsRoute(db);
        router.add("GET", "/metrics", r -> "json".equals(r.query("format"))
                ? Reply.ok(Json.obj("queue", route.queue()))
                : TextReply.plain(route.prometheus()));
    }

    /** {@code {n_pending, n_running, pending_runs_wait_time_max_secs, pending_runs_wait_time_med_secs}}. */
    private Map<String, Object> queue() {
        return db.tx(() -> {
            Instant now = db.clock.current();
            int running = 0;
            List<Double> waits = new ArrayList<>();
            for (RunRecord r : db.inFlightRuns(null)) {
                if ("running".equals(r.status)) {
                    running++;
                } else {
                    waits.add(Math.max(0, Duration.between(r.createdAt, now).toMillis()) / 1000.0);
                }
            }
            Collections.sort(waits);
            double max = waits.isEmpty() ? 0 : waits.get(waits.size() - 1);
            double median = waits.isEmpty() ? 0 : waits.get(waits.size() / 2);
            return Json.obj("n_pending", waits.size(), "n_running", running,
                    "pending_runs_wait_time_max_secs", max, "pending_runs_wait_time_med_secs", median);
        });
    }

    private String prometheus() {
        Map<String, Object> q = queue();
        StringBuilder out = new StringBuilder();
        gauge(out, "lg_api_num_pending_runs", "The number of runs currently pending.", q.get("n_pending"));
        gauge(out, "lg_api_num_running_runs", "The number of runs currently running.", q.get("n_running"));
        gauge(out, "lg_api_pending_runs_wait_time_max", "The maximum time a run has been pending, in seconds.",
                q.get("pending_runs_wait_time_max_secs"));
        gauge(out, "lg_api_pending_runs_wait_time_med", "The median pending wait time across runs, in seconds.",
                q.get("pending_runs_wait_time_med_secs"));
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help, Object value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(LABELS).append(' ').append(value).append('\n');
    }
}
