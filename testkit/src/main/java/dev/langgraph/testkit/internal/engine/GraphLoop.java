package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.Channel;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.GraphError;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.CheckpointRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a {@link Graph} in supersteps, as LangGraph's Pregel loop: every node due next runs on the same state
 * snapshot, updates are applied through the reducers after the step, and a checkpoint is written per step. It
 * reports each checkpoint, task start and end, and state to the run's {@link RunStreams}, which derives every stream
 * mode from that one execution. The root loop persists checkpoints on the thread; a subgraph loop keeps them in
 * memory and reports interrupts to its parent task.
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
    private final Map<String, String> checkpointMap;

    private GraphLoop(Graph graph, RunEnv env, List<String> namespace, CheckpointSink sink,
            ResumeCursor inheritedResume, Breakpoints breakpoints, Map<String, String> checkpointMap) {
        this.graph = graph;
        this.env = env;
        this.namespace = List.copyOf(namespace);
        this.sink = sink;
        this.root = namespace.isEmpty();
        this.inheritedResume = inheritedResume;
        this.breakpoints = breakpoints;
        this.checkpointMap = checkpointMap;
    }

    /** A loop for a run's graph, persisting on the thread. */
    static GraphLoop root(Graph graph, RunEnv env, CheckpointSink sink, Breakpoints breakpoints) {
        return new GraphLoop(graph, env, List.of(), sink, null, breakpoints, null);
    }

    /**
     * Runs the root graph for the run's kwargs: new input (input checkpoint, then from START), a command (update,
     * goto, resume), or {@code input: null} (continue with the pending nodes).
     *
     * @return the final state, {@code null} when there was nothing to run
     */
    Map<String, Object> runRoot(Map<String, Object> kwargs) {
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
                resumes = Commands.resumeCursors(base, command.get("resume"));
            }
            boolean changed = command.get("update") != null || command.get("goto") != null;
            if (command.get("update") != null) {
                state = applyWrites(state, List.of(Commands.update(command.get("update"))));
            }
            if (command.get("goto") != null) {
                next = Commands.gotoNodes(graph, command.get("goto"));
            }
            env.streams.values(namespace, state);
            if (changed) {
                checkpoint(base == null ? 0 : base.step + 1, "loop", state, next, List.of(Graph.START));
            }
        } else if (input != null) {
            resuming = false;
            int step = base == null ? -1 : base.step + 1;
            checkpoint(step, "input", state, List.of(Graph.START), List.of(INPUT));
            applyDefaults(state);
            state = applyWrites(state, List.of(Commands.asUpdate(input)));
            next = graph.successors(Graph.START, state);
            env.streams.values(namespace, state);
            checkpoint(step + 1, "loop", state, next, List.of(Graph.START));
        } else {
            if (base == null) {
                return null;
            }
            next = base.next;
            env.streams.values(namespace, state);
        }
        return loop(state, next, resumes, resuming);
    }

    /** Runs a subgraph node's graph on its parent's state; returns the child's final state. */
    private Map<String, Object> runChild(Map<String, Object> parentState) {
        Map<String, Object> state = new LinkedHashMap<>();
        checkpoint(-1, "input", state, List.of(Graph.START), List.of(INPUT));
        applyDefaults(state);
        state = applyWrites(state, List.of(ownKeys(parentState)));
        List<String> next = graph.successors(Graph.START, state);
        env.streams.values(namespace, state);
        checkpoint(0, "loop", state, next, List.of(Graph.START));
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
            List<TaskInfo> tasks = new ArrayList<>();
            next.forEach(node -> tasks.add(new TaskInfo(namespace, node, checkpoint.taskId(node), step)));
            env.streams.stepStarting(tasks, view);
            List<Map<String, Object>> writes = new ArrayList<>();
            Map<String, List<Object>> interrupts = new LinkedHashMap<>();
            Map<String, List<Object>> consumed = new LinkedHashMap<>();
            for (TaskInfo task : tasks) {
                env.checkCancelled();
                ResumeCursor resume = inheritedResume != null ? inheritedResume
                        : resumes.getOrDefault(task.node(), new ResumeCursor(List.of()));
                try {
                    env.streams.nodeStarted(task, view);
                    Map<String, Object> update = runTask(task, checkpoint, view, resume);
                    writes.add(update);
                    env.streams.nodeFinished(task, view, update);
                } catch (InterruptSignal signal) {
                    interrupts.put(task.taskId(), new ArrayList<>(signal.interrupts));
                    consumed.put(task.node(), resume.consumed());
                    env.streams.nodeInterrupted(task, signal.interrupts);
                } catch (CancelledSignal signal) {
                    throw signal;
                } catch (RuntimeException | Error e) {
                    sink.failed(checkpoint, task.taskId(), Failures.type(e) + "('" + Failures.message(e) + "')");
                    env.streams.nodeFailed(task, Failures.json(e));
                    throw e;
                }
            }
            if (!interrupts.isEmpty()) {
                return interrupted(state, checkpoint, interrupts, consumed);
            }
            state = applyWrites(state, writes);
            Set<String> following = new LinkedHashSet<>();
            for (String node : next) {
                following.addAll(graph.successors(node, state));
            }
            List<String> executed = next;
            next = List.copyOf(following);
            env.streams.values(namespace, state);
            checkpoint(step, "loop", state, next, executed);
            if (root && breakpoints.after(executed) && !next.isEmpty()) {
                return state;
            }
            first = false;
            resumes = Map.of();
        }
        return state;
    }

    /** Ends the loop on interrupts: a subgraph hands them to its parent task; the root records and reports them. */
    private Map<String, Object> interrupted(Map<String, Object> state, CheckpointRecord checkpoint,
            Map<String, List<Object>> interrupts, Map<String, List<Object>> consumed) {
        List<Object> all = new ArrayList<>();
        interrupts.values().forEach(all::addAll);
        if (!root) {
            throw new InterruptSignal(all);
        }
        sink.interrupted(checkpoint, interrupts, consumed);
        env.streams.updates(namespace, Json.obj("__interrupt__", all));
        Map<String, Object> withInterrupts = Json.copyMap(state);
        withInterrupts.put("__interrupt__", all);
        env.streams.values(namespace, withInterrupts);
        return state;
    }

    private Map<String, Object> runTask(TaskInfo task, CheckpointRecord checkpoint, Map<String, Object> view,
            ResumeCursor resume) {
        Graph child = graph.subgraph(task.node()).orElse(null);
        if (child != null) {
            Map<String, String> childMap = new LinkedHashMap<>(checkpointMap == null ? Map.of() : checkpointMap);
            childMap.put(String.join("|", namespace), checkpoint.checkpointId);
            GraphLoop loop = new GraphLoop(child, env, task.childNamespace(),
                    new MemoryCheckpoints(env.run.threadId, env.clock), resume, breakpoints, childMap);
            return loop.ownKeys(loop.runChild(view));
        }
        NodeContextImpl ctx = new NodeContextImpl(env, task, view, resume);
        Map<String, ?> update = graph.node(task.node()).orElseThrow().run(ctx);
        return update == null ? null : Json.copyMap(update);
    }

    /** Writes a checkpoint and reports it. */
    private void checkpoint(int step, String source, Map<String, Object> state, List<String> next,
            List<String> writtenBy) {
        CheckpointRecord cp = sink.write(step, source, state, next, writtenBy);
        env.streams.checkpoint(namespace, checkpointMap, cp, graph);
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
}
