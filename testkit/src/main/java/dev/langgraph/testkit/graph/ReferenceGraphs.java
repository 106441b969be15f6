package dev.langgraph.testkit.graph;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seven reference graphs of the project's peer server ({@code echo}, {@code counter}, {@code interrupt},
 * {@code slow}, {@code fail}, {@code subgraph}, {@code custom}), written with {@link Graph}, so that one scenario
 * runs the same against the fake and against a real LangGraph server.
 */
public final class ReferenceGraphs {

    private ReferenceGraphs() {
    }

    /**
     * Returns all reference graphs by graph id, in the order listed above.
     *
     * @return a read-only map of graph id to graph
     */
    public static Map<String, Graph> all() {
        Map<String, Graph> all = new LinkedHashMap<>();
        all.put("echo", echo());
        all.put("counter", counter());
        all.put("interrupt", interrupt());
        all.put("slow", slow());
        all.put("fail", fail());
        all.put("subgraph", subgraph());
        all.put("custom", custom());
        return Collections.unmodifiableMap(all);
    }

    /**
     * {@code echo}: a {@code messages} state; node {@code echo} answers {@code "echo: <last human text>"} with an
     * AI message whose id is {@code run-<uuid>}, streaming one chunk per word ({@code messages-tuple} events).
     *
     * @return the graph
     */
    public static Graph echo() {
        return Graph.builder()
                .channel("messages", Reducers.messages(), List.of())
                .node("echo", ctx -> {
                    String text = "echo: " + Messages.lastHumanText(ctx.get("messages"));
                    String id = "run-" + UUID.randomUUID();
                    for (String part : splitAfterSpaces(text)) {
                        ctx.messageChunk(Messages.aiChunk(id, part));
                    }
                    return Map.of("messages", List.of(Messages.ai(id, text)));
                })
                .edge(Graph.START, "echo")
                .edge("echo", Graph.END)
                .build();
    }

    /**
     * {@code counter}: {@code add_a -> add_b -> add_c}, each adding {@code step} (default 1) to {@code count}
     * (default 0) and appending its name to {@code visited}.
     *
     * @return the graph
     */
    public static Graph counter() {
        Graph.Builder b = Graph.builder()
                .channel("count", Reducers.lastValue(), 0)
                .channel("step", Reducers.lastValue(), 1)
                .channel("visited", Reducers.append(), List.of());
        for (String name : List.of("add_a", "add_b", "add_c")) {
            b.node(name, ctx -> Json.obj(
                    "count", number(ctx.get("count"), 0) + number(ctx.get("step"), 1),
                    "visited", List.of(name)));
        }
        return b.edge(Graph.START, "add_a").edge("add_a", "add_b").edge("add_b", "add_c").edge("add_c", Graph.END)
                .build();
    }

    /**
     * {@code interrupt}: {@code prepare -> ask -> finish}; {@code ask} calls
     * {@code interrupt({question: "Approve <topic>?", topic})} and stores the resume value in {@code answer};
     * {@code finish} sets {@code done}. Every node appends its name to {@code log}.
     *
     * @return the graph
     */
    public static Graph interrupt() {
        return Graph.builder()
                .channel("topic", Reducers.lastValue(), "unset")
                .channel("answer", Reducers.lastValue(), null)
                .channel("done", Reducers.lastValue(), false)
                .channel("log", Reducers.append(), List.of())
                .node("prepare", ctx -> Map.of("log", List.of("prepare")))
                .node("ask", ctx -> {
                    Object answer = ctx.interrupt(Json.obj("question", "Approve " + ctx.get("topic") + "?",
                            "topic", ctx.get("topic")));
                    return Json.obj("answer", answer, "log", List.of("ask"));
                })
                .node("finish", ctx -> Json.obj("done", true, "log", List.of("finish")))
                .edge(Graph.START, "prepare").edge("prepare", "ask").edge("ask", "finish").edge("finish", Graph.END)
                .build();
    }

