package dev.langgraph.client.runs;

/** Operations on runs (being written). */
public interface RunsClient {
}
