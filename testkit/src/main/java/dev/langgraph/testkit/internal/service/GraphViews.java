package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.graph.Channel;
import dev.langgraph.testkit.graph.Edge;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The drawing ({@code /graph}), JSON schemas ({@code /schemas}) and subgraph schemas of a graph. */
final class GraphViews {

    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private GraphViews() {
    }

    /** {@code {nodes, edges}}; with {@code xray > 0} subgraph nodes are expanded ({@code inner:inner_1}). */
    static Map<String, Object> drawing(Graph graph, int xray) {
        List<Object> nodes = new ArrayList<>();
        List<Object> edges = new ArrayList<>();
        nodes.add(Json.obj("id", Graph.START, "type", "schema", "data", Graph.START));
        Map<String, Entry> entries = new LinkedHashMap<>();
        draw(graph, "", xray, nodes, edges, entries);
        nodes.add(Json.obj("id", Graph.END, "type", "schema", "data", Graph.END));
        for (Edge e : graph.edges()) {
            for (String source : entries.getOrDefault(e.source(), Entry.of(e.source())).exits) {
                for (String target : entries.getOrDefault(e.target(), Entry.of(e.target())).entries) {
                    edges.add(edge(source, target, e.conditional()));
                }
            }
        }
        return Json.obj("nodes", nodes, "edges", edges);
    }

    /** Node ids a parent edge enters and leaves a (possibly expanded) node by. */
    private static final class Entry {
        final List<String> entries = new ArrayList<>();
        final List<String> exits = new ArrayList<>();

        static Entry of(String id) {
            Entry e = new Entry();
            e.entries.add(id);
            e.exits.add(id);
            return e;
        }
    }

    private static void draw(Graph graph, String prefix, int xray, List<Object> nodes, List<Object> edges,
            Map<String, Entry> entries) {
        for (String name : graph.nodeNames()) {
            Graph child = graph.subgraph(name).orElse(null);
            String id = prefix + name;
            if (child == null || xray <= 0) {
                nodes.add(Json.obj("id", id, "type", "runnable", "data", Json.obj("id", child == null
                        ? List.of("langgraph", "utils", "RunnableCallable")
                        : List.of("langgraph", "graph", "state", "CompiledStateGraph"),
                        "name", child == null ? name : "LangGraph"), "metadata", Json.obj()));
                continue;
            }
            Map<String, Entry> inner = new LinkedHashMap<>();
            draw(child, id + ":", xray - 1, nodes, edges, inner);
            Entry entry = new Entry();
            for (Edge e : child.edges()) {
                Entry source = inner.getOrDefault(e.source(), Entry.of(id + ":" + e.source()));
                Entry target = inner.getOrDefault(e.target(), Entry.of(id + ":" + e.target()));
                if (e.source().equals(Graph.START)) {
                    entry.entries.addAll(target.entries);
                } else if (e.target().equals(Graph.END)) {
                    entry.exits.addAll(source.exits);
                } else {
                    source.exits.forEach(s -> target.entries.forEach(t -> edges.add(edge(s, t, e.conditional()))));
                }
            }
            entries.put(name, entry);
        }
    }

    private static Map<String, Object> edge(String source, String target, boolean conditional) {
        Map<String, Object> e = Json.obj("source", source, "target", target);
        if (conditional) {
            e.put("conditional", true);
        }
        return e;
    }

    /** Parses {@code xray}: {@code true}/{@code false} or a positive depth. */
    static int xray(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return 0;
        }
        if (value.equalsIgnoreCase("true")) {
            return Integer.MAX_VALUE;
        }
        try {
            int depth = Integer.parseInt(value);
            if (depth > 0) {
                return depth;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the 422
        }
        throw HttpError.unprocessable("Invalid xray value");
    }

    /** {@code {graph_id, input_schema, output_schema, state_schema, config_schema, context_schema}}. */
    static Map<String, Object> schemas(String graphId, Graph graph) {
        Map<String, Object> m = Json.obj("graph_id", graphId);
        m.putAll(schemaSet(graph));
        return m;
    }

    /** {@code {"<ns>": {...schemas}}}: direct subgraph nodes, or with {@code recurse} every nested one. */
    static Map<String, Object> subgraphs(Graph graph, String namespace, boolean recurse) {
        Map<String, Object> result = new LinkedHashMap<>();
        collect(graph, "", namespace, recurse, result);
        return result;
    }

    private static void collect(Graph graph, String prefix, String namespace, boolean recurse,
            Map<String, Object> result) {
        graph.subgraphs().forEach((name, child) -> {
            String key = prefix + name;
            if (namespace == null || namespace.equals(key)) {
                result.put(key, schemaSet(child));
            }
            if (recurse) {
                collect(child, key + "|", namespace, true, result);
            }
        });
    }

    private static Map<String, Object> schemaSet(Graph graph) {
        Map<String, Object> state = stateSchema(graph);
        return Json.obj("input_schema", state, "output_schema", Json.copy(state), "state_schema", Json.copy(state),
                "config_schema", Json.obj("type", "object", "$schema", DRAFT_07),
                "context_schema", Json.obj("type", "object", "$schema", DRAFT_07));
    }

    private static Map<String, Object> stateSchema(Graph graph) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Channel c : graph.channels().values()) {
            properties.put(c.name(), typeOf(c.defaultValue()));
        }
        return Json.obj("type", "object", "properties", properties, "$schema", DRAFT_07);
    }

    private static Map<String, Object> typeOf(Object sample) {
        if (sample instanceof Number) {
            return Json.obj("type", "number");
        }
        if (sample instanceof String) {
            return Json.obj("type", "string");
        }
        if (sample instanceof Boolean) {
            return Json.obj("type", "boolean");
        }
        if (sample instanceof List<?>) {
            return Json.obj("type", "array");
        }
        if (sample instanceof Map<?, ?>) {
            return Json.obj("type", "object");
        }
        return Json.obj();
    }
}
