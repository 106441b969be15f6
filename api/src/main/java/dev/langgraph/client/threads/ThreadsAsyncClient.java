package dev.langgraph.client.threads;

/** Operations on threads (being written). */
public interface ThreadsAsyncClient {
}
