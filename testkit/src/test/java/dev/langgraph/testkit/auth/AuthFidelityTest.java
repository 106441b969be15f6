package dev.langgraph.testkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.crons.Cron;
import dev.langgraph.client.crons.CronParams;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.AuthenticationException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.PermissionDeniedException;
import dev.langgraph.client.runs.BulkCancelRunsStatus;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.testkit.FakeLangGraphServer;
import dev.langgraph.testkit.LangGraphServerExtension;
import dev.langgraph.testkit.TestClock;
import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.Reducers;
import dev.langgraph.testkit.tck.Await;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fake server applies an {@link dev.langgraph.auth.Auth} as the Python server does, seen through the SDK by two
 * users: the user stamped into run config for graph nodes, cron firings as their creator, the filter on an
 * assistant's versions, crons on a hidden thread, and the opt-in 401 to 403.
 */
class AuthFidelityTest {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    /** Returns what the node saw of the authenticated user in its config. */
    private static final Graph WHOAMI = Graph.builder()
            .channel("who", Reducers.lastValue())
            .channel("user", Reducers.lastValue())
            .channel("permissions", Reducers.lastValue())
            .node("whoami", ctx -> {
                Map<String, Object> seen = new HashMap<>();
                seen.put("who", ctx.configurable("langgraph_auth_user_id"));
                seen.put("user", ctx.configurable("langgraph_auth_user"));
                seen.put("permissions", ctx.configurable("langgraph_auth_permissions"));
                return seen;
            })
            .edge(Graph.START, "whoami").edge("whoami", Graph.END)
            .build();

    private final TestClock clock = TestClock.startingAt(START);
    @RegisterExtension
    final LangGraphServerExtension extension = LangGraphServerExtension.newInstance().graph("whoami", WHOAMI)
            .clock(clock).auth(OwnerScopedAuth.auth()).build();

    private LangGraphClient alice;
    private LangGraphClient bob;

    @BeforeEach
    void clients() {
        alice = client(OwnerScopedAuth.ALICE);
        bob = client(OwnerScopedAuth.BOB);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    private LangGraphClient client(String token) {
        var builder = LangGraphClient.builder().baseUrl(extension.baseUrl()).noApiKey().retryPolicy(RetryPolicy.NONE);
        return (token == null ? builder : builder.header("Authorization", "Bearer " + token)).build();
    }

    private static Map<String, Object> configurable(Run run) {
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) run.kwargs().get("config");
        @SuppressWarnings("unchecked")
        Map<String, Object> configurable = (Map<String, Object>) config.get("configurable");
        return configurable;
    }

    /** Polls until the probe's value satisfies the condition (30 s deadline), and returns that value. */
    private static <T> T poll(Supplier<T> probe, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        Await.until("the expected state", () -> {
            last.set(probe.get());
            return done.test(last.get());
        }, () -> String.valueOf(last.get()));
        return last.get();
    }

