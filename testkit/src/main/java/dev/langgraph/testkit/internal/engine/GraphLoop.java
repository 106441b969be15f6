package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Channel;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.GraphError;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link Graph} in supersteps, as LangGraph's Pregel loop: every node due next runs on the same state
 * snapshot, updates are applied through the reducers after the step, a checkpoint is written per step, and the
 * {@code values}/{@code updates} events are emitted from that one execution. The root loop persists checkpoints on
 * the thread; a subgraph loop keeps them in memory and reports interrupts to its parent task.
 */
final class GraphLoop {

    private static final String INPUT = "__input__";

    private final Graph graph;
    private final RunEnv env;
    private final List<String> namespace;
    private final CheckpointSink sink;
    private final boolean root;
    private final ResumeCursor inheritedResume;
    private final Breakpoints breakpoints;

    private GraphLoop(Graph graph, RunEnv env, List<String> namespace, CheckpointSink sink, boolean root,
            ResumeCursor inheritedResume, Breakpoints breakpoints) {
        this.graph = graph;
        this.env = env;
        this.namespace = List.copyOf(namespace);
        this.sink = sink;
        this.root = root;
        this.inheritedResume = inheritedResume;
        this.breakpoints = breakpoints;
    }

    /** A loop for a run's graph, persisting on the thread. */
    static GraphLoop root(Graph graph, RunEnv env, CheckpointSink sink, Breakpoints breakpoints) {
        return new GraphLoop(graph, env, List.of(), sink, true, null, breakpoints);
    }

    /**
     * Runs the root graph for the run's kwargs: new input (input checkpoint, then from START), a command (update,
     * goto, resume), or {@code input: null} (continue with the pending nodes).
     */
    void runRoot(Map<String, Object> kwargs) {
        CheckpointRecord base = sink.latest();
        Map<String, Object> state = base == null ? new LinkedHashMap<>() : Json.copyMap(base.values);
        Map<String, Object> command = Json.mapAt(kwargs, "command");
        Object input = kwargs.get("input");
        List<String> next;
        Map<String, ResumeCursor> resumes = Map.of();
        boolean resuming = true;
        if (command != null) {
            next = base == null ? List.of() : base.next;
            if (command.containsKey("resume") && base != null) {
                resumes = resumeCursors(base, command.get("resume"));
            }
            boolean changed = false;
            if (command.get("update") != null) {
                state = applyWrites(state, List.of(commandUpdate(command.get("update"))));
                changed = true;
            }
            if (command.get("goto") != null) {
                next = gotoNodes(command.get("goto"));
                changed = true;
            }
            if (changed) {
                sink.write(base == null ? 0 : base.step + 1, "loop", state, next, List.of(Graph.START));
            }
        } else if (input != null) {
            resuming = false;
            int step = base == null ? -1 : base.step + 1;
            sink.write(step, "input", state, List.of(Graph.START), List.of(INPUT));
            applyDefaults(state);
            state = applyWrites(state, List.of(asUpdate(input)));
            next = graph.successors(Graph.START, state);
            sink.write(step + 1, "loop", state, next, List.of(Graph.START));
        } else {
            if (base == null) {
                return;
            }
            next = base.next;
        }
        env.emitter.emit("values", namespace, state);
        loop(state, next, resumes, resuming);
    }

    /** Runs a subgraph node's graph on its parent's state; returns the child's final state. */
    private Map<String, Object> runChild(Map<String, Object> parentState) {
        Map<String, Object> state = new LinkedHashMap<>();
        sink.write(-1, "input", state, List.of(Graph.START), List.of(INPUT));
        applyDefaults(state);
        state = applyWrites(state, List.of(ownKeys(parentState)));
        List<String> next = graph.successors(Graph.START, state);
        sink.write(0, "loop", state, next, List.of(Graph.START));
        env.emitter.emit("values", namespace, state);
        return loop(state, next, Map.of(), false);
    }

