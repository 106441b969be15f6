package dev.langgraph.client.models;

import static dev.langgraph.client.models.Fixtures.asList;
import static dev.langgraph.client.models.Fixtures.asMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.GraphSchema;
import dev.langgraph.client.common.Interrupt;
import dev.langgraph.client.common.LangSmithTracing;
import dev.langgraph.client.common.Send;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonModelsTest {

    @Test
    void configParsedFromAnAssistant() {
        Config config = Config.fromMap(asMap(Fixtures.object("assistant-created").get("config")));

        assertThat(config.configurable()).containsExactly(Map.entry("x", 1));
        assertThat(config.tags()).isNull();
        assertThat(config.recursionLimit()).isNull();
    }

    @Test
    void configBuilderProducesTheWireMap() {
        Config config = Config.builder()
                .tags(List.of("a", "b"))
                .recursionLimit(40)
                .configurable("thread_id", "t1")
                .configurable("checkpoint_id", "c1")
                .put("run_name", "nightly")
                .build();

        assertThat(config.toMap()).isEqualTo(Map.of(
                "tags", List.of("a", "b"),
                "recursion_limit", 40,
                "configurable", Map.of("thread_id", "t1", "checkpoint_id", "c1"),
                "run_name", "nightly"));
        assertThat(config.tags()).containsExactly("a", "b");
        assertThat(config.recursionLimit()).isEqualTo(40);
        assertThat(config.get("run_name")).isEqualTo("nightly");
    }

    @Test
    void configToBuilderKeepsOtherKeysAndNullRemoves() {
        Config original = Config.fromMap(Map.of("configurable", Map.of("a", 1, "b", 2), "callbacks", "kept"));

        Config changed = original.toBuilder().configurable("b", null).configurable("c", 3).tags(null).build();

        assertThat(changed.toMap()).isEqualTo(Map.of("configurable", Map.of("a", 1, "c", 3), "callbacks", "kept"));
        assertThat(original.configurable()).containsOnlyKeys("a", "b");
        assertThat(Config.builder().configurable(Map.of("k", "v")).build().configurable()).isEqualTo(Map.of("k", "v"));
    }

    @Test
    void builtModelsDoNotShareTheBuildersState() {
        Map<String, Object> configurable = new HashMap<>();
        configurable.put("k", "v");
        Config.Builder builder = Config.builder().configurable(configurable);
        Config first = builder.build();
        configurable.put("later", 1);
        builder.recursionLimit(3);

        assertThat(first.toMap()).isEqualTo(Map.of("configurable", Map.of("k", "v")));
        assertThatThrownBy(() -> first.configurable().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void commandResumeFactory() {
        assertThat(Command.resume(Map.of("approved", true)).toMap())
                .isEqualTo(Map.of("resume", Map.of("approved", true)));
        assertThat(Command.resume(null).toMap()).isEmpty();
        assertThat(Command.resume("no").resume()).isEqualTo("no");
    }

    @Test
    void commandBuilderWithMapUpdateAndNode() {
        Command command = Command.builder().resume("no").update(Map.of("topic", "changed")).gotoNode("finish").build();

        assertThat(command.toMap())
                .isEqualTo(Map.of("resume", "no", "update", Map.of("topic", "changed"), "goto", "finish"));
        assertThat(command.update()).isEqualTo(Map.of("topic", "changed"));
        assertThat(command.gotoTarget()).isEqualTo("finish");
    }

    @Test
    void commandUpdateAsTuplesAndGotoLists() {
        Command command = Command.builder()
                .update(List.of(List.of("log", "a"), List.of("log", "b")))
                .gotoNodes(List.of("ask", Send.of("finish", Map.of("n", 1))))
                .build();

        assertThat(command.update()).isEqualTo(List.of(List.of("log", "a"), List.of("log", "b")));
        assertThat(command.gotoTarget())
                .isEqualTo(List.of("ask", Map.of("node", "finish", "input", Map.of("n", 1))));
    }

    @Test
    void commandGotoSends() {
        Send one = Send.of("a", Map.of("x", 1));
        Send two = Send.of("b", null);

        assertThat(Command.builder().gotoSend(one).build().gotoTarget()).isEqualTo(one.toMap());
        Map<String, Object> noInput = new LinkedHashMap<>();
        noInput.put("node", "b");
        noInput.put("input", null);
        assertThat(Command.builder().gotoSend(one, two).build().gotoTarget()).isEqualTo(List.of(one.toMap(), noInput));
        assertThat(Command.builder().gotoNode("x").gotoSend().build().toMap()).isEmpty();
    }

    @Test
    void commandNullFieldsAreOmitted() {
        Command command = Command.builder().resume(1).gotoNode("n").build().toBuilder()
                .resume(null).gotoNode(null).update((Map<String, ?>) null).build();

        assertThat(command.toMap()).isEmpty();
        assertThat(command.resume()).isNull();
    }

    @Test
    void sendFactoryAndParse() {
        Send send = Send.of("node_a", Map.of("topic", "x"));

        assertThat(send.node()).isEqualTo("node_a");
        assertThat(send.input()).isEqualTo(Map.of("topic", "x"));
        assertThat(Send.fromMap(Map.of("node", "node_a", "input", Map.of("topic", "x")))).isEqualTo(send);
        assertThatThrownBy(() -> Send.of(null, Map.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void interruptFromRealServerAndJsFields() {
        Map<String, Object> thread = Fixtures.object("thread-interrupted");
        Map<String, Object> raw = asMap(asList(asMap(thread.get("interrupts"))
                .get("8b461b89-6189-5ad1-b1c5-56353899c816")).get(0));
        Interrupt interrupt = Interrupt.fromMap(raw);

        assertThat(interrupt.id()).isEqualTo("e62c784096d6e09d58cb7694126f5027");
        assertThat(interrupt.value()).isEqualTo(Map.of("question", "Approve release 1.0?", "topic", "release 1.0"));
        assertThat(interrupt.when()).isNull();

        Interrupt js = Interrupt.fromMap(Map.of("value", "v", "when", "during", "resumable", true,
                "ns", List.of("ask:1"), "namespace", List.of("inner")));
        assertThat(js.when()).isEqualTo("during");
        assertThat(js.resumable()).isTrue();
        assertThat(js.ns()).containsExactly("ask:1");
        assertThat(js.namespace()).containsExactly("inner");
    }

    @Test
    void graphSchemaFromRealServer() {
        GraphSchema schema = GraphSchema.fromMap(Fixtures.object("assistant-schemas-counter"));

        assertThat(schema.graphId()).isEqualTo("counter");
        assertThat(asMap(schema.inputSchema().get("properties"))).containsKeys("count", "step", "visited");
        assertThat(schema.outputSchema()).containsKey("properties");
        assertThat(schema.stateSchema()).containsKey("properties");
        assertThat(schema.configSchema()).isNotNull();
        assertThat(schema.contextSchema()).isNotNull();
    }

    @Test
    void subgraphSchemaUsesTheJsShortKeys() {
        GraphSchema inner = GraphSchema.fromMap(asMap(Fixtures.object("assistant-subgraphs").get("inner")));

        assertThat(inner.graphId()).isNull();
        assertThat(asMap(inner.stateSchema().get("properties"))).containsKey("trail");
        assertThat(inner.inputSchema()).containsEntry("type", "object");
        assertThat(inner.outputSchema()).containsEntry("type", "object");
        assertThat(inner.configSchema()).containsEntry("type", "object");
        assertThat(inner.contextSchema()).isNull();
    }

    @Test
    void langSmithTracingBuilder() {
        LangSmithTracing tracing = LangSmithTracing.builder().projectName("p").exampleId("e").build();

        assertThat(tracing.toMap()).isEqualTo(Map.of("project_name", "p", "example_id", "e"));
        assertThat(tracing.projectName()).isEqualTo("p");
        assertThat(tracing.exampleId()).isEqualTo("e");
        assertThat(tracing.toBuilder().exampleId(null).build()).isEqualTo(LangSmithTracing.fromMap(Map.of("project_name", "p")));
    }

    @Test
    void equalsAndHashCodeFollowTheFieldsAndTheType() {
        Config a = Config.builder().recursionLimit(5).build();
        Config b = Config.fromMap(Map.of("recursion_limit", 5));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Config.builder().recursionLimit(6).build());
        assertThat((Object) LangSmithTracing.fromMap(Map.of())).isNotEqualTo(Config.fromMap(Map.of()));
    }
}
