package dev.langgraph.client.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantBase;
import dev.langgraph.client.assistants.AssistantGraph;
import dev.langgraph.client.assistants.AssistantVersion;
import dev.langgraph.client.assistants.GraphEdge;
import dev.langgraph.client.assistants.GraphNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssistantModelsTest {

    @Test
    void assistantFromRealServer() {
        Assistant assistant = Assistant.fromMap(Fixtures.object("assistant-created"));

        assertThat(assistant.assistantId()).isEqualTo("01a20d5b-b52e-770a-a575-68ace19a2379");
        assertThat(assistant.graphId()).isEqualTo("counter");
        assertThat(assistant.config().configurable()).isEqualTo(Map.of("x", 1));
        assertThat(assistant.context()).isEqualTo(Map.of("who", "me"));
        assertThat(assistant.createdAt()).isEqualTo(Instant.parse("2026-11-24T11:40:43.695Z"));
        assertThat(assistant.updatedAt()).isEqualTo(Instant.parse("2026-11-24T11:40:43.695Z"));
        assertThat(assistant.metadata()).isEqualTo(Map.of("team", "java"));
        assertThat(assistant.version()).isEqualTo(1);
        assertThat(assistant.name()).isEqualTo("my-counter");
        assertThat(assistant.description()).isEqualTo("counter with config");
    }

    @Test
    void nullDescriptionAndUnknownFieldsAreKept() {
        Map<String, Object> json = new LinkedHashMap<>(Fixtures.object("assistant-created"));
        json.put("description", null);
        json.put("brand_new_field", List.of(1, 2));
        Assistant assistant = Assistant.fromMap(json);

        assertThat(assistant.description()).isNull();
        assertThat(assistant.toMap()).containsEntry("brand_new_field", List.of(1, 2)).containsKey("description");
        assertThat(assistant.get("brand_new_field")).isEqualTo(List.of(1, 2));
    }

    @Test
    void versionsFromRealServer() {
        List<AssistantVersion> versions = Fixtures.array("assistant-versions").stream()
                .map(AssistantVersion::fromMap).toList();

        assertThat(versions).extracting(AssistantBase::version).containsExactly(2, 1);
        assertThat(versions.get(0).name()).isEqualTo("my-counter-v2");
        assertThat(versions.get(0).metadata()).isEqualTo(Map.of("team", "java", "v", 2));
        assertThat(versions.get(1).createdAt()).isEqualTo(Instant.parse("2026-11-24T11:40:43.695Z"));
        assertThat(versions.get(1).config().configurable()).isEqualTo(Map.of("x", 1));
    }

    @Test
    void assistantAndVersionWithTheSameFieldsAreNotEqual() {
        Map<String, Object> json = Map.of("assistant_id", "a", "version", 1);

        assertThat(Assistant.fromMap(json)).isEqualTo(Assistant.fromMap(json));
        assertThat((Object) Assistant.fromMap(json)).isNotEqualTo(AssistantVersion.fromMap(json));
    }

    @Test
    void graphFromRealServerWithXray() {
        AssistantGraph graph = AssistantGraph.fromMap(Fixtures.object("assistant-graph-xray"));

        assertThat(graph.nodes()).extracting(GraphNode::id)
                .containsExactly("__start__", "before", "inner:inner_1", "inner:inner_2", "after", "__end__");
        GraphNode inner = graph.nodes().get(2);
        assertThat(inner.type()).isEqualTo("runnable");
        assertThat(inner.data()).isEqualTo(Map.of("id", List.of("langgraph", "RunnableCallable"), "name", "inner_1"));
        assertThat(inner.metadata()).isEmpty();
        assertThat(inner.name()).isNull();
        assertThat(graph.nodes().get(0).metadata()).isNull();

        GraphEdge first = graph.edges().get(0);
        assertThat(first.source()).isEqualTo("inner:inner_1");
        assertThat(first.target()).isEqualTo("inner:inner_2");
        assertThat(first.conditional()).isFalse();
        assertThat(first.data()).isNull();
        assertThat(graph.edges()).hasSize(5);
        assertThat(graph.get("nodes")).isInstanceOf(List.class);
    }

    @Test
    void pythonStyleGraphWithStringData() {
        AssistantGraph graph = AssistantGraph.fromMap(Map.of(
                "nodes", List.of(Map.of("id", "agent", "type", "runnable", "data", "agent")),
                "edges", List.of(Map.of("source", "agent", "target", "tools", "data", "continue",
                        "conditional", true))));

        assertThat(graph.nodes().get(0).data()).isEqualTo("agent");
        assertThat(graph.edges().get(0).data()).isEqualTo("continue");
        assertThat(graph.edges().get(0).conditional()).isTrue();
    }
}
