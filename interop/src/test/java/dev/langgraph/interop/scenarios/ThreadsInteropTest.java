package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.common.OnConflictBehavior;
import dev.langgraph.client.common.SortOrder;
import dev.langgraph.client.errors.BadRequestException;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.threads.StateUpdate;
import dev.langgraph.client.threads.Superstep;
import dev.langgraph.client.threads.ThreadCountParams;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadHistoryParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.client.threads.ThreadSelectField;
import dev.langgraph.client.threads.ThreadSortBy;
import dev.langgraph.client.threads.ThreadState;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.client.threads.ThreadUpdateParams;
import dev.langgraph.client.threads.ThreadUpdateStateParams;
import dev.langgraph.client.threads.ThreadUpdateStateResponse;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The thread routes of the JS dev server through {@link dev.langgraph.client.threads.ThreadsClient}: create
 * (metadata, id, 409, do_nothing, supersteps), get, update, delete, search, count, copy, state (empty, after a
 * run, at a checkpoint, by POST), state updates and history.
 */
class ThreadsInteropTest extends Scenario {

    private static final Map<String, Object> COUNTER_INPUT = Map.of("count", 0);

    ThreadsInteropTest(ServerEndpoint server) {
        super(server);
    }

    @Test
    void createWithMetadataAndIdThenGet() {
        String id = UUID.randomUUID().toString();

        dev.langgraph.client.threads.Thread created = client.threads().create(ThreadCreateParams.builder()
                .threadId(id).metadata(Map.of("tag", tag, "n", 1)).build());

        assertThat(created.threadId()).isEqualTo(id);
        assertThat(created.metadata()).isEqualTo(Map.of("tag", tag, "n", 1));
        assertThat(created.status()).isEqualTo(ThreadStatus.IDLE);
        assertThat(created.createdAt()).isNotNull();
        assertThat(created.updatedAt()).isNotNull();

        dev.langgraph.client.threads.Thread fetched = client.threads().get(id);
        assertThat(fetched.threadId()).isEqualTo(id);
        assertThat(fetched.metadata()).isEqualTo(created.metadata());
        assertThat(fetched.createdAt()).isEqualTo(created.createdAt());

        // without an id the server makes one (a UUIDv7)
        dev.langgraph.client.threads.Thread generated = client.threads().create();
        assertThat(UUID.fromString(generated.threadId()).version()).isEqualTo(7);
        assertThat(generated.metadata()).isEmpty();
    }

    @Test
    void duplicateIdConflictsUnlessDoNothing() {
        String id = UUID.randomUUID().toString();
        client.threads().create(ThreadCreateParams.builder().threadId(id).metadata(Map.of("tag", tag)).build());

        assertThatThrownBy(() -> client.threads().create(ThreadCreateParams.builder().threadId(id).build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.detail()).isEqualTo(
                            Divergence.PYTHON_ERRORS.js("Thread already exists").python("Conflict").on(server));
                });

