package dev.langgraph.testkit.graph;

/**
 * An edge of a graph as drawn by {@code GET /assistants/{id}/graph}.
 *
 * @param source the node the edge leaves ({@link Graph#START} for the entry edge)
 * @param target the node the edge enters ({@link Graph#END} for an exit)
 * @param conditional whether the edge is one possible target of a {@link Router}
 */
public record Edge(String source, String target, boolean conditional) {
}
