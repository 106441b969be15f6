package dev.langgraph.testkit.internal.service;

import dev.langgraph.auth.AuthEngine;
import dev.langgraph.auth.BaseUser;
import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CronRecord;
import dev.langgraph.testkit.internal.model.Db;
import java.time.Instant;
import java.util.Map;

/**
 * Fires crons as the Python server's scheduler does: when an enabled cron's {@code next_run_date} is reached (and
 * its {@code end_time} is not past), it creates a run from the cron's payload (on the cron's thread, or on a new
 * thread that is deleted after the run unless {@code on_run_completed} is {@code keep}), then moves
 * {@code next_run_date} to the next tick. Failures to create the run are logged, not surfaced.
 */
final class CronScheduler {

    private static final System.Logger LOG = System.getLogger(CronScheduler.class.getName());

    private final ServerContext ctx;
    private final Db db;
    private final RunService runs;
    private final CronFiringAuth auth;

    CronScheduler(ServerContext ctx, RunService runs, AuthEngine auth) {
        this.ctx = ctx;
        this.db = ctx.db;
        this.runs = runs;
        this.auth = auth == null ? null : new CronFiringAuth(auth, ctx.db);
    }

    /** Schedules a cron's next firing if it is enabled and has one; call with the lock held. */
    void arm(CronRecord cron) {
        Instant at = cron.nextRunDate;
        if (cron.enabled && at != null) {
            ctx.timeline.schedule(at, () -> fire(cron.cronId, at));
        }
    }

    /** Sets a cron's next firing after the clock's current instant, and schedules it; call with the lock held. */
    void reschedule(CronRecord cron) {
        cron.nextRunDate = CronSchedules.next(cron.schedule, cron.timezone, db.clock.current());
        arm(cron);
    }

    private void fire(String cronId, Instant at) {
        CronRecord cron = db.tx(() -> {
            CronRecord c = db.crons.get(cronId);
            if (c == null || !c.enabled || !at.equals(c.nextRunDate) || (c.endTime != null && c.endTime.isBefore(at))) {
                return null; // deleted, disabled, rescheduled or over
            }
            Instant now = db.clock.current();
            c.nextRunDate = CronSchedules.next(c.schedule, c.timezone, now.isAfter(at) ? now : at);
            arm(c);
            return c;
        });
        if (cron == null) {
            return;
        }
        Map<String, Object> payload = db.tx(() -> Json.copyMap(cron.payload));
        if ("keep".equals(cron.onRunCompleted)) {
            payload.putIfAbsent("on_completion", "keep");
        }
        // A cron made by an authenticated user fires as that user: authorized and stamped like a request of theirs.
        BaseUser user = null;
        if (auth != null && cron.userId != null) {
            user = auth.authorize(cron, payload);
            if (user == null) {
                return; // refused, or its thread is hidden from its creator: logged
            }
        }
        BaseUser firingUser = user;
        try {
            AuthScope.with(Map.of(), firingUser, () -> runs.create(cron.threadId, new Body(payload), Map.of()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cron " + cronId + " could not create its run", e);
        }
    }
}
