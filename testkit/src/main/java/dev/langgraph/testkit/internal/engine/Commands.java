package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.GraphError;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How a run's {@code input} and {@code command} ({@code update}, {@code goto}, {@code resume}) are read. */
final class Commands {

    private Commands() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asUpdate(Object input) {
        if (!(input instanceof Map<?, ?>)) {
            throw new GraphError("InvalidUpdateError", "Expected dict, got " + Json.write(input));
        }
        return (Map<String, Object>) input;
    }

    /** {@code command.update} is an object or a list of {@code [key, value]} pairs. */
    static Map<String, Object> update(Object update) {
        if (update instanceof List<?>) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Object pair : (List<?>) update) {
                if (pair instanceof List<?> && ((List<?>) pair).size() == 2) {
                    m.put(String.valueOf(((List<?>) pair).get(0)), ((List<?>) pair).get(1));
                }
            }
            return m;
        }
        return asUpdate(update);
    }

    static List<String> gotoNodes(Graph graph, Object target) {
        List<String> nodes = new ArrayList<>();
        Collection<?> targets = target instanceof Collection<?> ? (Collection<?>) target : List.of(target);
        for (Object t : targets) {
            Object name = t instanceof Map<?, ?> ? ((Map<?, ?>) t).get("node") : t;
            if (name != null && !Graph.END.equals(name)) {
                if (!graph.nodeNames().contains(name.toString())) {
                    throw new GraphError("InvalidUpdateError", "Command goto to unknown node '" + name + "'");
                }
                nodes.add(name.toString());
            }
        }
        return nodes;
    }

    /**
     * The resume values for the interrupted tasks of {@code base}: a map keyed by interrupt ids resumes each
     * interrupt separately; any other value resumes every interrupted task.
     */
    static Map<String, ResumeCursor> resumeCursors(CheckpointRecord base, Object resume) {
        Map<String, ResumeCursor> cursors = new LinkedHashMap<>();
        Set<String> interruptIds = new LinkedHashSet<>();
        base.interrupts.values().forEach(list -> list.forEach(i -> interruptIds.add(String.valueOf(
                ((Map<?, ?>) i).get("id")))));
        boolean byId = resume instanceof Map<?, ?> && !((Map<?, ?>) resume).isEmpty()
                && interruptIds.containsAll(((Map<?, ?>) resume).keySet());
        for (String node : base.next) {
            List<Object> pending = base.interrupts.get(base.taskId(node));
            if (pending == null || pending.isEmpty()) {
                continue;
            }
            Object value = resume;
            if (byId) {
                Object id = ((Map<?, ?>) pending.get(pending.size() - 1)).get("id");
                if (!((Map<?, ?>) resume).containsKey(id)) {
                    continue;
                }
                value = ((Map<?, ?>) resume).get(id);
            }
            List<Object> values = new ArrayList<>(base.resumes.getOrDefault(node, List.of()));
            values.add(value);
            cursors.put(node, new ResumeCursor(values));
        }
        return cursors;
    }
}
