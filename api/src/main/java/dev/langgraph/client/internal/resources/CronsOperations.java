package dev.langgraph.client.internal.resources;

import dev.langgraph.client.internal.HttpPipeline;

/** The crons endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class CronsOperations {

    private final HttpPipeline pipeline;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public CronsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }
}
