package dev.langgraph.auth.internal;

import dev.langgraph.auth.values.ValueField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where one field of an event value comes from, and whether (and how) a handler's change goes back. */
interface Source {

    /**
     * The field this source fills.
     *
     * @return the field
     */
    ValueField<?> field();

    /**
     * Puts the field into the value's entries and registers its write-back, if any.
     *
     * @param in the request parts
     * @param entries the value's entries
     * @param writeBacks where to register the write-back
     * @throws dev.langgraph.auth.HTTPException 400 or 422 if the request's part is unusable
     */
    void fill(EventInput in, Map<String, Object> entries, List<WriteBack> writeBacks);

    /**
     * The body key this source takes from the body, so a rest field leaves it out.
     *
     * @return the key, empty when the source does not take a body key
     */
    default Optional<String> claimedBodyKey() {
        return Optional.empty();
    }

    /**
     * Whether the source needs the request body as a JSON object.
     *
     * @return true for body, rest and body-derived sources
     */
    default boolean readsBody() {
        return claimedBodyKey().isPresent();
    }

    /**
     * Whether this is a rest field, whose write-back must run before the named fields' (they win).
     *
     * @return true for a rest field
     */
    default boolean isRest() {
        return false;
    }
}
