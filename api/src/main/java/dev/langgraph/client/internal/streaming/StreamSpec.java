package dev.langgraph.client.internal.streaming;

import dev.langgraph.client.internal.ApiRequest;
import dev.langgraph.client.runs.RunCreateMetadata;
import java.util.function.Consumer;

/**
 * What to stream and how to resume it.
 *
 * @param request the request that opens the stream
 * @param resumable whether the run was created with {@code stream_resumable}, so that its join-stream URL
 *     (derived from {@code Content-Location}) can resume it when the server sends no {@code Location}
 * @param reconnectPath a path to resume from when the stream itself is a join stream, or null
 * @param onRunCreated called once with the run's ids when the response head arrives, or null
 */
public record StreamSpec(
        ApiRequest request, boolean resumable, String reconnectPath, Consumer<RunCreateMetadata> onRunCreated) {

    /**
     * A stream that resumes only through a {@code Location} header.
     *
     * @param request the request
     * @return the spec
     */
    public static StreamSpec of(ApiRequest request) {
        return new StreamSpec(request, false, null, null);
    }
}
