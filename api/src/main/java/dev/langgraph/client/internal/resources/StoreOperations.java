package dev.langgraph.client.internal.resources;

import dev.langgraph.client.internal.HttpPipeline;

/** The store endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class StoreOperations {

    private final HttpPipeline pipeline;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public StoreOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }
}
