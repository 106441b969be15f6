package dev.langgraph.testkit.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A scripted graph: state channels with reducers, nodes written in Java, static and conditional edges, and
 * subgraph nodes. The fake server runs it in supersteps as LangGraph does (all nodes of a step see the same
 * state; their updates are applied together; a checkpoint is written after each step) and derives every view
 * from that one execution: stream events, checkpoints, history, thread state and interrupts.
 *
 * <pre>{@code
 * Graph counter = Graph.builder()
 *     .channel("count", Reducers.lastValue(), 0)
 *     .channel("visited", Reducers.append(), List.of())
 *     .node("add_a", ctx -> Map.of("count", ((Number) ctx.get("count")).intValue() + 1, "visited", List.of("add_a")))
 *     .edge(Graph.START, "add_a")
 *     .edge("add_a", Graph.END)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe once built (as long as the nodes and routers are).
 */
public final class Graph {

    /** The virtual entry node, source of the first edge. */
    public static final String START = "__start__";
    /** The virtual exit node. */
    public static final String END = "__end__";

    private final Map<String, Channel> channels;
    private final Map<String, Node> nodes;
    private final Map<String, Graph> subgraphs;
    private final List<String> nodeNames;
    private final Map<String, List<String>> staticEdges;
    private final Map<String, List<Conditional>> conditionalEdges;

    private Graph(Builder b) {
        this.channels = Collections.unmodifiableMap(new LinkedHashMap<>(b.channels));
        this.nodes = Map.copyOf(b.nodes);
        this.subgraphs = Map.copyOf(b.subgraphs);
        this.nodeNames = List.copyOf(b.nodeNames);
        Map<String, List<String>> edges = new LinkedHashMap<>();
        b.staticEdges.forEach((k, v) -> edges.put(k, List.copyOf(v)));
        this.staticEdges = Collections.unmodifiableMap(edges);
        Map<String, List<Conditional>> conditionals = new LinkedHashMap<>();
        b.conditionalEdges.forEach((k, v) -> conditionals.put(k, List.copyOf(v)));
        this.conditionalEdges = Collections.unmodifiableMap(conditionals);
    }

    /**
     * Starts a new graph definition.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the declared channels in declaration order.
     *
     * @return the channels by name (read-only)
     */
    public Map<String, Channel> channels() {
        return channels;
    }

    /**
     * Returns the reducer for a state key: the channel's, or {@link Reducers#lastValue()} for an undeclared key
     * (the fake accepts undeclared keys; see the README's divergences).
     *
     * @param key the state key
     * @return the reducer
     */
    public Reducer reducerFor(String key) {
        Channel c = channels.get(key);
        return c == null ? Reducers.lastValue() : c.reducer();
    }

    /**
     * Returns the node names in the order they were added.
     *
     * @return the node names (read-only)
     */
    public List<String> nodeNames() {
        return nodeNames;
    }

    /**
     * Returns a function node.
     *
     * @param name the node name
     * @return the node, or empty when there is no such node or it is a subgraph node
     */
    public Optional<Node> node(String name) {
        return Optional.ofNullable(nodes.get(name));
    }

    /**
     * Returns the graph run by a subgraph node.
     *
     * @param name the node name
     * @return the subgraph, or empty when the node is not a subgraph node
     */
    public Optional<Graph> subgraph(String name) {
        return Optional.ofNullable(subgraphs.get(name));
    }

    /**
     * Returns the subgraph nodes in node order.
     *
     * @return subgraphs by node name (read-only)
     */
    public Map<String, Graph> subgraphs() {
        Map<String, Graph> result = new LinkedHashMap<>();
        for (String n : nodeNames) {
            if (subgraphs.containsKey(n)) {
                result.put(n, subgraphs.get(n));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Returns the nodes that run after {@code source}: the targets of its static edges, then what its routers
     * choose for this state, without {@link #END} and without duplicates.
     *
     * @param source a node name or {@link #START}
     * @param state the state after the superstep that ran {@code source}
     * @return the next nodes, empty when the graph ends here
     * @throws IllegalStateException if a router returns an unknown node
     * @throws RuntimeException whatever a router throws
     */
    public List<String> successors(String source, Map<String, Object> state) {
        Set<String> next = new LinkedHashSet<>(staticEdges.getOrDefault(source, List.of()));
        Map<String, Object> view = Collections.unmodifiableMap(state);
        for (Conditional c : conditionalEdges.getOrDefault(source, List.of())) {
            String target = c.router.route(view);
            if (target == null || END.equals(target)) {
                continue;
            }
            if (!nodes.containsKey(target) && !subgraphs.containsKey(target)) {
                throw new IllegalStateException("Router of '" + source + "' returned unknown node '" + target + "'");
            }
            next.add(target);
        }
        next.remove(END);
        return List.copyOf(next);
    }

    /**
     * Returns the edges for drawing: static edges, then each router's declared targets as conditional edges.
     *
     * @return the edges
     */
    public List<Edge> edges() {
        List<Edge> result = new ArrayList<>();
        staticEdges.forEach((s, targets) -> targets.forEach(t -> result.add(new Edge(s, t, false))));
        conditionalEdges.forEach((s, list) -> list.forEach(
                c -> c.targets.forEach(t -> result.add(new Edge(s, t, true)))));
        return result;
    }

    private static final class Conditional {
        final Router router;
        final List<String> targets;

        Conditional(Router router, List<String> targets) {
            this.router = router;
            this.targets = targets;
        }
    }

    /** Defines a {@link Graph}. Not thread-safe. */
    public static final class Builder {

        private final Map<String, Channel> channels = new LinkedHashMap<>();
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final Map<String, Graph> subgraphs = new LinkedHashMap<>();
        private final List<String> nodeNames = new ArrayList<>();
        private final Map<String, List<String>> staticEdges = new LinkedHashMap<>();
        private final Map<String, List<Conditional>> conditionalEdges = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares a state channel without default: the key stays absent until written.
         *
         * @param name the state key
         * @param reducer how updates combine with the current value
         * @return this builder
         * @throws IllegalArgumentException if the channel exists already
         * @throws NullPointerException if an argument is null
         */
        public Builder channel(String name, Reducer reducer) {
            return addChannel(new Channel(name, reducer, null, false));
        }

        /**
         * Declares a state channel with a default, set when a run starts and the key is unset (as an
         * {@code Annotation} default in LangGraph.js).
         *
         * @param name the state key
         * @param reducer how updates combine with the current value
         * @param defaultValue the default (JSON-like; copied for every run)
         * @return this builder
         * @throws IllegalArgumentException if the channel exists already
         * @throws NullPointerException if the name or reducer is null
         */
        public Builder channel(String name, Reducer reducer, Object defaultValue) {
            return addChannel(new Channel(name, reducer, defaultValue, true));
        }

        /**
         * Adds a node.
         *
         * @param name the node name (not {@link #START} or {@link #END}, no {@code |} or {@code :})
         * @param node what the node does
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved, invalid or taken
         * @throws NullPointerException if an argument is null
         */
        public Builder node(String name, Node node) {
            checkNewNode(name);
            nodes.put(name, Objects.requireNonNull(node, "node"));
            nodeNames.add(name);
            return this;
        }

        /**
         * Adds a node that runs another graph on the shared state keys. Its events appear namespaced
         * ({@code updates|name:<task id>}) when the run streams subgraphs, and its output (the child's final values
         * of its own channels) is the node's update.
         *
         * @param name the node name
         * @param graph the child graph
         * @return this builder
         * @throws IllegalArgumentException if the name is reserved, invalid or taken
         * @throws NullPointerException if an argument is null
         */
        public Builder subgraph(String name, Graph graph) {
            checkNewNode(name);
            subgraphs.put(name, Objects.requireNonNull(graph, "graph"));
            nodeNames.add(name);
            return this;
        }

        /**
         * Adds a static edge; several edges from one node fan out into one superstep.
         *
         * @param from a node name or {@link #START}
         * @param to a node name or {@link #END}
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder edge(String from, String to) {
            staticEdges.computeIfAbsent(Objects.requireNonNull(from, "from"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(to, "to"));
            return this;
        }

        /**
         * Adds a conditional edge: after {@code from} runs, {@code router} picks the next node.
         *
         * @param from a node name or {@link #START}
         * @param router picks the next node (or {@link #END})
         * @param possibleTargets the nodes the router may pick, for drawing the graph (optional)
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder conditionalEdge(String from, Router router, String... possibleTargets) {
            conditionalEdges.computeIfAbsent(Objects.requireNonNull(from, "from"), k -> new ArrayList<>())
                    .add(new Conditional(Objects.requireNonNull(router, "router"), List.of(possibleTargets)));
            return this;
        }

        /**
         * Builds the graph.
         *
         * @return the immutable graph
         * @throws IllegalStateException if nothing leaves {@link #START}, or an edge names an unknown node
         */
        public Graph build() {
            if (!staticEdges.containsKey(START) && !conditionalEdges.containsKey(START)) {
                throw new IllegalStateException("The graph needs an edge from START");
            }
            staticEdges.forEach((from, targets) -> {
                checkKnown(from, true);
                targets.forEach(t -> checkKnown(t, false));
            });
            conditionalEdges.forEach((from, list) -> {
                checkKnown(from, true);
                list.forEach(c -> c.targets.forEach(t -> checkKnown(t, false)));
            });
            return new Graph(this);
        }

        private Builder addChannel(Channel c) {
            if (channels.putIfAbsent(c.name(), c) != null) {
                throw new IllegalArgumentException("Channel '" + c.name() + "' is already declared");
            }
            return this;
        }

        private void checkNewNode(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isEmpty() || name.equals(START) || name.equals(END) || name.contains("|") || name.contains(":")) {
                throw new IllegalArgumentException("Invalid node name '" + name + "'");
            }
            if (nodeNames.contains(name)) {
                throw new IllegalArgumentException("Node '" + name + "' already exists");
            }
        }

        private void checkKnown(String name, boolean source) {
            boolean ok = nodeNames.contains(name) || (source ? START.equals(name) : END.equals(name));
            if (!ok) {
                throw new IllegalStateException("Edge refers to unknown node '" + name + "'");
            }
        }
    }
}
