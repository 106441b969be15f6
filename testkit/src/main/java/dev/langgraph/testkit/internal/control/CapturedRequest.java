package dev.langgraph.testkit.internal.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as it arrived, before the server handled it.
 *
 * @param sequence its number among the server's requests, from 0
 * @param method the method
 * @param path the raw path, without the query
 * @param query the raw query, {@code null} if none
 * @param headers the headers, names in lower case
 * @param body the body bytes
 * @param receivedAt the wall-clock time it arrived
 */
public record CapturedRequest(long sequence, String method, String path, String query,
        Map<String, List<String>> headers, byte[] body, Instant receivedAt) {
}
