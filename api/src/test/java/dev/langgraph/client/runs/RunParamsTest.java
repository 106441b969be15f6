package dev.langgraph.client.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.StreamMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunParamsTest {

    @Test
    void negativeAfterSecondsIsRejected() {
        assertThatThrownBy(() -> RunParams.builder().afterSeconds(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("afterSeconds");
        assertThat(RunParams.builder().afterSeconds(0).build().afterSeconds()).isZero();
    }

    @Test
    void emptyStreamModesAreRejectedButNullMeansTheDefault() {
        assertThatThrownBy(() -> RunParams.builder().streamMode().build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RunParams.builder().streamMode(StreamMode.VALUES, null).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RunParams.builder().streamMode((List<StreamMode>) null).build().streamMode()).isNull();
    }

    @Test
    void inputAndCommandMayBothBeSetAsInPython() {
        RunParams p = RunParams.builder().input(Map.of("a", 1)).command(Command.resume("yes")).build();

        assertThat(p.input()).isEqualTo(Map.of("a", 1));
        assertThat(p.command().resume()).isEqualTo("yes");
    }

    @Test
    void collectionsAreCopiedSoLaterChangesDoNotLeakIn() {
        Map<String, Object> input = new HashMap<>(Map.of("a", 1));
        List<String> nodes = new ArrayList<>(List.of("x"));

        RunParams p = RunParams.builder().input(input).interruptBefore(nodes).build();
        input.put("b", 2);
        nodes.add("y");

        assertThat(p.input()).isEqualTo(Map.of("a", 1));
        assertThat(p.interruptBefore()).containsExactly("x");
        assertThatThrownBy(() -> p.interruptBefore().add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allNodesAndToBuilderRoundTrip() {
        RunParams p = RunParams.builder().interruptBeforeAll().interruptAfterAll().streamResumable(true)
                .onRunCreated(ids -> { }).build();

        RunParams copy = p.toBuilder().build();

        assertThat(p.interruptBefore()).isEqualTo(RunParams.ALL_NODES);
        assertThat(copy).isEqualTo(p);
        assertThat(RunParams.defaults().streamMode()).isNull();
        assertThat(RunParams.defaults().streamResumable()).isFalse();
    }

    @Test
    void batchItemsCheckTheirIds() {
        assertThatThrownBy(() -> RunCreateRequest.stateless(" ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunCreateRequest("", "a1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RunCreateRequest.stateless("a1", null).params()).isEqualTo(RunParams.defaults());
    }
}