    private Map<String, Object> loop(Map<String, Object> state, List<String> next,
            Map<String, ResumeCursor> resumes, boolean resuming) {
        boolean first = true;
        int steps = 0;
        while (!next.isEmpty()) {
            env.checkCancelled();
            if (root && !(first && resuming) && breakpoints.before(next)) {
                return state;
            }
            if (++steps > env.recursionLimit) {
                throw new GraphError("GraphRecursionError", "Recursion limit of " + env.recursionLimit
                        + " reached without hitting a stop condition. You can increase the limit by setting the"
                        + " `recursion_limit` config key.");
            }
            CheckpointRecord checkpoint = sink.latest();
            int step = checkpoint.step + 1;
            Map<String, Object> view = Collections.unmodifiableMap(Json.copyMap(state));
            List<Map<String, Object>> writes = new ArrayList<>();
            Map<String, List<Object>> interrupts = new LinkedHashMap<>();
            Map<String, List<Object>> consumed = new LinkedHashMap<>();
            for (String node : next) {
                env.checkCancelled();
                String taskId = checkpoint.taskId(node);
                ResumeCursor resume = inheritedResume != null ? inheritedResume
                        : resumes.getOrDefault(node, new ResumeCursor(List.of()));
                try {
                    Map<String, Object> update = runTask(node, taskId, step, view, resume);
                    writes.add(update);
                    env.emitter.emit("updates", namespace, Json.obj(node, update));
                } catch (InterruptSignal signal) {
                    interrupts.put(taskId, new ArrayList<>(signal.interrupts));
                    consumed.put(node, resume.consumed());
                } catch (CancelledSignal signal) {
                    throw signal;
                } catch (RuntimeException | Error e) {
                    sink.failed(checkpoint, taskId, Failures.type(e) + "('" + Failures.message(e) + "')");
                    throw e;
                }
            }
            if (!interrupts.isEmpty()) {
                List<Object> all = new ArrayList<>();
                interrupts.values().forEach(all::addAll);
                if (!root) {
                    throw new InterruptSignal(all);
                }
                sink.interrupted(checkpoint, interrupts, consumed);
                env.emitter.emit("updates", namespace, Json.obj("__interrupt__", all));
                Map<String, Object> withInterrupts = Json.copyMap(state);
                withInterrupts.put("__interrupt__", all);
                env.emitter.emit("values", namespace, withInterrupts);
                return state;
            }
            state = applyWrites(state, writes);
            Set<String> following = new LinkedHashSet<>();
            for (String node : next) {
                following.addAll(graph.successors(node, state));
            }
            List<String> executed = next;
            next = List.copyOf(following);
            sink.write(step, "loop", state, next, executed);
            env.emitter.emit("values", namespace, state);
            if (root && breakpoints.after(executed) && !next.isEmpty()) {
                return state;
            }
            first = false;
            resumes = Map.of();
        }
        return state;
    }

    private Map<String, Object> runTask(String node, String taskId, int step, Map<String, Object> view,
            ResumeCursor resume) {
        Graph child = graph.subgraph(node).orElse(null);
        if (child != null) {
            List<String> childNamespace = new ArrayList<>(namespace);
            childNamespace.add(node + ":" + taskId);
            GraphLoop loop = new GraphLoop(child, env, childNamespace, new MemoryCheckpoints(env.run.threadId),
                    false, resume, breakpoints);
            return loop.ownKeys(loop.runChild(view));
        }
        NodeContextImpl ctx = new NodeContextImpl(env, namespace, node, taskId, step, view, resume);
        Map<String, ?> update = graph.node(node).orElseThrow().run(ctx);
        return update == null ? null : Json.copyMap(update);
    }

    private Map<String, Object> applyWrites(Map<String, Object> state, List<Map<String, Object>> writes) {
        Map<String, Object> result = Json.copyMap(state);
        for (Map<String, Object> write : writes) {
            if (write == null) {
                continue;
            }
            write.forEach((key, value) -> result.put(key,
                    Json.copy(graph.reducerFor(key).reduce(result.get(key), Json.copy(value)))));
        }
        return result;
    }

    private void applyDefaults(Map<String, Object> state) {
        for (Channel c : graph.channels().values()) {
            if (c.hasDefault() && !state.containsKey(c.name())) {
                state.put(c.name(), Json.copy(c.defaultValue()));
            }
        }
    }

    private Map<String, Object> ownKeys(Map<String, Object> state) {
        if (graph.channels().isEmpty()) {
            return Json.copyMap(state);
        }
        Map<String, Object> own = new LinkedHashMap<>();
        state.forEach((k, v) -> {
            if (graph.channels().containsKey(k)) {
                own.put(k, Json.copy(v));
            }
        });
        return own;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asUpdate(Object input) {
        if (!(input instanceof Map<?, ?>)) {
            throw new GraphError("InvalidUpdateError", "Expected dict, got " + Json.write(input));
        }
        return (Map<String, Object>) input;
    }

    /** {@code command.update} is an object or a list of {@code [key, value]} pairs. */
    private Map<String, Object> commandUpdate(Object update) {
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

    private List<String> gotoNodes(Object target) {
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
    private static Map<String, ResumeCursor> resumeCursors(CheckpointRecord base, Object resume) {
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
