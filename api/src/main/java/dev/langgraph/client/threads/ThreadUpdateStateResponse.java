package dev.langgraph.client.threads;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.Checkpoint;
import java.util.Map;

/** The answer to a state update: the checkpoint that the update wrote. */
public final class ThreadUpdateStateResponse extends ApiObject {

    private ThreadUpdateStateResponse(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the response
     * @throws NullPointerException if {@code fields} is null
     */
    public static ThreadUpdateStateResponse fromMap(Map<String, ?> fields) {
        return new ThreadUpdateStateResponse(fields);
    }

    /**
     * The new checkpoint.
     *
     * @return {@code checkpoint}, or null
     */
    public Checkpoint checkpoint() {
        return object("checkpoint", Checkpoint::fromMap);
    }
}
