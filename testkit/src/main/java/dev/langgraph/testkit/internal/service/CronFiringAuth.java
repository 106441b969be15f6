package dev.langgraph.testkit.internal.service;

import dev.langgraph.auth.AuthEngine;
import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.AuthOutcome;
import dev.langgraph.auth.BaseUser;
import dev.langgraph.auth.User;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CronRecord;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.ThreadRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Authorizes a cron firing as the Python server's scheduler does: the run is created as the cron's creator, a user
 * with the stored identity only (that server keeps {@code user_id} on the cron and rebuilds a user with no
 * permissions), through the same {@code threads:create_run} handler as a request: its changes to the run
 * (e.g. {@code metadata.owner}) are kept, and its filter must match the cron's thread, else no run is created (the
 * server logs "Thread or assistant not found."). A refusal is logged, never surfaced, like any failed firing.
 * Unlike that server, which first looks for a {@code langgraph_auth_user} in the cron's payload (a body the client
 * wrote), the firing user comes from the stored identity only, so a cron cannot be made to fire as someone else.
 */
final class CronFiringAuth {

    private static final System.Logger LOG = System.getLogger(CronFiringAuth.class.getName());
    /** The payload keys the create_run value names; the rest of the payload is its {@code kwargs}. */
    private static final Set<String> NAMED = Set.of("assistant_id", "metadata", "multitask_strategy",
            "if_not_exists", "after_seconds");

    private final AuthEngine engine;
    private final Db db;

    CronFiringAuth(AuthEngine engine, Db db) {
        this.engine = engine;
        this.db = db;
    }

    /**
     * Decides a firing.
     *
     * @param cron the cron, created with auth ({@code userId} set)
     * @param payload the run body about to be created, changed in place as the handler changed the value
     * @return the user to create the run as, or null when the firing must not create a run
     */
    BaseUser authorize(CronRecord cron, Map<String, Object> payload) {
        BaseUser user = User.of(cron.userId);
        Map<String, Object> kwargs = new LinkedHashMap<>();
        payload.forEach((k, v) -> {
            if (!NAMED.contains(k)) {
                kwargs.put(k, v);
            }
        });
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("thread_id", cron.threadId);
        value.put("assistant_id", payload.get("assistant_id"));
        value.put("status", "pending");
        value.put("metadata", payload.get("metadata") == null ? Json.obj() : payload.get("metadata"));
        value.put("multitask_strategy", payload.get("multitask_strategy"));
        value.put("if_not_exists", payload.get("if_not_exists"));
        value.put("after_seconds", payload.get("after_seconds"));
        value.put("kwargs", kwargs);
        AuthOutcome outcome;
        try {
            outcome = engine.authorize(user, AuthEvent.THREADS_CREATE_RUN, value);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Cron " + cron.cronId + " has a payload its auth cannot read", e);
            return null;
        }
        if (outcome instanceof AuthOutcome.Denied denied) {
            LOG.log(System.Logger.Level.WARNING, "Cron " + cron.cronId + " could not create its run: "
                    + denied.status() + " " + denied.detail());
            return null;
        }
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) outcome;
        Map<String, Object> changed = allowed.value().asMap();
        if (!threadVisible(cron.threadId, allowed.filter().orElse(null))) {
            LOG.log(System.Logger.Level.WARNING, "Cron " + cron.cronId + " could not create its run: 404 Thread or"
                    + " assistant not found.");
            return null;
        }
        payload.keySet().removeIf(k -> !NAMED.contains(k));
        Object changedKwargs = changed.get("kwargs");
        if (changedKwargs instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!NAMED.contains(String.valueOf(k))) {
                    payload.put(String.valueOf(k), Json.copy(v));
                }
            });
        }
        payload.put("metadata", Json.copy(changed.get("metadata")));
        return user;
    }

    /** Whether the cron's thread (if it has one and it still exists) matches the handler's filter. */
    private boolean threadVisible(String threadId, Map<String, Object> filter) {
        if (threadId == null || filter == null) {
            return true;
        }
        return db.tx(() -> {
            ThreadRecord t = db.threads.get(threadId);
            return t == null || AuthScope.matches(filter, t.metadata == null ? Map.of() : t.metadata);
        });
    }
}
