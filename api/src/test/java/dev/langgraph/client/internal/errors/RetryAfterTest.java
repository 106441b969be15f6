package dev.langgraph.client.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-24T11:41:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0                               | PT0S",
        "30                              | PT30S",
        "' 120 '                         | PT2M",
        "1.5                             | PT1.5S",
        "2.0004                          | PT2S",
        "Tue, 24 Nov 2026 11:42:30 GMT   | PT1M30S",
        "Tue, 24 Nov 2026 11:40:00 GMT   | PT0S",
    })
    void readsSecondsAndDates(String value, String expected) {
        assertThat(RetryAfter.parse(value, NOW)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-1", "soon", "1e3", "1.", ".5", "99999999999", "Tue, 99 Nov 2026 11:42:30 GMT"})
    void unreadableValuesAreNull(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isNull();
    }
}
