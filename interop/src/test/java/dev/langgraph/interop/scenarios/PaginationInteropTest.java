package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.assistants.AssistantSearchParams;
import dev.langgraph.client.assistants.AssistantUpdateParams;
import dev.langgraph.client.assistants.AssistantVersion;
import dev.langgraph.client.assistants.AssistantsPage;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.store.ListNamespacesParams;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JS dev server's paging quirks (real-server-notes §"Pagination headers"), as the SDK exposes them.
 *
 * <p>Assistants and threads search set {@code X-Pagination-Next} only when the number of <em>all</em>
 * matches equals {@code limit}, and then to {@code offset + matches}; only {@link AssistantsPage#next()} surfaces
 * it (thread search returns a plain list). The runs list applies {@code slice(offset, limit)}.
 */
@ExtendWith(RealServerExtension.class)
class PaginationInteropTest {

    private LangGraphClient client;
    private String tag;

    @BeforeEach
    void setUp(ServerEndpoint server) {
        client = Clients.of(server);
        tag = "pagination-it-" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void assistantsSearchPageNextAppearsOnlyWhenAllMatchesEqualTheLimit() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            created.add(client.assistants().create(AssistantCreateParams.builder("echo")
                    .metadata(Map.of("tag", tag)).build()).assistantId());
        }

        AssistantsPage exact = page(3, 0);
        assertThat(AssistantsInteropTest.ids(exact.assistants())).isEqualTo(created);
        assertThat(exact.next()).isEqualTo("3"); // although there is no further page
        AssistantsPage beyond = page(3, 3);
        assertThat(beyond.assistants()).isEmpty();
        assertThat(beyond.next()).isNull();

        AssistantsPage partial = page(2, 0);
        assertThat(partial.assistants()).hasSize(2);
        assertThat(partial.next()).isNull(); // although a third assistant matches

        AssistantsPage shifted = page(3, 1);
        assertThat(shifted.assistants()).hasSize(2);
        assertThat(shifted.next()).isEqualTo("4"); // offset + all matches, not offset + page size

        AssistantsPage roomy = page(5, 0);
        assertThat(roomy.assistants()).hasSize(3);
        assertThat(roomy.next()).isNull();

        // search() returns the same items as searchPage() without the header
        assertThat(AssistantsInteropTest.ids(client.assistants().search(AssistantSearchParams.builder()
                .metadata(Map.of("tag", tag)).limit(2).offset(1).build())))
                .hasSize(2).isSubsetOf(created);
    }

    @Test
    void threadsSearchPagesWithLimitAndOffset() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            created.add(client.threads().create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build())
                    .threadId());
        }

        List<String> seen = new ArrayList<>();
        seen.addAll(threadIds(2, 0));
        assertThat(seen).hasSize(2);
        List<String> second = threadIds(2, 2);
        assertThat(second).hasSize(1);
        seen.addAll(second);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(threadIds(2, 3)).isEmpty();
        assertThat(threadIds(1, 1)).hasSize(1).isSubsetOf(created);
    }

    @Test
    void runsListSlicesFromOffsetToLimit() {
        String thread = client.threads().create().threadId();
        List<String> runIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Run run = client.runs().create(thread, "counter", RunParams.builder().input(Map.of("count", i)).build());
            client.runs().join(thread, run.runId()); // one at a time: a busy thread rejects a new run
            runIds.add(run.runId());
        }

        // oldest first (the Python server lists newest first)
        assertThat(runIdsOf(client.runs().list(thread))).isEqualTo(runIds);
        // JS quirk: slice(offset, limit), so limit acts as an end index
        assertThat(runIdsOf(client.runs().list(thread, 2, 1, null, null, RequestOptions.none())))
                .containsExactly(runIds.get(1));
        assertThat(runIdsOf(client.runs().list(thread, 2, 2, null, null, RequestOptions.none()))).isEmpty();
        assertThat(runIdsOf(client.runs().list(thread, 3, 1, null, null, RequestOptions.none())))
                .containsExactly(runIds.get(1), runIds.get(2));
        assertThat(runIdsOf(client.runs().list(thread, 1, 0, null, null, RequestOptions.none())))
                .containsExactly(runIds.get(0));
    }

    @Test
    void assistantVersionsPageNewestFirst() {
        Assistant a = client.assistants().create(AssistantCreateParams.builder("counter")
                .metadata(Map.of("tag", tag)).build());
        client.assistants().update(a.assistantId(), AssistantUpdateParams.builder().name("v2").build());
        client.assistants().update(a.assistantId(), AssistantUpdateParams.builder().name("v3").build());

        assertThat(versions(a.assistantId(), 10, 0)).containsExactly(3, 2, 1);
        assertThat(versions(a.assistantId(), 1, 0)).containsExactly(3);
        assertThat(versions(a.assistantId(), 1, 1)).containsExactly(2);
        assertThat(versions(a.assistantId(), 2, 2)).containsExactly(1);
        // JS quirk: an empty page is not [] but 404 'Assistant "<id>" not found.'
        assertThatThrownBy(() -> versions(a.assistantId(), 2, 3))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail())
                        .isEqualTo("Assistant \"" + a.assistantId() + "\" not found."));
    }

    @Test
    void storeNamespacesPageWithLimitAndOffset() {
        String root = "pagination-it-" + UUID.randomUUID();
        for (String child : List.of("a", "b", "c")) {
            client.store().putItem(List.of(root, child), "k", Map.of("v", child));
        }

        List<List<String>> seen = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            List<List<String>> page = client.store().listNamespaces(ListNamespacesParams.builder()
                    .prefix(List.of(root)).limit(1).offset(offset).build()).namespaces();
            assertThat(page).hasSize(1);
            seen.addAll(page);
        }
        assertThat(seen).containsExactlyInAnyOrder(List.of(root, "a"), List.of(root, "b"), List.of(root, "c"));
        assertThat(client.store().listNamespaces(ListNamespacesParams.builder()
                .prefix(List.of(root)).limit(5).offset(3).build()).namespaces()).isEmpty();
    }

    private AssistantsPage page(int limit, int offset) {
        return client.assistants().searchPage(AssistantSearchParams.builder().metadata(Map.of("tag", tag))
                .limit(limit).offset(offset).build(), RequestOptions.none());
    }

    private List<String> threadIds(int limit, int offset) {
        return client.threads().search(ThreadSearchParams.builder().metadata(Map.of("tag", tag))
                .limit(limit).offset(offset).build()).stream()
                .map(dev.langgraph.client.threads.Thread::threadId).toList();
    }

    private List<Integer> versions(String assistantId, int limit, int offset) {
        return client.assistants().getVersions(assistantId, null, limit, offset, RequestOptions.none()).stream()
                .map(AssistantVersion::version).toList();
    }

    private static List<String> runIdsOf(List<Run> runs) {
        return runs.stream().map(Run::runId).toList();
    }
}
