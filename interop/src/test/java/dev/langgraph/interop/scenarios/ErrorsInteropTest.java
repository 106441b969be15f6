package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.crons.Cron;
import dev.langgraph.client.crons.CronParams;
import dev.langgraph.client.crons.CronUpdateParams;
import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.BadRequestException;
import dev.langgraph.client.errors.InternalServerException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.UnprocessableEntityException;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.client.threads.ThreadStatus;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the JS dev server's errors surface through the SDK: text/plain 404s, zod 400s, the 422 for a run on a
 * missing thread, the unimplemented crons, and a refused connection. On the fake, the Python server's errors instead
 * ({@link Divergence}).
 */
@ExtendWith(RealServerExtension.class)
class ErrorsInteropTest {

    private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

    private LangGraphClient client;
    private ServerEndpoint server;

    @BeforeEach
    void setUp(ServerEndpoint server) {
        this.server = server;
        client = Clients.of(server);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void notFoundTextBodiesBecomeTheDetail() {
        String missing = UUID.randomUUID().toString();

        String threadNotFound = Divergence.PYTHON_ERRORS.js("Thread with ID " + missing + " not found")
                .python("Thread with ID '" + missing + "' not found").on(server);
        assertThatThrownBy(() -> client.threads().get(missing))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.detail()).isEqualTo(threadNotFound);
                    assertThat(e.bodyText()).isEqualTo(Divergence.PYTHON_ERRORS.js(threadNotFound)
                            .python("{\"detail\":\"" + threadNotFound + "\"}").on(server));
                    assertThat(e.getMessage()).contains("404").contains(e.detail());
                    assertThat(header(e, "content-type"))
                            .startsWith(Divergence.PYTHON_ERRORS.js("text/plain").python("application/json").on(server));
                });
        assertThatThrownBy(() -> client.threads().getState(missing))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo(threadNotFound));
        assertThatThrownBy(() -> client.assistants().get(missing))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail())
                        .isEqualTo(Divergence.PYTHON_ERRORS.js("Assistant not found").python("Not Found").on(server)));
        // The Python server takes graph ids only where a run names its assistant: elsewhere a UUID is required.
        assertThatThrownBy(() -> client.assistants().getGraph("no-such-graph"))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(Divergence.PYTHON_ERRORS.js(404).python(422).on(server));
                    assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS.js("Assistant not found")
                            .python("Invalid assistant ID: must be a UUID").on(server));
                });

        String thread = client.threads().create().threadId();
        assertThatThrownBy(() -> client.runs().get(thread, missing))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail())
                        .isEqualTo(Divergence.PYTHON_ERRORS.js("Run not found").python("Not Found").on(server)));
        assertThatThrownBy(() -> client.runs().wait(thread, "no-such-graph",
                RunParams.builder().input(Map.of()).build()))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(Divergence.PYTHON_ERRORS.js(404).python(422).on(server));
                    assertThat(e.detail()).startsWith(Divergence.PYTHON_ERRORS
                            .js("No assistant found for \"no-such-graph\". Make sure the assistant ID is for a"
                                    + " valid assistant or a valid graph ID.")
                            .python("Invalid assistant: 'no-such-graph'. Must be either:\n- A valid assistant UUID, or")
                            .on(server));
                });
    }

    @Test
    void nonUuidPathIdIsAZodBadRequest() {
        if (Divergence.PYTHON_ERRORS.pythonSideOn(server)) {
            assertThatThrownBy(() -> client.threads().get("not-a-uuid"))
                    .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
                        assertThat(e.detail()).isEqualTo("Invalid thread ID: must be a UUID");
                        assertThat(header(e, "content-type")).startsWith("application/json");
                    });
            return;
        }
        assertThatThrownBy(() -> client.threads().get("not-a-uuid"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.detail()).startsWith("ZodError: ").contains("thread_id").containsIgnoringCase("uuid");
                    assertThat(header(e, "content-type")).startsWith("application/json");
                    assertThat(e.body()).isInstanceOfSatisfying(Map.class,
                            body -> assertThat(body).containsEntry("success", false));
                    assertThat(e.bodyText()).contains("\"name\":\"ZodError\"");
                });
    }

    @Test
    void unknownEnumValueLetThroughByTheSdkIsAZodBadRequest() {
        // ThreadStatus is an open enum, so the SDK sends any value; the server validates it.
        ThreadSearchParams params = ThreadSearchParams.builder().status(ThreadStatus.of("sleeping")).build();
        if (Divergence.PYTHON_ERRORS.pythonSideOn(server)) {
            assertThatThrownBy(() -> client.threads().search(params))
                    .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.detail())
                            .isEqualTo("Invalid value for 'status': 'sleeping' is not one of"
                                    + " [idle, busy, interrupted, error]"));
            return;
        }

        assertThatThrownBy(() -> client.threads().search(params))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.detail()).startsWith("ZodError: status: ");
                    assertThat(e.bodyText()).contains("sleeping");
                });
    }

    @Test
    void runOnAMissingThreadIs422() {
        String missing = UUID.randomUUID().toString();

        // JS quirk: not 404 but 422 with the busy-thread text (the Python server: 404).
        assertThatThrownBy(() -> client.runs().create(missing, "counter",
                RunParams.builder().input(Map.of("count", 0)).build()))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> {
                    assertThat(e.statusCode())
                            .isEqualTo(Divergence.RUN_ON_MISSING_THREAD_IS_404.js(422).python(404).on(server));
                    assertThat(e.detail()).startsWith(Divergence.RUN_ON_MISSING_THREAD_IS_404
                            .js("Thread is already running a task.").python("Thread or assistant not found.")
                            .on(server));
                });
    }

    @Test
    void refusedConnectionIsAnApiConnectionException() throws IOException {
        try (LangGraphClient offline = LangGraphClient.builder()
                .baseUrl("http://127.0.0.1:" + StoreInteropTest.closedPort()).noApiKey().build()) {
            assertThatThrownBy(() -> offline.threads().get(UUID.randomUUID().toString(), List.of(), NO_RETRY))
                    .isInstanceOf(ApiConnectionException.class)
                    .isNotInstanceOf(ApiStatusException.class);
            // with the default retries too (a connection that was never made is always retried)
            assertThatThrownBy(() -> offline.assistants().get("echo")).isInstanceOf(ApiConnectionException.class);
        }
    }

    @Test
    void cronsAreNotImplemented() {
        String thread = client.threads().create().threadId();
        String cronId = UUID.randomUUID().toString();
        if (Divergence.CRONS_WORK.pythonSideOn(server)) {
            assertCronsWork(thread, cronId);
            return;
        }

        // search and delete pass validation and then answer 500 "Not implemented" (text).
        assertThatThrownBy(() -> client.crons().search())
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.detail()).isEqualTo("Not implemented");
                });
        assertThatThrownBy(() -> client.crons().delete(cronId, NO_RETRY)) // DELETE + 500 would be retried
                .isInstanceOfSatisfying(InternalServerException.class,
                        e -> assertThat(e.detail()).isEqualTo("Not implemented"));
        // count and update have no route at all.
        assertThatThrownBy(() -> client.crons().count())
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("404 Not Found"));
        assertThatThrownBy(() -> client.crons().update(cronId, CronUpdateParams.builder().schedule("* * * * *")
                .build()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("404 Not Found"));
        // JS quirk: create validates thread_id in the body (even on the thread route) and a UUID assistant_id,
        // before answering 500. The SDK, like the Python SDK, does not send thread_id in the body.
        CronParams params = CronParams.builder("*/5 * * * *").build();
        assertThatThrownBy(() -> client.crons().createForThread(thread, AssistantsInteropTest.COUNTER_ID, params))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.detail()).startsWith("ZodError: ").contains("thread_id: Required");
                    assertThat(e.detail()).doesNotContain("assistant_id");
                });
        assertThatThrownBy(() -> client.crons().create("counter", params))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.detail()).contains("thread_id: Required").contains("assistant_id: "));
    }

    /** The Python server's crons, which the fake implements, on the steps that fail on the JS server. */
    private void assertCronsWork(String thread, String unknownCronId) {
        CronParams params = CronParams.builder("*/5 * * * *").build();
        Cron onThread = client.crons().createForThread(thread, AssistantsInteropTest.COUNTER_ID, params);
        Cron stateless = client.crons().create("counter", params);
        try {
            assertThat(onThread.threadId()).isEqualTo(thread);
            assertThat(stateless.threadId()).isNull();
            assertThat(client.crons().search()).extracting(Cron::cronId)
                    .contains(onThread.cronId(), stateless.cronId());
            assertThat(client.crons().count()).isGreaterThanOrEqualTo(2);
            assertThat(client.crons().update(onThread.cronId(), CronUpdateParams.builder().schedule("* * * * *")
                    .build()).schedule()).isEqualTo("* * * * *");
            assertThatThrownBy(() -> client.crons().delete(unknownCronId, NO_RETRY))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            client.crons().delete(onThread.cronId());
            client.crons().delete(stateless.cronId());
        }
    }

    static String header(ApiStatusException e, String name) {
        return e.headers().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0))
                .findFirst().orElse(null);
    }
}
