package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantCountParams;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.assistants.AssistantGraph;
import dev.langgraph.client.assistants.AssistantSearchParams;
import dev.langgraph.client.assistants.AssistantUpdateParams;
import dev.langgraph.client.assistants.AssistantVersion;
import dev.langgraph.client.assistants.GraphEdge;
import dev.langgraph.client.assistants.GraphNode;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.GraphSchema;
import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.errors.BadRequestException;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The assistants routes of the JS dev server through {@link dev.langgraph.client.assistants.AssistantsClient}:
 * search/count, get (also by graph id), create (409 / do_nothing), update → versions → latest, delete, graph
 * (with xray), schemas and subgraphs.
 */
class AssistantsInteropTest extends Scenario {

    /** The system assistants' ids: uuid5(graph_id, 6ba7b821-9dad-11d1-80b4-00c04fd430c8). */
    static final String ECHO_ID = "046b5dc7-2108-582c-9c6c-31d556d138f0";
    static final String COUNTER_ID = "09d6caf4-2ef3-5a8b-b1a7-114690ed5d45";
    static final String SUBGRAPH_ID = "22e3354e-e6ec-5d11-8579-a7f4019b0f8b";

    /** The first schemas call per graph compiles TypeScript types: ~4 s idle, 15 s and more on a loaded machine. */
    private static final RequestOptions SLOW_CALL = RequestOptions.builder()
            .readTimeout(Duration.ofSeconds(120))
            .requestTimeout(Duration.ofSeconds(120))
            .build();

    AssistantsInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void searchAndCountFilterByGraphIdAndMetadata() {
        Map<String, Object> system = Map.of("created_by", "system");

        List<Assistant> echo = client.assistants().search(AssistantSearchParams.builder()
                .graphId("echo").metadata(system).build());

        assertThat(echo).singleElement().satisfies(a -> {
            assertThat(a.assistantId()).isEqualTo(ECHO_ID);
            assertThat(a.graphId()).isEqualTo("echo");
            assertThat(a.name()).isEqualTo("echo");
            assertThat(a.version()).isEqualTo(1);
            assertThat(a.metadata()).containsEntry("created_by", "system");
            assertThat(a.createdAt()).isNotNull();
            assertThat(a.updatedAt()).isNotNull();
        });
        assertThat(client.assistants().count(new AssistantCountParams(system, "counter", null), RequestOptions.none()))
                .isEqualTo(1);
        // Seven graphs, one system assistant each.
        assertThat(client.assistants().count(new AssistantCountParams(system, null, null), RequestOptions.none()))
                .isEqualTo(7);
        List<Assistant> allSystem = client.assistants().search(AssistantSearchParams.builder()
                .metadata(system).limit(100).build());
        assertThat(allSystem).extracting(Assistant::graphId)
                .containsExactlyInAnyOrder("echo", "counter", "interrupt", "slow", "fail", "subgraph", "custom");
    }

