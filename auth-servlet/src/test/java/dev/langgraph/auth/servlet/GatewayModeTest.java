package dev.langgraph.auth.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthEngine;
import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.AuthResult;
import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.User;
import dev.langgraph.auth.values.ThreadsCreate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gateway mode over a fake server without auth: filters added to searches, checked reads, checks before writes. */
class GatewayModeTest {

    private static final String ALICES = "/threads/t-alice";
    private final FakeUpstream upstream = new FakeUpstream();
    private final AtomicInteger reads = new AtomicInteger();
    private JettyServer gateway;

    /** Bearer alice or bob; an owner filter on threads, assistants and crons; threads stamp the owner. */
    private static Auth ownerRules() {
        return Auth.builder()
                .authenticate(req -> switch (req.authorization().orElse("")) {
                    case "Bearer alice" -> User.of("alice");
                    case "Bearer bob" -> User.of("bob");
                    default -> throw new HTTPException(401);
                })
                .on(AuthEvent.THREADS, (ctx, value) -> {
                    if (value instanceof ThreadsCreate create) {
                        create.metadata().put("owner", ctx.user().identity());
                    }
                    return AuthResult.filter(Map.of("owner", ctx.user().identity()));
                })
                .on(AuthEvent.THREADS_CREATE_RUN, (ctx, value) -> AuthResult.filter(Map.of("owner",
                        ctx.user().identity())))
                .on(AuthEvent.ASSISTANTS, (ctx, value) -> AuthResult.filter(Map.of("owner", ctx.user().identity())))
                .on(AuthEvent.CRONS, (ctx, value) -> AuthResult.filter(Map.of("owner", ctx.user().identity())))
                .build();
    }

    @BeforeEach
    void start() throws Exception {
        upstream.put(ALICES, "t-alice", Map.of("owner", "alice", "topic", "x"));
        upstream.put("/assistants/a-alice", "a-alice", Map.of("owner", "alice"));
        ResourceReader counting = path -> {
            reads.incrementAndGet();
            return upstream.reader().read(path);
        };
        gateway = startGateway(GatewayMode.of(counting));
    }

    private JettyServer startGateway(GatewayMode mode) throws Exception {
        return JettyServer.start("/", upstream, LangGraphAuthFilter.builder(AuthEngine.create(ownerRules()))
                .gateway(mode).build());
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private RawHttp.Response send(String who, String method, String target, String body) throws Exception {
        return gateway.send(method, target, Map.of("Authorization", "Bearer " + who), body);
    }

    @Test
    void searchesAndCountsGetTheFilterAddedToTheirMetadata() throws Exception {
        send("bob", "POST", "/threads/search", "{\"metadata\": {\"topic\": \"x\"}, \"limit\": 5}");
        send("bob", "POST", "/threads/count", null);
        send("alice", "POST", "/assistants/search", "{\"metadata\": {\"owner\": \"alice\"}}");

        assertThat(upstream.bodies).extracting(GatewayModeTest::json).containsExactly(
                Map.of("metadata", Map.of("topic", "x", "owner", "bob"), "limit", 5),
                Map.of("metadata", Map.of("owner", "bob")),
                Map.of("metadata", Map.of("owner", "alice")));
    }

    @Test
    void aSearchNoResourceCanMatchIsAnsweredEmptyByTheGateway() throws Exception {
        RawHttp.Response search = send("bob", "POST", "/threads/search", "{\"metadata\": {\"owner\": \"alice\"}}");
        RawHttp.Response count = send("bob", "POST", "/threads/count", "{\"metadata\": {\"owner\": \"alice\"}}");

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).isEqualTo("[]");
        assertThat(count.body()).isEqualTo("0");
        assertThat(upstream.received).isEmpty();
    }

    @Test
    void readingSomeoneElsesResourceIsNotFound() throws Exception {
        RawHttp.Response bob = send("bob", "GET", ALICES, null);
        RawHttp.Response alice = send("alice", "GET", ALICES, null);
        RawHttp.Response missing = send("alice", "GET", "/threads/t-none", null);

        assertThat(bob.status()).isEqualTo(404);
        assertThat(json(bob.body())).isEqualTo(Map.of("detail", "Not found"));
        assertThat(alice.status()).isEqualTo(200);
        assertThat(json(alice.body())).isEqualTo(upstream.resources.get(ALICES));
        assertThat(alice.header("Content-Length")).isEqualTo(Integer.toString(alice.body().length()));
        assertThat(missing.status()).isEqualTo(404); // the server's own answer, passed on
        assertThat(reads).hasValue(0); // single reads are checked on their response
    }

    @Test
    void writesToSomeoneElsesResourceAreRefusedBeforeTheServerSeesThem() throws Exception {
        assertThat(send("bob", "PATCH", ALICES, "{\"metadata\": {\"owner\": \"bob\"}}").status()).isEqualTo(404);
        assertThat(send("bob", "DELETE", ALICES, null).status()).isEqualTo(404);
        assertThat(send("bob", "GET", ALICES + "/state", null).status()).isEqualTo(404);
        assertThat(send("bob", "POST", ALICES + "/history", "{}").status()).isEqualTo(404);
        assertThat(send("bob", "POST", ALICES + "/runs/wait", "{\"assistant_id\": \"echo\"}").status())
                .isEqualTo(404);
        assertThat(send("bob", "GET", ALICES + "/runs", null).status()).isEqualTo(404);
        assertThat(send("bob", "DELETE", "/assistants/a-alice", null).status()).isEqualTo(404);
        assertThat(upstream.received).isEmpty();

        assertThat(send("alice", "PATCH", ALICES, "{\"metadata\": {}}").status()).isEqualTo(200);
        assertThat(upstream.received).containsExactly("PATCH " + ALICES);
    }

