package dev.langgraph.client.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.crons.Cron;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Crons: the JS dev server answers 500, so the body is shaped after the Python schema, with its offset timestamps. */
class CronModelsTest {

    @Test
    void cronWithEveryField() {
        Cron cron = Cron.fromMap(Fixtures.object("cron"));

        assertThat(cron.cronId()).isEqualTo("5f0c5c1e-6a55-4c44-9d43-0b8d6f0e2a11");
        assertThat(cron.assistantId()).isEqualTo("09d6caf4-2ef3-5a8b-b1a7-114690ed5d45");
        assertThat(cron.threadId()).isNull();
        assertThat(cron.onRunCompleted()).isSameAs(OnCompletionBehavior.DELETE);
        assertThat(cron.endTime()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(cron.schedule()).isEqualTo("0 9 * * 1-5");
        assertThat(cron.timezone()).isEqualTo("Europe/Paris");
        assertThat(cron.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:41:00.123456Z"));
        assertThat(cron.updatedAt()).isEqualTo(cron.createdAt());
        assertThat(cron.payload()).isEqualTo(Map.of("assistant_id", "counter", "input", Map.of("count", 0)));
        assertThat(cron.userId()).isNull();
        assertThat(cron.nextRunDate()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(cron.metadata()).isEqualTo(Map.of("team", "java"));
        assertThat(cron.enabled()).isTrue();
        assertThat(cron.get("now")).isEqualTo("2026-11-24T11:41:00.200000+00:00");
    }

    @Test
    void jsCompletionValuesAndAbsentFields() {
        assertThat(Cron.fromMap(Map.of("on_run_completed", "continue")).onRunCompleted())
                .isSameAs(OnCompletionBehavior.CONTINUE);
        Cron empty = Cron.fromMap(Map.of());
        assertThat(empty.onRunCompleted()).isNull();
        assertThat(empty.enabled()).isNull();
        assertThat(empty.endTime()).isNull();
    }
}
