/**
 * An in-process fake LangGraph Server ({@link dev.langgraph.testkit.FakeLangGraphServer}) and its JUnit 5
 * extension ({@link dev.langgraph.testkit.LangGraphServerExtension}). Graphs are scripted with
 * {@link dev.langgraph.testkit.graph}; everything in {@code dev.langgraph.testkit.internal} is private.
 */
package dev.langgraph.testkit;
