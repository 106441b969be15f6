package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The JS dev server's paging quirks (real-server-notes §"Pagination headers"), as the SDK exposes them.
 *
 * <p>Assistants and threads search set {@code X-Pagination-Next} only when the number of <em>all</em>
 * matches equals {@code limit}, and then to {@code offset + matches}; only {@link AssistantsPage#next()} surfaces
 * it (thread search returns a plain list). The runs list applies {@code slice(offset, limit)}.
 */
class PaginationInteropTest extends Scenario {

    PaginationInteropTest(ServerEndpoint server) {
        super(server);
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
        // JS: "3" although there is no further page; Python probes for one more row
        assertThat(exact.next()).isEqualTo(Divergence.PYTHON_PAGINATION.js("3").python((String) null).on(server));
        AssistantsPage beyond = page(3, 3);
        assertThat(beyond.assistants()).isEmpty();
        assertThat(beyond.next()).isNull();

        AssistantsPage partial = page(2, 0);
        assertThat(partial.assistants()).hasSize(2);
        // JS: none although a third assistant matches
        assertThat(partial.next()).isEqualTo(Divergence.PYTHON_PAGINATION.js((String) null).python("2").on(server));

        AssistantsPage shifted = page(3, 1);
        assertThat(shifted.assistants()).hasSize(2);
        // JS: offset + all matches, not offset + page size
        assertThat(shifted.next()).isEqualTo(Divergence.PYTHON_PAGINATION.js("4").python((String) null).on(server));

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

        String r0 = runIds.get(0);
        String r1 = runIds.get(1);
        String r2 = runIds.get(2);
        // JS: oldest first (the Python server lists newest first)
        assertThat(runIdsOf(client.runs().list(thread)))
                .isEqualTo(Divergence.PYTHON_PAGINATION.js(runIds).python(List.of(r2, r1, r0)).on(server));
        // JS quirk: slice(offset, limit), so limit acts as an end index
        assertThat(runIdsOf(client.runs().list(thread, 2, 1, null, null, RequestOptions.none())))
                .isEqualTo(Divergence.PYTHON_PAGINATION.js(List.of(r1)).python(List.of(r1, r0)).on(server));
        assertThat(runIdsOf(client.runs().list(thread, 2, 2, null, null, RequestOptions.none())))
                .isEqualTo(Divergence.PYTHON_PAGINATION.js(List.<String>of()).python(List.of(r0)).on(server));
        assertThat(runIdsOf(client.runs().list(thread, 3, 1, null, null, RequestOptions.none())))
                .isEqualTo(Divergence.PYTHON_PAGINATION.js(List.of(r1, r2)).python(List.of(r1, r0)).on(server));
        assertThat(runIdsOf(client.runs().list(thread, 1, 0, null, null, RequestOptions.none())))
                .isEqualTo(Divergence.PYTHON_PAGINATION.js(List.of(r0)).python(List.of(r2)).on(server));
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
        // An empty page is not [] but 404 'Assistant "<id>" not found.' (Python: 404 'Assistant <id> not found')
        assertThatThrownBy(() -> versions(a.assistantId(), 2, 3))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail()).isEqualTo(
                        Divergence.PYTHON_ERRORS.js("Assistant \"" + a.assistantId() + "\" not found.")
                                .python("Assistant " + a.assistantId() + " not found").on(server)));
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