        dev.langgraph.client.threads.Thread existing = client.threads().create(ThreadCreateParams.builder()
                .threadId(id).metadata(Map.of("other", true)).ifExists(OnConflictBehavior.DO_NOTHING).build());
        assertThat(existing.threadId()).isEqualTo(id);
        assertThat(existing.metadata()).isEqualTo(Map.of("tag", tag));
    }

    @Test
    void superstepsNeedAGraphIdOnTheJsServer() {
        List<Superstep> steps = List.of(Superstep.of(StateUpdate.of(Map.of("count", 5), "add_a")));

        // JS divergence: without metadata.graph_id the server cannot apply supersteps (400, text body).
        assertThatThrownBy(() -> client.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("tag", tag)).supersteps(steps).build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.detail()).endsWith(
                        Divergence.PYTHON_ERRORS.js("has no graph ID")
                                .python("has no graph ID: supersteps need metadata.graph_id").on(server)));

        dev.langgraph.client.threads.Thread seeded = client.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("tag", tag)).graphId("counter").supersteps(steps).build());

        assertThat(seeded.metadata()).containsEntry("graph_id", "counter").containsEntry("tag", tag);
        ThreadState state = client.threads().getState(seeded.threadId());
        assertThat(values(state)).containsEntry("count", 5);
        assertThat(state.next()).containsExactly("add_b");
        assertThat(state.metadata()).containsEntry("source", "update");
    }

    @Test
    void updateMergesMetadata() {
        dev.langgraph.client.threads.Thread t = client.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("tag", tag, "a", 1)).build());

        dev.langgraph.client.threads.Thread updated = client.threads().update(t.threadId(),
                ThreadUpdateParams.of(Map.of("b", 2)));

        assertThat(updated.metadata()).isEqualTo(Map.of("tag", tag, "a", 1, "b", 2));
        assertThat(updated.threadId()).isEqualTo(t.threadId());

        dev.langgraph.client.threads.Thread minimal = client.threads().update(t.threadId(),
                ThreadUpdateParams.builder(Map.of("a", 3)).returnMinimal(true).build());
        // JS divergence: the server ignores "Prefer: return=minimal" and still returns the thread.
        if (Divergence.RETURN_MINIMAL_IS_204.pythonSideOn(server)) {
            assertThat(minimal).isNull();
        } else {
            assertThat(minimal).isNotNull();
            assertThat(minimal.metadata()).isEqualTo(Map.of("tag", tag, "a", 3, "b", 2));
        }
        assertThat(client.threads().get(t.threadId()).metadata()).isEqualTo(Map.of("tag", tag, "a", 3, "b", 2));
    }

    @Test
    void deleteThenGetIsNotFound() {
        dev.langgraph.client.threads.Thread t = client.threads().create();

        client.threads().delete(t.threadId());

        assertThatThrownBy(() -> client.threads().get(t.threadId()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS
                                .js("Thread with ID " + t.threadId() + " not found")
                                .python("Thread with ID '" + t.threadId() + "' not found").on(server)));
        assertThatThrownBy(() -> client.threads().delete(t.threadId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchFiltersByMetadataIdsStatusAndValues() {
        String ran = newThread("ran");
        String failed = newThread("failed");
        String fresh = newThread("fresh");
        client.runs().wait(ran, "counter", RunParams.builder().input(COUNTER_INPUT).build());
        client.runs().wait(failed, "fail", RunParams.builder().input(Map.of()).build(), false, RequestOptions.none());
        // The thread's status and values are written just after the run ends: wait for them.
        Await.awaitValue(Await.DEFAULT_DEADLINE, "the failed thread to be in error",
                () -> client.threads().get(failed).status(), ThreadStatus.ERROR::equals);
        Await.awaitValue(Await.DEFAULT_DEADLINE, "the counter thread to be idle with values",
                () -> client.threads().get(ran), t -> ThreadStatus.IDLE.equals(t.status()) && t.values() != null);
        Map<String, Object> byTag = Map.of("tag", tag);

        assertThat(searchIds(ThreadSearchParams.builder().metadata(byTag))).containsExactlyInAnyOrder(ran, failed, fresh);
        assertThat(searchIds(ThreadSearchParams.builder().metadata(Map.of("tag", tag, "name", "ran"))))
                .containsExactly(ran);
        assertThat(searchIds(ThreadSearchParams.builder().ids(List.of(ran, fresh))))
                .containsExactlyInAnyOrder(ran, fresh);
        assertThat(searchIds(ThreadSearchParams.builder().metadata(byTag).status(ThreadStatus.ERROR)))
                .containsExactly(failed);
        assertThat(searchIds(ThreadSearchParams.builder().metadata(byTag).status(ThreadStatus.IDLE)))
                .containsExactlyInAnyOrder(ran, fresh);
        assertThat(searchIds(ThreadSearchParams.builder().metadata(byTag).status(ThreadStatus.BUSY))).isEmpty();
        // JS quirk: a thread without values (never ran) passes any values filter (not on the Python server).
        List<String> withoutValues = Divergence.VALUES_FILTER_IS_CONTAINMENT.js(List.of(fresh))
                .python(List.<String>of()).on(server);
        List<String> countIs3 = new ArrayList<>(withoutValues);
        countIs3.add(ran);
        assertThat(searchIds(ThreadSearchParams.builder().metadata(byTag).values(Map.of("count", 3))))
                .containsExactlyInAnyOrderElementsOf(countIs3);
        assertThat(searchIds(ThreadSearchParams.builder().metadata(byTag).values(Map.of("count", 42))))
                .containsExactlyElementsOf(withoutValues);
        // the first run stamps graph_id and assistant_id into the thread metadata
        assertThat(client.threads().get(ran).metadata()).containsEntry("graph_id", "counter")
                .containsEntry("assistant_id", AssistantsInteropTest.COUNTER_ID);
    }

    @Test
    void searchSelectsFieldsAndSorts() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(newThread("t" + i));
        }
        List<String> ascending = ids.stream().sorted().toList();
        List<String> descending = ids.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        ThreadSearchParams.Builder byTag = ThreadSearchParams.builder().metadata(Map.of("tag", tag));

        assertThat(searchIds(byTag.sortBy(ThreadSortBy.THREAD_ID).sortOrder(SortOrder.ASC))).isEqualTo(ascending);
        assertThat(searchIds(byTag.sortBy(ThreadSortBy.THREAD_ID).sortOrder(SortOrder.DESC)))
                .isEqualTo(descending);

        List<dev.langgraph.client.threads.Thread> selected = client.threads().search(ThreadSearchParams.builder()
                .metadata(Map.of("tag", tag)).select(List.of(ThreadSelectField.THREAD_ID, ThreadSelectField.STATUS))
                .build());
        assertThat(selected).hasSize(3).allSatisfy(t -> {
            assertThat(t.toMap()).containsOnlyKeys("thread_id", "status");
            assertThat(t.status()).isEqualTo(ThreadStatus.IDLE);
            assertThat(t.metadata()).isNull();
        });
    }

    @Test
    void countFiltersByMetadataAndStatus() {
        newThread("a");
        newThread("b");

        assertThat(client.threads().count(ThreadCountParams.ofMetadata(Map.of("tag", tag)))).isEqualTo(2);
        assertThat(client.threads().count(ThreadCountParams.ofMetadata(Map.of("tag", tag, "name", "a")))).isEqualTo(1);
        assertThat(client.threads().count(new ThreadCountParams(Map.of("tag", tag), null, ThreadStatus.IDLE)))
                .isEqualTo(2);
        assertThat(client.threads().count(new ThreadCountParams(Map.of("tag", tag), null, ThreadStatus.ERROR)))
                .isZero();
        assertThat(client.threads().count(ThreadCountParams.all())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void copyDuplicatesStateUnderANewId() {
        String original = newThread("original");
        client.runs().wait(original, "counter", RunParams.builder().input(COUNTER_INPUT).build());

        dev.langgraph.client.threads.Thread copy = client.threads().copy(original);

        assertThat(copy.threadId()).isNotEqualTo(original);
        assertThat(copy.metadata()).containsEntry("tag", tag).containsEntry("name", "original");
        assertThat(values(client.threads().getState(copy.threadId()))).containsEntry("count", 3);
        assertThat(client.threads().getHistory(copy.threadId())).hasSameSizeAs(client.threads().getHistory(original));
    }

    @Test
    void stateOfAThreadThatNeverRanIsEmpty() {
        String id = newThread("empty");

        ThreadState state = client.threads().getState(id);

        assertThat(values(state)).isEmpty();
        assertThat(state.next()).isEmpty();
        assertThat(state.tasks()).isEmpty();
        assertThat(state.checkpoint()).isNull();
        assertThat(state.parentCheckpoint()).isNull();
        assertThat(state.createdAt()).isNull();
        assertThat(client.threads().getHistory(id)).isEmpty();
    }

    @Test
    void stateAfterACounterRun() {
        String id = newThread("counter");

        client.runs().wait(id, "counter", RunParams.builder().input(COUNTER_INPUT).build());

        ThreadState state = client.threads().getState(id);
        assertThat(values(state)).containsEntry("count", 3).containsEntry("step", 1)
                .containsEntry("visited", List.of("add_a", "add_b", "add_c"));
        assertThat(state.next()).isEmpty();
        assertThat(state.checkpoint()).isNotNull();
        assertThat(state.checkpoint().threadId()).isEqualTo(id);
        assertThat(state.checkpoint().checkpointId()).isNotBlank();
        assertThat(state.parentCheckpoint()).isNotNull();
        assertThat(state.createdAt()).isNotNull();
        assertThat(state.metadata()).containsEntry("source", "loop");
        assertThat(client.threads().getState(id, true, RequestOptions.none()).toMap()).isEqualTo(state.toMap());
    }

    @Test
    void stateAtACheckpointById() {
        String id = newThread("checkpoints");
        client.runs().wait(id, "counter", RunParams.builder().input(COUNTER_INPUT).build());
        String checkpointId = checkpointWithCount(id, 1);

        ThreadState state = client.threads().getState(id, checkpointId, false);

        assertThat(values(state)).containsEntry("count", 1).containsEntry("visited", List.of("add_a"));
        assertThat(state.checkpoint().checkpointId()).isEqualTo(checkpointId);
        assertThat(state.next()).containsExactly("add_b");
        assertThat(client.threads().getState(id, checkpointId, true).toMap()).isEqualTo(state.toMap());
    }

    @Test
    void stateAtACheckpointByPost() {
        String id = newThread("checkpoints-post");
        client.runs().wait(id, "counter", RunParams.builder().input(COUNTER_INPUT).build());
        String checkpointId = checkpointWithCount(id, 1);

        ThreadState byPost = client.threads().getState(id,
                Checkpoint.builder().checkpointId(checkpointId).build(), false);

        assertThat(values(byPost)).containsEntry("count", 1).containsEntry("visited", List.of("add_a"));
        assertThat(byPost.checkpoint().checkpointId()).isEqualTo(checkpointId);
        assertThat(byPost.toMap()).isEqualTo(client.threads().getState(id, checkpointId, false).toMap());
    }

    @Test
    void updateStateAsNodeIsReflectedInState() {
        String id = newThread("update-state");
        client.runs().wait(id, "counter", RunParams.builder().input(COUNTER_INPUT).build());

        ThreadUpdateStateResponse response = client.threads().updateState(id,
                ThreadUpdateStateParams.builder(Map.of("count", 100, "visited", List.of("manual"))).asNode("add_c")
                        .build());

        assertThat(response.checkpoint().threadId()).isEqualTo(id);
        ThreadState state = client.threads().getState(id);
        assertThat(state.checkpoint().checkpointId()).isEqualTo(response.checkpoint().checkpointId());
        assertThat(values(state)).containsEntry("count", 100)
                .containsEntry("visited", List.of("add_a", "add_b", "add_c", "manual")); // append reducer
        assertThat(state.next()).isEmpty(); // add_c leads to the end
        assertThat(state.metadata()).containsEntry("source", "update");
    }

    @Test
    void updateStateOnAThreadThatNeverRanIsRejected() {
        String id = newThread("never-ran");

        // JS divergence: the thread has no graph yet, so the server cannot apply an update (400, text body).
        assertThatThrownBy(() -> client.threads().updateState(id, ThreadUpdateStateParams.of(Map.of("count", 1))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.detail()).isEqualTo(
                        Divergence.PYTHON_ERRORS.js("Thread " + id + " has no graph ID")
                                .python("Thread '" + id + "' has no assigned graph ID. This usually happens when no"
                                        + " runs have been made on this thread. Please create a run first.")
                                .on(server)));
    }

    @Test
    void patchStateHasNoRouteOnTheJsServer() {
        String id = newThread("patch-state");
        client.runs().wait(id, "counter", RunParams.builder().input(COUNTER_INPUT).build());

        if (Divergence.PATCH_STATE_EXISTS.pythonSideOn(server)) {
            client.threads().patchState(id, Map.of("note", tag));
            assertThat(client.threads().getState(id).metadata()).containsEntry("note", tag);
            return;
        }
        // JS divergence: PATCH /threads/{id}/state (checkpoint metadata) is not implemented: router 404.
        assertThatThrownBy(() -> client.threads().patchState(id, Map.of("note", tag)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("404 Not Found"));
        assertThat(client.threads().getState(id).metadata()).doesNotContainKey("note");
    }

    @Test
    void historyIsNewestFirstAndFilters() {
        String id = newThread("history");
        client.runs().wait(id, "counter", RunParams.builder().input(COUNTER_INPUT).build());
        ThreadState current = client.threads().getState(id);

        List<ThreadState> history = client.threads().getHistory(id);

        // input checkpoint, then one per superstep: start (count 0), add_a, add_b, add_c
        assertThat(history).hasSize(5);
        assertThat(history.get(0).checkpoint().checkpointId()).isEqualTo(current.checkpoint().checkpointId());
        assertThat(history.subList(0, 4)).extracting(s -> values(s).get("count")).containsExactly(3, 2, 1, 0);
        assertThat(history).extracting(s -> ((Number) s.metadata().get("step")).intValue())
                .containsExactly(3, 2, 1, 0, -1);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i - 1).parentCheckpoint().checkpointId())
                    .isEqualTo(history.get(i).checkpoint().checkpointId());
        }

        assertThat(client.threads().getHistory(id, ThreadHistoryParams.builder().limit(2).build()))
                .extracting(s -> s.checkpoint().checkpointId())
                .containsExactly(history.get(0).checkpoint().checkpointId(), history.get(1).checkpoint().checkpointId());
        assertThat(client.threads().getHistory(id, ThreadHistoryParams.builder()
                .metadata(Map.of("source", "input")).build()))
                .singleElement()
                .satisfies(s -> assertThat(s.checkpoint().checkpointId())
                        .isEqualTo(history.get(4).checkpoint().checkpointId()));
        assertThat(client.threads().getHistory(id, ThreadHistoryParams.builder()
                .before(history.get(1).checkpoint().checkpointId()).build()))
                .extracting(s -> s.checkpoint().checkpointId())
                .containsExactly(history.get(2).checkpoint().checkpointId(),
                        history.get(3).checkpoint().checkpointId(), history.get(4).checkpoint().checkpointId());
        assertThat(client.threads().getHistory(id, ThreadHistoryParams.builder()
                .before(history.get(0).checkpoint().checkpointId()).limit(1).build()))
                .extracting(s -> s.checkpoint().checkpointId())
                .containsExactly(history.get(1).checkpoint().checkpointId());
        // JS divergence: "before" must be a checkpoint id string there; a checkpoint object is a zod 400.
        if (Divergence.HISTORY_BEFORE_TAKES_A_CHECKPOINT.pythonSideOn(server)) {
            assertThat(client.threads().getHistory(id, ThreadHistoryParams.builder()
                    .before(history.get(0).checkpoint()).limit(1).build()))
                    .extracting(s -> s.checkpoint().checkpointId())
                    .containsExactly(history.get(1).checkpoint().checkpointId());
            return;
        }
        assertThatThrownBy(() -> client.threads().getHistory(id, ThreadHistoryParams.builder()
                .before(history.get(0).checkpoint()).build()))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.detail()).startsWith("ZodError: before: "));
    }

    private String newThread(String name) {
        return client.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("tag", tag, "name", name)).build()).threadId();
    }

    private String checkpointWithCount(String threadId, int count) {
        return client.threads().getHistory(threadId).stream()
                .filter(s -> Integer.valueOf(count).equals(values(s).get("count")))
                .findFirst().orElseThrow().checkpoint().checkpointId();
    }

    private List<String> searchIds(ThreadSearchParams.Builder params) {
        return client.threads().search(params.build()).stream()
                .map(dev.langgraph.client.threads.Thread::threadId).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> values(ThreadState state) {
        assertThat(state.values()).isInstanceOf(Map.class);
        return (Map<String, Object>) state.values();
    }
}
