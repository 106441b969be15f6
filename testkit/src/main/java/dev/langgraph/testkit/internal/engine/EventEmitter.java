package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.RunRecord;
import java.util.List;

/**
 * Writes a run's SSE events for the requested stream modes. Subgraph events are namespaced
 * ({@code updates|inner:<task id>}) with {@code stream_subgraphs} and dropped otherwise, except {@code custom} and
 * message events, which pass through un-namespaced (as observed on the real servers); {@code events} records are
 * never namespaced. The legacy {@code messages} mode is served only when {@code messages-tuple} is not requested
 * too (as the Python server does).
 */
final class EventEmitter {

    private final RunRecord run;

    EventEmitter(RunRecord run) {
        this.run = run;
    }

    /** Whether an event of {@code mode} from {@code namespace} would be written. */
    boolean wants(String mode, List<String> namespace) {
        if (!run.streamModes.contains(requestedMode(mode))) {
            return false;
        }
        if (mode.startsWith("messages/") && run.streamModes.contains("messages-tuple")) {
            return false;
        }
        return namespace.isEmpty() || run.streamSubgraphs || passesThrough(mode);
    }

    /** Emits a stream-mode event if the run asked for it. */
    void emit(String mode, List<String> namespace, Object data) {
        if (!wants(mode, namespace)) {
            return;
        }
        boolean nested = !namespace.isEmpty() && run.streamSubgraphs && !mode.equals("events");
        String name = nested ? mode + "|" + String.join("|", namespace) : mode;
        run.events.append(name, Json.write(data));
        if (mode.equals("values") && namespace.isEmpty()) {
            run.lastValues = Json.copy(data);
        }
    }

    /** Emits an event whatever the stream modes ({@code metadata}, {@code error}). */
    void always(String name, Object data) {
        run.events.append(name, Json.write(data));
    }

    /** The stream mode that asks for an event: {@code messages} events come from {@code messages-tuple}. */
    private static String requestedMode(String mode) {
        if (mode.equals("messages")) {
            return "messages-tuple";
        }
        return mode.startsWith("messages/") ? "messages" : mode;
    }

    private static boolean passesThrough(String mode) {
        return mode.equals("custom") || mode.startsWith("messages") || mode.equals("events");
    }
}
