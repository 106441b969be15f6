package dev.langgraph.client.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.common.MultitaskStrategy;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RunModelsTest {

    @Test
    void runFromRealServer() {
        Run run = Run.fromMap(Fixtures.object("run-background"));

        assertThat(run.runId()).isEqualTo("01a20d5b-baf7-70dc-a0b6-8a16ff07a7f9");
        assertThat(run.threadId()).isEqualTo("01a20d5b-bae5-7356-b270-242e806ad63f");
        assertThat(run.assistantId()).isEqualTo("09d6caf4-2ef3-5a8b-b1a7-114690ed5d45");
        assertThat(run.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:40:45.175Z"));
        assertThat(run.updatedAt()).isEqualTo(Instant.parse("2026-11-24T11:40:45.198Z"));
        assertThat(run.status()).isSameAs(RunStatus.SUCCESS);
        assertThat(run.metadata()).containsEntry("purpose", "background");
        assertThat(run.multitaskStrategy()).isSameAs(MultitaskStrategy.REJECT);
        assertThat(run.kwargs()).containsEntry("input", Map.of("count", 0))
                .containsEntry("stream_mode", List.of("values"));
    }

    @Test
    void unknownAndMissingEnums() {
        Run run = Run.fromMap(Map.of("status", "paused", "multitask_strategy", "merge"));

        assertThat(run.status().value()).isEqualTo("paused");
        assertThat(run.multitaskStrategy().value()).isEqualTo("merge");
        assertThat(Run.fromMap(Map.of()).status()).isNull();
        assertThat(Run.fromMap(Map.of()).multitaskStrategy()).isNull();
    }

    @Test
    void contentLocationOfAThreadRun() {
        assertThat(RunCreateMetadata.parse("/threads/t/runs/r")).isEqualTo(new RunCreateMetadata("r", "t"));
        assertThat(RunCreateMetadata.parse("/threads/01a20d5b-bae5/runs/01a20d5b-baf7"))
                .isEqualTo(new RunCreateMetadata("01a20d5b-baf7", "01a20d5b-bae5"));
    }

    @Test
    void contentLocationOfAStatelessRun() {
        RunCreateMetadata metadata = RunCreateMetadata.parse("/runs/r");

        assertThat(metadata.runId()).isEqualTo("r");
        assertThat(metadata.threadId()).isNull();
    }

    @Test
    void contentLocationAsAnAbsoluteUrl() {
        assertThat(RunCreateMetadata.parse("http://127.0.0.1:12024/threads/t/runs/r?stream=1"))
                .isEqualTo(new RunCreateMetadata("r", "t"));
        assertThat(RunCreateMetadata.parse("https://host.example/api/v1/runs/r"))
                .isEqualTo(new RunCreateMetadata("r", null));
    }

    @Test
    void contentLocationBehindAPathPrefixIsFoundLikeRegexSearch() {
        assertThat(RunCreateMetadata.parse("/api/threads/t/runs/r")).isEqualTo(new RunCreateMetadata("r", "t"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "garbage", "/threads/t", "/runs/", "http://host/threads/t/runz/r", "::::"})
    void contentLocationThatNamesNoRun(String value) {
        assertThat(RunCreateMetadata.parse(value)).isNull();
    }
}
