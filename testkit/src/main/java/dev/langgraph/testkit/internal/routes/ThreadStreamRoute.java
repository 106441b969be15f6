package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Request;
import dev.langgraph.testkit.internal.model.RunEvents;
import dev.langgraph.testkit.internal.service.ThreadService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /threads/{id}/stream}: the thread's stream, open until the client leaves. {@code run_modes} (the
 * default) sends the events of every run on the thread, their {@code metadata} and the {@code run_done} markers;
 * {@code lifecycle} only the {@code metadata} events (run start {@code {run_id, attempt}}, run end
 * {@code {status: run_done, run_id}}); {@code state_update} the state updates. {@code Last-Event-ID} replays after
 * an id ({@code -} from the start).
 */
final class ThreadStreamRoute {

    private static final Set<String> MODES = Set.of("run_modes", "lifecycle", "state_update");

    private final ThreadService threads;
    private final long heartbeatMillis;

    ThreadStreamRoute(ThreadService threads, long heartbeatMillis) {
        this.threads = threads;
        this.heartbeatMillis = heartbeatMillis;
    }

    Reply handle(Request r) {
        Set<String> modes = modes(r);
        RunEvents events = threads.events(r.param("thread_id"));
        int from = Queries.replayFrom(r.header("Last-Event-ID"), events.size());
        Predicate<RunEvents.Event> filter = e -> e.name().equals("state_update") ? modes.contains("state_update")
                : modes.contains("run_modes") || (modes.contains("lifecycle") && e.name().equals("metadata"));
        return RunEventsReply.of(events, from, true, filter, heartbeatMillis, OnDisconnect.IGNORE);
    }

    /** {@code stream_mode} (as the SDKs send it) or {@code stream_modes}, repeated or comma-separated. */
    private static Set<String> modes(Request r) {
        Set<String> modes = new LinkedHashSet<>();
        for (String name : List.of("stream_mode", "stream_modes")) {
            for (String value : r.queryAll(name)) {
                for (String mode : value.split(",")) {
                    if (!MODES.contains(mode.trim())) {
                        throw HttpError.unprocessable("Invalid stream mode: " + mode.trim());
                    }
                    modes.add(mode.trim());
                }
            }
        }
        if (modes.isEmpty()) {
            modes.add("run_modes");
        }
        return modes;
    }
}
