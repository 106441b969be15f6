package dev.langgraph.auth.internal;

import java.util.Map;
import java.util.Set;

/**
 * What a {@link Source} reads one event's field from.
 *
 * @param data the request's working copies
 * @param object the JSON object this event is read from (the body, or one item of a batch); null when the
 *     event reads no body
 * @param element the array element this event is about (pruning: one thread id), null otherwise
 * @param claimedBodyKeys the body keys other fields of the event take, which a rest field leaves out
 */
record EventInput(RequestData data, Map<String, Object> object, Object element, Set<String> claimedBodyKeys) {
}
