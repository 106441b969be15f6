package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.model.RunRecord;
import java.time.Instant;
import java.util.Map;

/**
 * A run that ended after it had started (not rolled back), as recorded when it ended: what a webhook reports.
 *
 * @param run the run
 * @param json the run's JSON with its final status
 * @param values the thread's values after the run, {@code null} if none
 * @param endedAt when it ended
 */
public record RunEnd(RunRecord run, Map<String, Object> json, Map<String, Object> values, Instant endedAt) {
}