    /**
     * {@code slow}: {@code slow_1 -> slow_2 -> slow_3}, each sleeping {@code delay_ms} (state, else
     * {@code config.configurable.delay_ms}, else 1000) and appending its name to {@code visited}. The sleep ends
     * early when the run is cancelled.
     *
     * @return the graph
     */
    public static Graph slow() {
        Graph.Builder b = Graph.builder()
                .channel("delay_ms", Reducers.lastValue())
                .channel("visited", Reducers.append(), List.of());
        for (String name : List.of("slow_1", "slow_2", "slow_3")) {
            b.node(name, ctx -> {
                long delay = ctx.get("delay_ms") instanceof Number ? ((Number) ctx.get("delay_ms")).longValue()
                        : number(parse(ctx.configurable("delay_ms")), 1000);
                ctx.sleep(Duration.ofMillis(Math.max(0, delay)));
                return Map.of("visited", List.of(name));
            });
        }
        return b.edge(Graph.START, "slow_1").edge("slow_1", "slow_2").edge("slow_2", "slow_3")
                .edge("slow_3", Graph.END).build();
    }

    /**
     * {@code fail}: {@code ok} appends {@code "ok"} to {@code visited}, then {@code boom} throws
     * {@code PeerGraphError("peer graph failed on purpose")}.
     *
     * @return the graph
     */
    public static Graph fail() {
        return Graph.builder()
                .channel("visited", Reducers.append(), List.of())
                .node("ok", ctx -> Map.of("visited", List.of("ok")))
                .node("boom", ctx -> {
                    throw new GraphError("PeerGraphError", "peer graph failed on purpose");
                })
                .edge(Graph.START, "ok").edge("ok", "boom").edge("boom", Graph.END)
                .build();
    }

    /**
     * {@code subgraph}: {@code before -> inner -> after} where {@code inner} is the child graph
     * {@code inner_1 -> inner_2}; every node returns the whole {@code trail} (last value) plus its name, and
     * {@code inner_2} writes the custom event {@code {"from": "inner_2", "note": ...}}.
     *
     * @return the graph
     */
    public static Graph subgraph() {
        Graph inner = Graph.builder()
                .channel("trail", Reducers.lastValue(), List.of())
                .node("inner_1", ctx -> visit(ctx, "inner_1"))
                .node("inner_2", ctx -> {
                    ctx.write(Json.obj("from", "inner_2", "note", "custom event from the child graph"));
                    return visit(ctx, "inner_2");
                })
                .edge(Graph.START, "inner_1").edge("inner_1", "inner_2").edge("inner_2", Graph.END)
                .build();
        return Graph.builder()
                .channel("trail", Reducers.lastValue(), List.of())
                .node("before", ctx -> visit(ctx, "before"))
                .subgraph("inner", inner)
                .node("after", ctx -> visit(ctx, "after"))
                .edge(Graph.START, "before").edge("before", "inner").edge("inner", "after").edge("after", Graph.END)
                .build();
    }

    /**
     * {@code custom}: node {@code progress} writes {@code total} (default 3) custom events
     * {@code {"step": i, "total": n}}, then sets {@code finished: true}.
     *
     * @return the graph
     */
    public static Graph custom() {
        return Graph.builder()
                .channel("total", Reducers.lastValue(), 3)
                .channel("finished", Reducers.lastValue(), false)
                .node("progress", ctx -> {
                    long total = number(ctx.get("total"), 3);
                    for (long i = 1; i <= total; i++) {
                        ctx.write(Json.obj("step", i, "total", total));
                    }
                    return Map.of("finished", true);
                })
                .edge(Graph.START, "progress").edge("progress", Graph.END)
                .build();
    }

    private static Map<String, Object> visit(NodeContext ctx, String name) {
        List<Object> trail = new ArrayList<>();
        if (ctx.get("trail") instanceof List<?>) {
            trail.addAll((List<?>) ctx.get("trail"));
        }
        trail.add(name);
        return Map.of("trail", trail);
    }

    private static List<String> splitAfterSpaces(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                parts.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    private static long number(Object value, long fallback) {
        return value instanceof Number ? ((Number) value).longValue() : fallback;
    }

    private static Object parse(Object value) {
        if (value instanceof String) {
            try {
                return Double.parseDouble((String) value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value;
    }
}