    private static boolean hasHeader(ApiStatusException e, String name) {
        return e.headers().keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    @Test
    void graphNodesReadTheAuthenticatedUserFromTheRunConfig() {
        Thread thread = alice.threads().create();
        // a client cannot pass itself off as someone else: the server's stamps replace these
        Config spoof = Config.fromMap(Map.of("configurable", Map.of("langgraph_auth_user_id", "mallory",
                "langgraph_auth_user", Map.of("identity", "mallory"))));

        Object output = alice.runs().wait(thread.threadId(), "whoami",
                RunParams.builder().input(Map.of()).config(spoof).build());

        Map<String, Object> aliceUser = Map.of("identity", "alice", "display_name", "Alice",
                "is_authenticated", true, "permissions", List.of("threads:write", "crons:write"));
        assertThat(output).isEqualTo(Map.of("who", "alice", "user", aliceUser,
                "permissions", List.of("threads:write", "crons:write")));
        Run run = alice.runs().list(thread.threadId()).get(0);
        assertThat(configurable(run)).containsEntry("langgraph_auth_user", aliceUser)
                .containsEntry("langgraph_auth_user_id", "alice")
                .containsEntry("langgraph_auth_permissions", List.of("threads:write", "crons:write"))
                .containsEntry("user_id", "alice");
        assertThat(run.metadata()).containsEntry("owner", "alice").containsEntry("run_as", "alice");
        // the token never reaches the run, its config or the checkpoints
        assertThat(run.toString()).doesNotContain(OwnerScopedAuth.ALICE);
        Map<String, Object> checkpointMetadata = alice.threads().getState(thread.threadId()).metadata();
        assertThat(checkpointMetadata).containsEntry("langgraph_auth_user_id", "alice")
                .doesNotContainKeys("langgraph_auth_user", "langgraph_auth_permissions");
        assertThat(checkpointMetadata.toString()).doesNotContain(OwnerScopedAuth.ALICE);

        Thread bobs = bob.threads().create();
        assertThat(bob.runs().wait(bobs.threadId(), "whoami", RunParams.builder().input(Map.of()).build()))
                .isEqualTo(Map.of("who", "bob", "permissions", List.of("threads:write"), "user",
                        Map.of("identity", "bob", "display_name", "bob", "is_authenticated", true,
                                "permissions", List.of("threads:write"))));
    }

    @Test
    void aThreadCronFiresAsItsCreatorWithoutTheirPermissions() {
        Thread thread = alice.threads().create();
        Cron cron = alice.crons().createForThread(thread.threadId(), "whoami",
                CronParams.builder("*/5 * * * *").input(Map.of()).build());
        assertThat(cron.userId()).isEqualTo("alice");

        clock.advance(Duration.ofMinutes(5));

        Run run = poll(() -> alice.runs().list(thread.threadId()),
                runs -> runs.size() == 1 && runs.get(0).status() == RunStatus.SUCCESS).get(0);
        // the Python server rebuilds the cron's user from its user_id alone: identity, no permissions
        assertThat(configurable(run)).containsEntry("langgraph_auth_user_id", "alice")
                .containsEntry("langgraph_auth_permissions", List.of()).containsEntry("user_id", "alice")
                .containsEntry("cron_id", cron.cronId());
        assertThat(run.metadata()).containsEntry("owner", "alice").containsEntry("run_as", "alice");
        assertThat(alice.threads().getState(thread.threadId()).values()).isEqualTo(Map.of("who", "alice",
                "permissions", List.of(), "user", Map.of("identity", "alice", "display_name", "alice",
                        "is_authenticated", true, "permissions", List.of())));
        assertThatThrownBy(() -> bob.runs().list(thread.threadId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStatelessCronsThreadsBelongToItsCreator() {
        String tag = "t-" + System.nanoTime();
        alice.crons().create("whoami", CronParams.builder("*/5 * * * *").input(Map.of())
                .metadata(Map.of("tag", tag)).onRunCompleted(OnCompletionBehavior.KEEP).build());

        clock.advance(Duration.ofMinutes(5));

        ThreadSearchParams byTag = ThreadSearchParams.builder().metadata(Map.of("tag", tag)).build();
        List<Thread> threads = poll(() -> alice.threads().search(byTag), found -> found.size() == 1);
        assertThat(threads.get(0).metadata()).containsEntry("owner", "alice").containsEntry("run_as", "alice");
        assertThat(bob.threads().search(byTag)).isEmpty();
        assertThatThrownBy(() -> bob.threads().get(threads.get(0).threadId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCronOnAThreadHiddenByTheFilterIs404AndNoCronIsMade() {
        Thread alices = alice.threads().create();
        Assistant alicesAssistant = alice.assistants().create(AssistantCreateParams.builder("whoami").build());

        assertThatThrownBy(() -> bob.crons().createForThread(alices.threadId(), "whoami",
                CronParams.builder("*/5 * * * *").build()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail())
                        .isEqualTo("Thread with ID '" + alices.threadId() + "' not found. Please verify the ID is"
                                + " correct and the thread hasn't been deleted or expired."));
        // an assistant given by id is filtered too (one given by graph name is not, as on the Python server)
        Thread bobs = bob.threads().create();
        assertThatThrownBy(() -> bob.crons().createForThread(bobs.threadId(), alicesAssistant.assistantId(),
                CronParams.builder("*/5 * * * *").build())).isInstanceOf(NotFoundException.class);

        assertThat(alice.crons().count()).isZero();
        assertThat(bob.crons().count()).isZero();
        Cron bobsCron = bob.crons().createForThread(bobs.threadId(), "whoami",
                CronParams.builder("*/5 * * * *").build());
        assertThat(bobsCron.userId()).isEqualTo("bob");
        assertThat(bob.crons().search()).extracting(Cron::cronId).containsExactly(bobsCron.cronId());
        assertThat(alice.crons().search()).isEmpty();
    }

    @Test
    void anAssistantsVersionsAreHiddenLikeTheAssistant() {
        Assistant assistant = alice.assistants().create(AssistantCreateParams.builder("whoami").build());
        String id = assistant.assistantId();

        assertThat(alice.assistants().getVersions(id, null, 10, 0, RequestOptions.none())).hasSize(1);
        assertThatThrownBy(() -> bob.assistants().getVersions(id, null, 10, 0, RequestOptions.none()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("Assistant " + id + " not found"));
        assertThatThrownBy(() -> bob.assistants().setLatest(id, 1, RequestOptions.none()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bob.assistants().get(id)).isInstanceOf(NotFoundException.class);
        assertThat(alice.assistants().setLatest(id, 1, RequestOptions.none()).assistantId()).isEqualTo(id);
    }

    @Test
    void bulkDeletesAndCancelsReachOnlyTheThreadsTheFilterShows() {
        Assistant assistant = alice.assistants().create(AssistantCreateParams.builder("whoami").build());
        String id = assistant.assistantId();
        Thread alices = alice.threads().create();
        Thread bobs = bob.threads().create();
        alice.runs().wait(alices.threadId(), id, RunParams.builder().input(Map.of()).build());
        bob.runs().wait(bobs.threadId(), id, RunParams.builder().input(Map.of()).build()); // runs are not filtered

        alice.assistants().delete(id, true, RequestOptions.none());

        assertThatThrownBy(() -> alice.threads().get(alices.threadId())).isInstanceOf(NotFoundException.class);
        assertThat(bob.threads().get(bobs.threadId()).metadata()).containsEntry("assistant_id", id);

        // runs delayed on the manual clock stay pending: cancel by status reaches only the caller's
        Run pending = alice.runs().create(alice.threads().create().threadId(), "whoami",
                RunParams.builder().input(Map.of()).afterSeconds(60).build());
        assertThatThrownBy(() -> bob.runs().cancelMany(null, null, BulkCancelRunsStatus.PENDING))
                .isInstanceOf(NotFoundException.class);
        assertThat(alice.runs().get(pending.threadId(), pending.runId()).status()).isEqualTo(RunStatus.PENDING);
        alice.runs().cancelMany(null, null, BulkCancelRunsStatus.PENDING);
        assertThat(poll(() -> alice.runs().get(pending.threadId(), pending.runId()).status(),
                status -> status != RunStatus.PENDING)).isEqualTo(RunStatus.INTERRUPTED);
    }

    @Test
    void aRefusedAuthenticationIs401WithItsChallengeByDefault() {
        try (LangGraphClient anonymous = client(null)) {
            assertThatThrownBy(() -> anonymous.threads().search(ThreadSearchParams.builder().build()))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(401);
                        assertThat(e.detail()).isEqualTo("Missing bearer token");
                        assertThat(hasHeader(e, "WWW-Authenticate")).isTrue();
                    });
        }
    }

    @Test
    void thePythonServers403ForRefusedAuthenticationIsOptIn() {
        try (FakeLangGraphServer python = FakeLangGraphServer.builder().auth(OwnerScopedAuth.auth())
                .authenticationErrorsAs403(true).start();
                LangGraphClient anonymous = LangGraphClient.builder().baseUrl(python.baseUrl()).noApiKey()
                        .retryPolicy(RetryPolicy.NONE).build();
                LangGraphClient mallory = LangGraphClient.builder().baseUrl(python.baseUrl()).noApiKey()
                        .retryPolicy(RetryPolicy.NONE).header("Authorization", "Bearer mallory").build();
                LangGraphClient alicePy = LangGraphClient.builder().baseUrl(python.baseUrl()).noApiKey()
                        .retryPolicy(RetryPolicy.NONE).header("Authorization", "Bearer " + OwnerScopedAuth.ALICE).build()) {
            assertThatThrownBy(() -> anonymous.threads().create())
                    .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.detail()).isEqualTo("Missing bearer token");
                        assertThat(hasHeader(e, "WWW-Authenticate")).isFalse();
                    });
            assertThatThrownBy(() -> mallory.threads().create())
                    .isInstanceOfSatisfying(PermissionDeniedException.class,
                            e -> assertThat(e.detail()).isEqualTo("Invalid bearer token"));
            // an authenticated user is unaffected, and a filter still hides rather than refuses
            Thread thread = alicePy.threads().create();
            assertThat(alicePy.threads().get(thread.threadId()).metadata()).containsEntry("owner", "alice");
        }
        assertThatThrownBy(() -> FakeLangGraphServer.builder().authenticationErrorsAs403(true).create())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("auth");
    }
}
