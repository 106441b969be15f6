package dev.langgraph.testkit.internal.routes;

import com.sun.net.httpserver.HttpExchange;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.SseStream;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.RunEvents;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Streams an event log (a run's, or a thread's) as SSE from a given index until the log ends: each event written and
 * flushed as soon as it is appended, a heartbeat comment during silences, and a callback when the client goes away.
 */
final class RunEventsReply extends Reply {

    private final RunEvents events;
    private final int from;
    private final boolean withIds;
    private final Predicate<RunEvents.Event> filter;
    private final long heartbeatMillis;
    private final OnDisconnect onDisconnect;
    private final Map<String, Object> errorOnly;

    private RunEventsReply(RunEvents events, int from, boolean withIds, Predicate<RunEvents.Event> filter,
            long heartbeatMillis, OnDisconnect onDisconnect, Map<String, Object> errorOnly) {
        super(200, null, null);
        this.events = events;
        this.from = from;
        this.withIds = withIds;
        this.filter = filter;
        this.heartbeatMillis = heartbeatMillis;
        this.onDisconnect = onDisconnect;
        this.errorOnly = errorOnly;
    }

    /** Streams {@code events} from index {@code from}, those that pass {@code filter}. */
    static RunEventsReply of(RunEvents events, int from, boolean withIds, Predicate<RunEvents.Event> filter,
            long heartbeatMillis, OnDisconnect onDisconnect) {
        return new RunEventsReply(events, from, withIds, filter, heartbeatMillis, onDisconnect, null);
    }

    /** A stream holding one {@code error} event (join-stream of a missing run or thread). */
    static RunEventsReply error(Map<String, Object> error) {
        return new RunEventsReply(null, 0, false, e -> true, 0, OnDisconnect.IGNORE, error);
    }

    @Override
    public void send(HttpExchange exchange) throws IOException {
        try (SseStream sse = new SseStream(exchange, headers())) {
            if (errorOnly != null) {
                sse.event("error", Json.write(errorOnly), null);
                return;
            }
            pump(sse);
        }
    }

    private void pump(SseStream sse) {
        int next = from;
        long heartbeat = onDisconnect.keepAliveMillis(heartbeatMillis);
        long wait = heartbeat > 0 ? heartbeat : 60_000;
        try {
            while (true) {
                List<RunEvents.Event> batch = events.await(next, wait);
                if (batch.isEmpty()) {
                    if (events.isClosed()) {
                        return;
                    }
                    if (heartbeat > 0) {
                        sse.comment("heartbeat");
                    }
                    continue;
                }
                for (RunEvents.Event e : batch) {
                    if (filter.test(e)) {
                        sse.event(e.name(), e.data(), withIds ? e.id() : null);
                    }
                    next = e.id() + 1;
                }
            }
        } catch (IOException clientGone) {
            onDisconnect.clientGone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
