/**
 * Scripted graphs for the fake server: {@link dev.langgraph.testkit.graph.Graph} (channels, nodes, edges,
 * subgraphs), {@link dev.langgraph.testkit.graph.NodeContext} (interrupts, custom events, message tokens,
 * cancellable sleeps) and the {@link dev.langgraph.testkit.graph.ReferenceGraphs}.
 */
package dev.langgraph.testkit.graph;