    @Test
    void copiesAndCreatesOnSomeoneElsesIdAreConflicts() throws Exception {
        RawHttp.Response copy = send("bob", "POST", ALICES + "/copy", null);
        RawHttp.Response create = send("bob", "POST", "/threads", "{\"thread_id\": \"t-alice\", "
                + "\"if_exists\": \"do_nothing\"}");

        assertThat(copy.status()).isEqualTo(409);
        assertThat(json(copy.body())).isEqualTo(Map.of("detail", "Conflict"));
        assertThat(create.status()).isEqualTo(409);
        assertThat(upstream.received).isEmpty();
    }

    @Test
    void newResourcesAndStatelessRunsNeedNoCheck() throws Exception {
        assertThat(send("bob", "POST", "/threads", "{\"thread_id\": \"t-new\"}").status()).isEqualTo(200);
        assertThat(send("bob", "POST", "/threads", "{}").status()).isEqualTo(200);
        assertThat(send("bob", "POST", "/runs/wait", "{\"assistant_id\": \"echo\"}").status()).isEqualTo(200);
        assertThat(send("bob", "POST", "/threads/t-none/runs", "{\"assistant_id\": \"echo\"}").status())
                .isEqualTo(200);

        assertThat(upstream.received).hasSize(4);
        assertThat(json(upstream.bodies.get(0))).isEqualTo(Map.of("thread_id", "t-new", "metadata",
                Map.of("owner", "bob")));
    }

    @Test
    void aStreamIsCheckedByReadingItsThreadFirstThenPassedThrough() throws Exception {
        RawHttp.Response bob = send("bob", "GET", ALICES + "/runs/r1/stream", null);
        RawHttp.Response alice = send("alice", "GET", ALICES + "/runs/r1/stream", null);

        assertThat(bob.status()).isEqualTo(404);
        assertThat(alice.status()).isEqualTo(200);
        assertThat(alice.header("Content-Type")).startsWith("text/event-stream");
        assertThat(alice.body()).isEqualTo("event: metadata\ndata: {\"run_id\":\"r1\"}\n\n"
                + "event: values\ndata: {\"n\":1}\n\n");
        assertThat(reads).hasValue(2);
    }

    @Test
    void whatTheGatewayCannotCheckIsForbidden() throws Exception {
        assertThat(send("alice", "PATCH", "/runs/crons/c1", "{\"schedule\": \"* * * * *\"}").status())
                .isEqualTo(403);
        assertThat(send("alice", "POST", "/runs/crons/search", "{}").status()).isEqualTo(403);
        assertThat(send("alice", "POST", "/runs/cancel", "{\"run_ids\": [\"r1\"]}").status()).isEqualTo(403);
        assertThat(upstream.received).isEmpty();
    }

    @Test
    void anUnreadableServerIsABadGatewayNeverAnUncheckedPass() throws Exception {
        gateway.close();
        gateway = startGateway(GatewayMode.of(path -> {
            throw new IllegalStateException("connection refused");
        }));

        RawHttp.Response response = send("alice", "DELETE", ALICES, null);

        assertThat(response.status()).isEqualTo(502);
        assertThat(json(response.body())).isEqualTo(Map.of("detail", "Bad Gateway"));
        assertThat(upstream.received).isEmpty();
    }

    @Test
    void aCheckedResponseOverTheLimitIsABadGateway() throws Exception {
        gateway.close();
        gateway = startGateway(GatewayMode.of(upstream.reader()).withMaxResponseBytes(16));

        RawHttp.Response response = send("alice", "GET", ALICES, null);

        assertThat(response.status()).isEqualTo(502);
        assertThat(json(response.body())).isEqualTo(Map.of("detail", "Bad Gateway"));
    }

    @Test
    void aCheckedReadAsksForAnUncompressedResponseAndRefusesACompressedOne() throws Exception {
        Map<String, String> headers = Map.of("Authorization", "Bearer alice", "Accept-Encoding", "gzip");
        RawHttp.Response plain = gateway.send("GET", ALICES, headers, null);
        upstream.contentEncoding = "gzip";
        RawHttp.Response compressed = gateway.send("GET", ALICES, headers, null);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(upstream.acceptEncodings).containsExactly("null", "null");
        assertThat(compressed.status()).isEqualTo(502);
        assertThat(send("alice", "POST", "/threads/search", "{}").status()).isEqualTo(200);
    }

    @Test
    void theGatewayDoesNotChangeWhatIsAllowedWithoutFilters() throws Exception {
        RawHttp.Response anonymous = gateway.send("GET", ALICES, Map.of(), null);
        RawHttp.Response info = gateway.send("GET", "/info", Map.of(), null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(info.status()).isEqualTo(200);
        assertThat(upstream.received).containsExactly("GET /info");
        assertThat(List.of(reads.get())).containsExactly(0);
    }

    private static Object json(String text) {
        try {
            return EchoServlet.JSON.readValue(text, Object.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
