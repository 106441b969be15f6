package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.RunRecord;
import java.util.List;

/**
 * Turns what a graph produces into the run's SSE events: only the requested stream modes, subgraph events
 * namespaced ({@code updates|inner:<task id>}) when {@code stream_subgraphs} is on and dropped otherwise (except
 * {@code custom} and {@code messages}, which pass through un-namespaced, as observed on the real servers).
 */
final class EventEmitter {

    private final RunRecord run;

    EventEmitter(RunRecord run) {
        this.run = run;
    }

    /** Emits a stream-mode event if the run asked for it. */
    void emit(String mode, List<String> namespace, Object data) {
        boolean nested = !namespace.isEmpty();
        if (nested && !run.streamSubgraphs && !mode.equals("custom") && !mode.equals("messages")) {
            return;
        }
        String requested = mode.equals("messages") ? "messages-tuple" : mode;
        if (!run.streamModes.contains(requested)) {
            return;
        }
        String name = nested && run.streamSubgraphs ? mode + "|" + String.join("|", namespace) : mode;
        run.events.append(name, Json.write(data));
        if (mode.equals("values") && !nested) {
            run.lastValues = Json.copy(data);
        }
    }

    /** Emits an event whatever the stream modes ({@code metadata}, {@code error}). */
    void always(String name, Object data) {
        run.events.append(name, Json.write(data));
    }
}
