package dev.langgraph.client.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.assistants.AssistantSelectField;
import dev.langgraph.client.assistants.AssistantSortBy;
import dev.langgraph.client.common.DisconnectMode;
import dev.langgraph.client.common.Durability;
import dev.langgraph.client.common.IfNotExists;
import dev.langgraph.client.common.MultitaskStrategy;
import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.common.OpenEnum;
import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.crons.CronSelectField;
import dev.langgraph.client.crons.CronSortBy;
import dev.langgraph.client.runs.BulkCancelRunsStatus;
import dev.langgraph.client.runs.CancelAction;
import dev.langgraph.client.runs.RunSelectField;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.threads.PruneStrategy;
import dev.langgraph.client.threads.ThreadSelectField;
import dev.langgraph.client.threads.ThreadSortBy;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.client.threads.ThreadStreamMode;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenEnumsTest {

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(SortOrder.class, List.of("asc", "desc")),
                Arguments.of(MultitaskStrategy.class, List.of("reject", "interrupt", "rollback", "enqueue")),
                Arguments.of(OnConflictBehavior.class, List.of("raise", "do_nothing")),
                Arguments.of(OnCompletionBehavior.class, List.of("delete", "keep", "complete", "continue")),
                Arguments.of(Durability.class, List.of("sync", "async", "exit")),
                Arguments.of(IfNotExists.class, List.of("create", "reject")),
                Arguments.of(StreamMode.class, List.of("values", "messages", "updates", "events", "tasks",
                        "checkpoints", "debug", "custom", "messages-tuple", "tools")),
                Arguments.of(DisconnectMode.class, List.of("cancel", "continue")),
                Arguments.of(CancelAction.class, List.of("interrupt", "rollback")),
                Arguments.of(BulkCancelRunsStatus.class, List.of("pending", "running", "all")),
                Arguments.of(RunSelectField.class, List.of("run_id", "thread_id", "assistant_id", "created_at",
                        "updated_at", "status", "metadata", "kwargs", "multitask_strategy")),
                Arguments.of(AssistantSortBy.class, List.of("assistant_id", "graph_id", "name", "created_at",
                        "updated_at")),
                Arguments.of(AssistantSelectField.class, List.of("assistant_id", "graph_id", "name", "description",
                        "config", "context", "created_at", "updated_at", "metadata", "version")),
                Arguments.of(ThreadStatus.class, List.of("idle", "busy", "interrupted", "error")),
                Arguments.of(ThreadSortBy.class, List.of("thread_id", "status", "created_at", "updated_at",
                        "state_updated_at")),
                Arguments.of(ThreadSelectField.class, List.of("thread_id", "created_at", "updated_at",
                        "state_updated_at", "metadata", "config", "context", "status", "values", "interrupts")),
                Arguments.of(ThreadStreamMode.class, List.of("run_modes", "lifecycle", "state_update")),
                Arguments.of(PruneStrategy.class, List.of("delete", "keep_latest")),
                Arguments.of(CronSortBy.class, List.of("cron_id", "assistant_id", "thread_id", "created_at",
                        "updated_at", "next_run_date", "end_time")),
                Arguments.of(CronSelectField.class, List.of("cron_id", "assistant_id", "thread_id", "end_time",
                        "schedule", "timezone", "created_at", "updated_at", "user_id", "payload", "next_run_date",
                        "metadata", "now", "on_run_completed", "enabled")));
    }

    @ParameterizedTest
    @MethodSource("enums")
    void constantsMatchTheWireValuesAndOfReturnsThem(Class<? extends OpenEnum> type, List<String> values)
            throws ReflectiveOperationException {
        List<OpenEnum> constants = constants(type);

        assertThat(constants).extracting(OpenEnum::value).containsExactlyInAnyOrderElementsOf(values);
        for (OpenEnum constant : constants) {
            assertThat(of(type, constant.value())).isSameAs(constant);
            assertThat(constant.toString()).isEqualTo(constant.value());
        }
    }

    @ParameterizedTest
    @MethodSource("enums")
    void unknownValuesSurviveAndBlankOnesAreRejected(Class<? extends OpenEnum> type, List<String> values)
            throws ReflectiveOperationException {
        OpenEnum unknown = of(type, "from_a_newer_server");

        assertThat(unknown.value()).isEqualTo("from_a_newer_server");
        assertThat(unknown).isInstanceOf(type).isEqualTo(of(type, "from_a_newer_server"))
                .hasSameHashCodeAs(of(type, "from_a_newer_server"));
        assertThat(values).doesNotContain(unknown.value());
        assertThatThrownBy(() -> of(type, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(type, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pausedThreadStatusIsKept() {
        assertThat(ThreadStatus.of("paused").value()).isEqualTo("paused");
        assertThat(ThreadStatus.of("idle")).isSameAs(ThreadStatus.IDLE);
    }

    @Test
    void sameWireValueOfDifferentEnumsIsNotEqual() {
        assertThat((Object) ThreadStatus.ERROR).isNotEqualTo(RunStatus.ERROR);
        assertThat((Object) DisconnectMode.CONTINUE).isNotEqualTo(OnCompletionBehavior.CONTINUE);
        assertThat(MultitaskStrategy.of("interrupt")).isNotEqualTo(CancelAction.INTERRUPT);
    }

    private static List<OpenEnum> constants(Class<? extends OpenEnum> type) throws IllegalAccessException {
        List<OpenEnum> out = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                out.add((OpenEnum) f.get(null));
            }
        }
        return out;
    }

    private static OpenEnum of(Class<? extends OpenEnum> type, String value) throws ReflectiveOperationException {
        Method of = type.getMethod("of", String.class);
        try {
            return (OpenEnum) of.invoke(null, value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
