package dev.langgraph.client.internal.resources;

import dev.langgraph.client.internal.HttpPipeline;

/** The runs endpoints, written once for the blocking and async views ({@link ResourceViews}). */
public final class RunsOperations {

    private final HttpPipeline pipeline;

    /**
     * Creates the operations.
     *
     * @param pipeline the client's pipeline
     */
    public RunsOperations(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }
}
