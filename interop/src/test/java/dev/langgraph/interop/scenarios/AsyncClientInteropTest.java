package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphAsyncClient;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantSearchParams;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.store.Item;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadState;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The non-blocking view ({@link LangGraphClient#async()}) against the real server: results and failures arrive
 * on completion threads, never on the transport's I/O threads, so continuations may block.
 */
class AsyncClientInteropTest extends Scenario {

    private static final long TIMEOUT_SECONDS = 60;

    private LangGraphAsyncClient async;
    /** Names of the threads that ran this test's continuations. */
    private final Queue<String> callbackThreads = new ConcurrentLinkedQueue<>();

    AsyncClientInteropTest(ServerEndpoint server) {
        super(server);
    }

    @BeforeEach
    void setUp() {
        async = client.async();
    }

    @Test
    void threadLifecycleCompletesOffTheIoThreads() throws Exception {
        CompletableFuture<dev.langgraph.client.threads.Thread> created = track(async.threads()
                .create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build()));
        dev.langgraph.client.threads.Thread thread = created.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        Object result = track(async.runs().wait(thread.threadId(), "counter",
                RunParams.builder().input(Map.of("count", 0)).build())).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        ThreadState state = track(async.threads().getState(thread.threadId())).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        track(async.threads().delete(thread.threadId())).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(thread.metadata()).containsEntry("tag", tag);
        assertThat(result).isInstanceOfSatisfying(Map.class, values -> assertThat(values).containsEntry("count", 3));
        assertThat(ThreadsInteropTest.values(state)).containsEntry("count", 3);
        assertThatThrownBy(() -> client.threads().get(thread.threadId())).isInstanceOf(NotFoundException.class);
        assertOffIoThreads();
    }

    @Test
    void failuresCompleteExceptionallyWithTheTypedException() {
        String missing = UUID.randomUUID().toString();

        CompletableFuture<dev.langgraph.client.threads.Thread> notFound = track(async.threads().get(missing));
        String id = client.threads().create().threadId();
        CompletableFuture<dev.langgraph.client.threads.Thread> conflict = track(async.threads()
                .create(ThreadCreateParams.builder().threadId(id).build()));

        assertThatThrownBy(() -> notFound.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS
                                .js("Thread with ID " + missing + " not found")
                                .python("Thread with ID '" + missing + "' not found").on(server)));
        assertThatThrownBy(() -> conflict.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ConflictException.class);
        // join() wraps in CompletionException, with the same typed cause
        assertThatThrownBy(notFound::join).cause().isInstanceOf(NotFoundException.class);
        assertOffIoThreads();
    }

    @Test
    void continuationsMayBlockOnTheSyncClient() throws Exception {
        // A continuation on an I/O thread could not block; on a completion thread it can.
        CompletableFuture<ThreadState> chained = async.threads()
                .create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build())
                .thenApply(t -> {
                    callbackThreads.add(Thread.currentThread().getName());
                    async.sync().runs().wait(t.threadId(), "counter", RunParams.builder()
                            .input(Map.of("count", 10)).build());
                    return async.sync().threads().getState(t.threadId());
                });

        ThreadState state = chained.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(ThreadsInteropTest.values(state)).containsEntry("count", 13);
        assertOffIoThreads();
    }

    @Test
    void concurrentCallsAcrossResources() throws Exception {
        List<String> ns = List.of("async-it-" + UUID.randomUUID(), "notes");

        CompletableFuture<Item> stored = track(async.store().putItem(ns, "k", Map.of("v", tag)))
                .thenCompose(ignored -> track(async.store().getItem(ns, "k")));
        CompletableFuture<List<Assistant>> assistants = track(async.assistants().search(
                AssistantSearchParams.builder().graphId("counter").metadata(Map.of("created_by", "system")).build()));
        CompletableFuture<Integer> count = track(async.assistants().count(null, RequestOptions.none()));
        CompletableFuture<Object> stateless = track(async.runs().wait(null, "counter",
                RunParams.builder().input(Map.of("count", 1)).build()));

        CompletableFuture.allOf(stored, assistants, count, stateless).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(stored.join().value()).isEqualTo(Map.of("v", tag));
        assertThat(assistants.join()).extracting(Assistant::assistantId)
                .containsExactly(AssistantsInteropTest.COUNTER_ID);
        assertThat(count.join()).isGreaterThanOrEqualTo(7);
        assertThat(stateless.join()).isInstanceOfSatisfying(Map.class,
                values -> assertThat(values).containsEntry("count", 4));
        assertOffIoThreads();
    }

    @Test
    void aCustomCompletionExecutorDeliversTheResults(ServerEndpoint server) throws Exception {
        AtomicInteger executed = new AtomicInteger();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "interop-completion-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (LangGraphAsyncClient custom = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey()
                .completionExecutor(task -> {
                    executed.incrementAndGet();
                    pool.execute(task);
                })
                .buildAsync()) {
            CompletableFuture<String> name = new CompletableFuture<>();
            custom.assistants().get("echo").whenComplete((a, e) -> name.complete(Thread.currentThread().getName()));
            CompletableFuture<Assistant> echo = custom.assistants().get("echo");

            assertThat(echo.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).assistantId())
                    .isEqualTo(AssistantsInteropTest.ECHO_ID);
            // the callback was registered before the response could arrive only in all likelihood, so it ran
            // either on the pool or, if the future had already completed, right here on the test thread
            assertThat(name.get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .satisfiesAnyOf(n -> assertThat(n).startsWith("interop-completion-"),
                            n -> assertThat(n).isEqualTo(Thread.currentThread().getName()));
            assertThat(executed.get()).isGreaterThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Records the thread that completes {@code future}'s dependents (the completing thread, or this one). */
    private <T> CompletableFuture<T> track(CompletableFuture<T> future) {
        future.whenComplete((v, e) -> callbackThreads.add(Thread.currentThread().getName()));
        return future;
    }

    private void assertOffIoThreads() {
        String testThread = Thread.currentThread().getName();
        assertThat(callbackThreads).isNotEmpty().allSatisfy(name -> {
            assertThat(name).doesNotContainIgnoringCase("I/O dispatcher").doesNotContainIgnoringCase("httpclient");
            assertThat(name).satisfiesAnyOf(n -> assertThat(n).startsWith("langgraph-sdk-async-"),
                    n -> assertThat(n).isEqualTo(testThread));
        });
    }
}
