package dev.langgraph.client.internal.resources;

import dev.langgraph.client.internal.HttpPipeline;

/** The threads endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class ThreadsOperations {

    private final HttpPipeline pipeline;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public ThreadsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }
}
