package dev.langgraph.client.threads;

import dev.langgraph.client.common.ApiObject;
import java.util.Map;

/** The answer to a thread prune: how many threads were pruned. */
public final class PruneResult extends ApiObject {

    private PruneResult(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the result
     * @throws NullPointerException if {@code fields} is null
     */
    public static PruneResult fromMap(Map<String, ?> fields) {
        return new PruneResult(fields);
    }

    /**
     * The number of threads pruned.
     *
     * @return {@code pruned_count}, or null
     */
    public Long prunedCount() {
        return longValue("pruned_count");
    }
}
