/**
 * An in-process fake LangGraph Server ({@link dev.langgraph.testkit.FakeLangGraphServer}) and its JUnit 5
 * extension ({@link dev.langgraph.testkit.LangGraphServerExtension}), with test controls: a manual clock
 * ({@link dev.langgraph.testkit.TestClock}), request capture ({@link dev.langgraph.testkit.RecordedRequest}) and
 * fault injection ({@link dev.langgraph.testkit.Fault}). Graphs are scripted with
 * {@link dev.langgraph.testkit.graph}; everything in {@code dev.langgraph.testkit.internal} is private.
 */
package dev.langgraph.testkit;