    @Test
    void searchAndCountByMetadataPageWithLimitAndOffset() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            created.add(create("counter", tag + "-" + i).assistantId());
        }
        AssistantSearchParams.Builder byTag = AssistantSearchParams.builder().metadata(Map.of("tag", tag));

        assertThat(client.assistants().search(byTag.build())).extracting(Assistant::assistantId)
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(client.assistants().count(new AssistantCountParams(Map.of("tag", tag), null, null),
                RequestOptions.none())).isEqualTo(3);
        assertThat(client.assistants().count(new AssistantCountParams(Map.of("tag", tag), "echo", null),
                RequestOptions.none())).isZero();

        List<Assistant> first = client.assistants().search(byTag.limit(2).offset(0).build());
        List<Assistant> second = client.assistants().search(byTag.limit(2).offset(2).build());
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        Set<String> paged = new HashSet<>();
        first.forEach(a -> paged.add(a.assistantId()));
        second.forEach(a -> paged.add(a.assistantId()));
        assertThat(paged).isEqualTo(created);

        // name is a case-insensitive substring match
        assertThat(client.assistants().search(AssistantSearchParams.builder().name(tag.toUpperCase() + "-1").build()))
                .extracting(Assistant::name).containsExactly(tag + "-1");
    }

    @Test
    void getByAssistantIdAndByGraphIdAlias() {
        Assistant byId = client.assistants().get(ECHO_ID);
        Assistant byGraphId = client.assistants().get("echo");

        assertThat(byId.assistantId()).isEqualTo(ECHO_ID);
        assertThat(byId.graphId()).isEqualTo("echo");
        assertThat(byGraphId.assistantId()).isEqualTo(ECHO_ID);
        assertThat(byGraphId.toMap()).isEqualTo(byId.toMap());
    }

    @Test
    void createThenConflictOrDoNothing() {
        String id = UUID.randomUUID().toString();
        Assistant created = client.assistants().create(AssistantCreateParams.builder("counter")
                .assistantId(id)
                .name(tag)
                .description("made by the interop suite")
                .context(Map.of("who", "me"))
                .metadata(Map.of("tag", tag))
                .build());

        assertThat(created.assistantId()).isEqualTo(id);
        assertThat(created.graphId()).isEqualTo("counter");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.name()).isEqualTo(tag);
        assertThat(created.description()).isEqualTo("made by the interop suite");
        assertThat(created.context()).containsEntry("who", "me");
        assertThat(created.metadata()).isEqualTo(Map.of("tag", tag));

        AssistantCreateParams again = AssistantCreateParams.builder("echo").assistantId(id).name("other").build();
        assertThatThrownBy(() -> client.assistants().create(again))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.detail()).isEqualTo(
                            Divergence.PYTHON_ERRORS.js("Assistant already exists").python("Conflict").on(server));
                });
        AssistantCreateParams raise = AssistantCreateParams.builder("echo").assistantId(id)
                .ifExists(OnConflictBehavior.RAISE).build();
        assertThatThrownBy(() -> client.assistants().create(raise)).isInstanceOf(ConflictException.class);

        Assistant existing = client.assistants().create(AssistantCreateParams.builder("echo").assistantId(id)
                .name("other").ifExists(OnConflictBehavior.DO_NOTHING).build());
        assertThat(existing.assistantId()).isEqualTo(id);
        assertThat(existing.graphId()).isEqualTo("counter");
        assertThat(existing.name()).isEqualTo(tag);
        assertThat(existing.version()).isEqualTo(1);
    }

    @Test
    void configurableTogetherWithContext() {
        AssistantCreateParams both = AssistantCreateParams.builder("counter")
                .config(Config.builder().configurable("x", 1).build())
                .context(Map.of("who", "me"))
                .metadata(Map.of("tag", tag))
                .build();
        if (Divergence.CONFIGURABLE_WITH_CONTEXT_IS_400.pythonSideOn(server)) {
            assertThatThrownBy(() -> client.assistants().create(both))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.detail())
                            .startsWith("Cannot specify both configurable and context."));
            return;
        }
        Assistant created = client.assistants().create(both);

        assertThat(created.config().configurable()).containsEntry("x", 1);
        assertThat(created.context()).containsEntry("who", "me");
    }

    @Test
    void createAcceptsAnUnknownGraphId() {
        // JS quirk: the server does not check graph_id on create (the Python server answers 404).
        if (Divergence.UNKNOWN_GRAPH_IS_404.pythonSideOn(server)) {
            assertThatThrownBy(() -> client.assistants().create(AssistantCreateParams.builder("no-such-graph-" + tag)
                    .metadata(Map.of("tag", tag)).build()))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail())
                            .startsWith("Graph 'no-such-graph-" + tag + "' not found. Expected one of: "));
            return;
        }
        Assistant a = client.assistants().create(AssistantCreateParams.builder("no-such-graph-" + tag)
                .metadata(Map.of("tag", tag)).build());

        assertThat(a.graphId()).isEqualTo("no-such-graph-" + tag);
        assertThat(a.name()).isEqualTo("Untitled");
        client.assistants().delete(a.assistantId());
    }

    @Test
    void updateCreatesVersionsAndSetLatestRollsBack() {
        Assistant v1 = create("counter", tag);

        Assistant v2 = client.assistants().update(v1.assistantId(), AssistantUpdateParams.builder()
                .metadata(Map.of("tag", tag, "v", 2)).name(tag + "-v2").build());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.name()).isEqualTo(tag + "-v2");
        assertThat(v2.metadata()).isEqualTo(Map.of("tag", tag, "v", 2));
        assertThat(client.assistants().get(v1.assistantId()).version()).isEqualTo(2);

        List<AssistantVersion> versions = client.assistants().getVersions(v1.assistantId(), null, 10, 0,
                RequestOptions.none());
        assertThat(versions).extracting(AssistantVersion::version).containsExactly(2, 1); // newest first
        assertThat(versions).extracting(AssistantVersion::name).containsExactly(tag + "-v2", tag);
        assertThat(versions).allSatisfy(v -> assertThat(v.assistantId()).isEqualTo(v1.assistantId()));
        assertThat(client.assistants().getVersions(v1.assistantId(), Map.of("v", 2), 10, 0, RequestOptions.none()))
                .extracting(AssistantVersion::version).containsExactly(2);

        Assistant latest = client.assistants().setLatest(v1.assistantId(), 1, RequestOptions.none());
        assertThat(latest.version()).isEqualTo(1);
        assertThat(latest.name()).isEqualTo(tag);
        assertThat(latest.metadata()).isEqualTo(Map.of("tag", tag));
        Assistant fetched = client.assistants().get(v1.assistantId());
        assertThat(fetched.version()).isEqualTo(1);
        assertThat(fetched.name()).isEqualTo(tag);
        // Setting the latest version does not create a new one.
        assertThat(client.assistants().getVersions(v1.assistantId(), null, 10, 0, RequestOptions.none()))
                .extracting(AssistantVersion::version).containsExactly(2, 1);
    }

    @Test
    void deleteThenGetIsNotFound() {
        Assistant a = create("echo", tag);

        client.assistants().delete(a.assistantId()); // the JS server answers 200 ["<id>"], not 204

        assertThatThrownBy(() -> client.assistants().get(a.assistantId()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.detail()).isEqualTo(
                            Divergence.PYTHON_ERRORS.js("Assistant not found").python("Not Found").on(server));
                });
        assertThat(client.assistants().search(AssistantSearchParams.builder().metadata(Map.of("tag", tag)).build()))
                .isEmpty();
    }

    @Test
    void graphOfCounterListsItsNodesAndEdges() {
        AssistantGraph graph = client.assistants().getGraph("counter");

        assertThat(graph.nodes()).extracting(GraphNode::id)
                .containsExactly("__start__", "add_a", "add_b", "add_c", "__end__");
        assertThat(graph.nodes()).filteredOn(n -> n.id().startsWith("add_"))
                .allSatisfy(n -> assertThat(n.type()).isEqualTo("runnable"));
        assertThat(graph.edges()).extracting(e -> e.source() + "->" + e.target())
                .containsExactlyInAnyOrder("__start__->add_a", "add_a->add_b", "add_b->add_c", "add_c->__end__");
        assertThat(graph.edges()).extracting(GraphEdge::conditional)
                .containsOnly(Divergence.CONDITIONAL_ONLY_WHEN_TRUE.js(false).python((Boolean) null).on(server));
        // the graph id alias and the assistant id give the same drawing
        assertThat(client.assistants().getGraph(COUNTER_ID).toMap()).isEqualTo(graph.toMap());
    }

    @Test
    void xrayExpandsTheSubgraph() {
        AssistantGraph plain = client.assistants().getGraph(SUBGRAPH_ID);
        AssistantGraph xrayAll = client.assistants().getGraph(SUBGRAPH_ID, -1, RequestOptions.none());
        AssistantGraph xrayOne = client.assistants().getGraph("subgraph", 1, RequestOptions.none());

        assertThat(plain.nodes()).extracting(GraphNode::id)
                .containsExactly("__start__", "before", "inner", "after", "__end__");
        assertThat(xrayAll.nodes()).extracting(GraphNode::id)
                .contains("before", "inner:inner_1", "inner:inner_2", "after")
                .doesNotContain("inner");
        assertThat(xrayOne.nodes()).extracting(GraphNode::id).contains("inner:inner_1", "inner:inner_2");
    }

    @Test
    void schemasOfCounterDescribeItsState() {
        GraphSchema schemas = client.assistants().getSchemas("counter", SLOW_CALL);

        assertThat(schemas.graphId()).isEqualTo("counter");
        assertThat(schemas.stateSchema()).containsEntry("type", "object");
        assertThat(properties(schemas.stateSchema())).containsKeys("count", "step", "visited");
        assertThat(schemas.inputSchema()).isNotNull();
        assertThat(schemas.outputSchema()).isNotNull();
        assertThat(schemas.configSchema()).isNotNull();
        // by assistant id, now cached
        assertThat(client.assistants().getSchemas(COUNTER_ID, SLOW_CALL).toMap()).isEqualTo(schemas.toMap());
    }

    @Test
    void subgraphsOfTheSubgraphGraph() {
        Map<String, GraphSchema> subgraphs = client.assistants().getSubgraphs(SUBGRAPH_ID, null, false, SLOW_CALL);

        assertThat(subgraphs).containsOnlyKeys("inner");
        GraphSchema inner = subgraphs.get("inner");
        assertThat(properties(inner.stateSchema())).containsKey("trail"); // JS sends the short key "state"
        assertThat(inner.inputSchema()).isNotNull();
        assertThat(inner.outputSchema()).isNotNull();

        assertThat(client.assistants().getSubgraphs("subgraph", "inner", false, SLOW_CALL)).containsOnlyKeys("inner");
        assertThat(client.assistants().getSubgraphs("subgraph", null, true, SLOW_CALL)).containsOnlyKeys("inner");
        assertThat(client.assistants().getSubgraphs("counter", null, false, SLOW_CALL)).isEmpty();
    }

    private Assistant create(String graphId, String name) {
        return client.assistants().create(AssistantCreateParams.builder(graphId)
                .name(name)
                .metadata(Map.of("tag", tag))
                .build());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> schema) {
        assertThat(schema).isNotNull().containsKey("properties");
        return (Map<String, Object>) schema.get("properties");
    }

    static Set<String> ids(List<Assistant> assistants) {
        return assistants.stream().map(Assistant::assistantId).collect(Collectors.toSet());
    }
}
