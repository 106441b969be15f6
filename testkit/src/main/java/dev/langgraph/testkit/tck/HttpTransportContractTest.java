package dev.langgraph.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.langgraph.client.LangGraphAsyncClient;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.AsyncRunStream;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link HttpTransport} must meet, as an abstract JUnit 5 suite. A transport implementer
 * extends it with one factory method and runs it with the rest of their tests:
 *
 * <pre>{@code
 * class MyTransportContractTest extends HttpTransportContractTest {
 *     @Override
 *     protected HttpTransport createTransport() {
 *         return new MyTransport();
 *     }
 * }
 * }</pre>
 *
 * <p>Each test gets a new transport from {@link #createTransport()} and closes it afterwards, together with the
 * test servers it started. The servers are embedded (the JDK's {@code com.sun.net.httpserver} for well-behaved
 * HTTP, a raw {@link java.net.ServerSocket} for misbehaviour), listen on the loopback interface on free ports,
 * and nothing contacts any other address. Every wait is a bounded poll or latch with a 30 second deadline, and no
 * test asserts how long something took, so the suite stays reliable on a loaded machine.
 *
 * <p>The tests cover, in this order: the basics of the SPI; methods; headers; the request target; status codes
 * and the absence of redirects and retries; body framing and the body publisher's Reactive Streams behaviour;
 * bodies of 50 MB and more with bounded buffering; delivery of server-sent events as they are written;
 * cancellation, seen by the server as a disconnect; timeouts and connection failures with their
 * {@link TransportException.Kind}; connection reuse; 200 concurrent streams; and the SDK's own client, sync and
 * async, running over the transport.
 *
 * <p>Test methods are public so that a subclass can override one (annotated {@code @Test} again) to add
 * transport-specific checks. Overriding one with {@code @Disabled} records a known gap: the transport then does
 * not fully meet the contract, and the reason should say how.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
public abstract class HttpTransportContractTest {

    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);
    private static final String SSE_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
            + "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n";
    private static final int CONCURRENT_STREAMS = 200;
    private static final int ABANDONED_EXCHANGES = 400;

    private HttpTransport transport;
    private boolean transportClosed;
    /** Closed after each test before the transport: responses and SDK clients. */
    private final List<AutoCloseable> cleanup = new CopyOnWriteArrayList<>();
    /** Closed after each test after the transport. */
    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();

    /** For subclasses; the suite creates and closes the transport itself. */
    protected HttpTransportContractTest() {
    }

    /**
     * Creates the transport under test. Called once before each test; the suite closes the transport after the
     * test. Each call must return a new, independent transport.
     *
     * @return a new transport
     */
    protected abstract HttpTransport createTransport();

    /**
     * The transport of the current test, for checks a subclass adds.
     *
     * @return the transport created for this test
     */
    protected final HttpTransport transport() {
        return transport;
    }

    /** Creates the transport for the next test. */
    @BeforeEach
    protected final void createTransportUnderTest() {
        transport = createTransport();
        assertNotNull(transport, "createTransport() returned null");
        transportClosed = false;
    }

    /** Closes what the test left open: its responses, then the transport, then the test servers. */
    @AfterEach
    protected final void closeTransportUnderTest() {
        List<AutoCloseable> first = new ArrayList<>(cleanup);
        cleanup.clear();
        first.forEach(HttpTransportContractTest::closeQuietly);
        if (transport != null && !transportClosed) {
            transportClosed = true;
            closeQuietly(transport);
        }
        List<AutoCloseable> last = new ArrayList<>(servers);
        servers.clear();
        last.forEach(HttpTransportContractTest::closeQuietly);
    }

    // =================================================================================================== basics

    /** {@link HttpTransport#name()} is a short, non-blank name. */
    @Test
    public void nameIsNotBlank() {
        String name = transport.name();
        assertNotNull(name, "name()");
        assertFalse(name.isBlank(), "name() must not be blank");
    }

    /** An ordinary thread, such as the test's, may block: {@code checkBlockingAllowed} does not throw there. */
    @Test
    public void blockingIsAllowedOnAnOrdinaryThread() {
        transport.checkBlockingAllowed();
    }

    /** {@code send} never throws: requests that cannot be sent fail the returned future instead. */
    @Test
    public void sendReportsInvalidRequestsThroughTheFuture() {
        assertSendFails(() -> transport.send(null), "send(null)");
        assertSendFails(() -> transport.send(Requests.get(URI.create("/relative/only"))), "a relative URI");
        assertSendFails(() -> transport.send(Requests.get(URI.create("ftp://127.0.0.1:1/file"))), "an ftp URI");
    }

    /** After {@link HttpTransport#close()}, {@code send} fails its future instead of throwing. */
    @Test
    public void sendAfterCloseFailsTheFuture() {
        RawServer server = raw(c -> {
            RawServer.Head head;
            while ((head = c.readHeadOrNull()) != null) {
                c.readBody(head);
                c.respond(200, "", "ok");
            }
        });
        transportClosed = true;
        transport.close();

        assertSendFails(() -> transport.send(Requests.get(server.uri("/"))), "send after close");
    }

    // ================================================================================================== methods

    /** GET reaches the server with no body and no body framing. */
    @Test
    public void getSendsNoBody() {
        JdkServer server = echoServer();

        TransportResponse response = send(Requests.get(server.uri("/echo")));
        readAll(response);

        assertEquals(200, response.status());
        JdkServer.Received received = server.lastReceived();
        assertEquals("GET", received.method());
        assertEquals(0, received.body().length);
        assertFalse(received.headers().containsKey("Transfer-Encoding"), "a GET must not be chunked");
    }

    /** POST sends its body as given, framed by Content-Length, and the array is not modified. */
    @Test
    public void postSendsTheBody() {
        assertMethodSendsBody("POST");
    }

    /** PUT sends its body as given, framed by Content-Length. */
    @Test
    public void putSendsTheBody() {
        assertMethodSendsBody("PUT");
    }

    /** PATCH sends its body as given, framed by Content-Length. */
    @Test
    public void patchSendsTheBody() {
        assertMethodSendsBody("PATCH");
    }

    /** DELETE without a body reaches the server as such. */
    @Test
    public void deleteWithoutBody() {
        JdkServer server = echoServer();

        TransportResponse response = send(Requests.request("DELETE", server.uri("/echo"), TransportHeaders.empty(),
                null));
        readAll(response);

        assertEquals(200, response.status());
        assertEquals("DELETE", server.lastReceived().method());
        assertEquals(0, server.lastReceived().body().length);
    }

    /** DELETE may carry a body (the store API's {@code DELETE /store/items} does), sent as given. */
    @Test
    public void deleteWithBody() {
        assertMethodSendsBody("DELETE");
    }

    /**
     * A HEAD response announces a Content-Length but carries no body: the body completes empty, and the
     * connection stays usable for the next request.
     */
    @Test
    public void headResponseHasNoBodyDespiteItsContentLength() {
        List<String> requestLines = new CopyOnWriteArrayList<>();
        RawServer server = raw(c -> {
            RawServer.Head head;
            while ((head = c.readHeadOrNull()) != null) {
                requestLines.add(head.method() + " " + head.target());
                c.readBody(head);
                if (head.method().equals("HEAD")) {
                    c.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\n");
                } else {
                    c.respond(200, "", "after head");
                }
            }
        });

        TransportResponse head = send(Requests.request("HEAD", server.uri("/h"), TransportHeaders.empty(), null));
        BodySubscriber headBody = readAll(head);
        TransportResponse next = send(Requests.get(server.uri("/next")));
        BodySubscriber nextBody = readAll(next);

        assertEquals(200, head.status());
        assertEquals("5000", head.headers().first("Content-Length"));
        assertEquals(0, headBody.byteCount(), "a HEAD response has no body");
        assertEquals("after head", nextBody.text());
        assertEquals(List.of("HEAD /h", "GET /next"), requestLines);
    }

    /** An empty body array is sent as an empty body with {@code Content-Length: 0}, not chunked. */
    @Test
    public void emptyBodyIsSentWithContentLengthZero() {
        JdkServer server = echoServer();

        readAll(send(Requests.request("POST", server.uri("/echo"), TransportHeaders.empty(), new byte[0])));

        JdkServer.Received received = server.lastReceived();
        assertEquals(0, received.body().length);
        assertEquals(List.of("0"), received.headers().get("Content-Length"));
        assertFalse(received.headers().containsKey("Transfer-Encoding"));
    }

    // ================================================================================================== headers

    /** Values of one header given in several spellings of its name all reach the server, in order. */
    @Test
    public void multiValuedRequestHeadersKeepEveryValueInOrder() {
        HeadRecorder heads = new HeadRecorder();
        RawServer server = raw(heads::serve);
        TransportHeaders headers = TransportHeaders.builder()
                .add("X-Multi", "a")
                .add("x-MULTI", "b")
                .add("X-Multi", "c")
                .add("Accept", "text/event-stream")
                .build();

        readAll(send(Requests.request("GET", server.uri("/"), headers, null)));

        RawServer.Head head = heads.next();
        assertEquals(List.of("a", "b", "c"), head.all("x-multi"), "values of X-Multi in " + head.raw());
        assertEquals("text/event-stream", head.first("ACCEPT"));
    }

    /** Header values reach the server exactly as given, and the Host header names the URI's authority. */
    @Test
    public void requestHeaderValuesArriveExactly() {
        HeadRecorder heads = new HeadRecorder();
        RawServer server = raw(heads::serve);
        String odd = "a=b; c=\"d e\"; f=/g?h=%20&i=j, k\tl";
        TransportHeaders headers = TransportHeaders.builder()
                .add("X-Api-Key", "secret-123")
                .add("User-Agent", "langgraph-sdk-java/tck")
                .add("X-Odd", odd)
                .add("Last-Event-ID", "1715000000000-0")
                .build();

        readAll(send(Requests.request("GET", server.uri("/path"), headers, null)));

        RawServer.Head head = heads.next();
        assertEquals("secret-123", head.first("x-api-key"));
        assertEquals("langgraph-sdk-java/tck", head.first("user-agent"));
        assertEquals(odd, head.first("x-odd"));
        assertEquals("1715000000000-0", head.first("last-event-id"));
        assertEquals("127.0.0.1:" + server.port(), head.first("Host"));
        assertEquals("HTTP/1.1", head.version());
    }

    /**
     * The transport adds no header of its own (no User-Agent, no Accept-Encoding): a request carries the given
     * headers plus Host and, at most, Connection.
     */
    @Test
    public void requestCarriesOnlyTheGivenHeadersPlusHost() {
        HeadRecorder heads = new HeadRecorder();
        RawServer server = raw(heads::serve);
        TransportHeaders headers = TransportHeaders.builder()
                .add("Accept", "text/event-stream")
                .add("X-Api-Key", "secret")
                .build();

        readAll(send(Requests.request("GET", server.uri("/runs?x=1"), headers, null)));
        readAll(send(Requests.get(server.uri("/bare"))));

        List<String> given = new ArrayList<>(heads.next().names());
        given.remove("connection");
        assertEquals(List.of("accept", "host", "x-api-key"), given.stream().sorted().toList(), "header names");
        List<String> bare = new ArrayList<>(heads.next().names());
        bare.remove("connection");
        assertEquals(List.of("host"), bare, "header names of a request given none");
    }

    /**
     * A body's framing comes from the body: a Content-Length given among the headers, stale or not, never reaches
     * the wire; the body's own length does, with the given Content-Type.
     */
    @Test
    public void contentLengthComesFromTheBodyNotTheGivenHeaders() {
        HeadRecorder heads = new HeadRecorder();
        RawServer server = raw(heads::serve);
        byte[] body = Checks.utf8("{\"a\":1}");
        TransportHeaders headers = TransportHeaders.builder()
                .add("Content-Type", "application/json")
                .add("Content-Length", "999")
                .build();

        readAll(send(Requests.request("POST", server.uri("/threads"), headers, body)));

        RawServer.Head head = heads.next();
        assertEquals(List.of(String.valueOf(body.length)), head.all("content-length"), "in " + head.raw());
        assertEquals("application/json", head.first("content-type"));
        assertArrayEquals(body, heads.nextBody(), "the body the server received");
    }

    /**
     * Response headers keep every value of a header sent on several lines, whatever the spelling, and are looked
     * up ignoring case.
     */
    @Test
    public void multiValuedResponseHeadersAreFoundWhateverTheCase() {
        RawServer server = raw(c -> {
            RawServer.Head head;
            while ((head = c.readHeadOrNull()) != null) {
                c.readBody(head);
                c.write("HTTP/1.1 200 OK\r\nX-Resp: 1\r\nx-RESP: 2\r\nX-RESP: 3\r\n"
                        + "Content-Type: application/json; charset=utf-8\r\n"
                        + "Content-Location: /threads/t-1/runs/r-1\r\nContent-Length: 2\r\n\r\n{}");
            }
        });

        TransportResponse response = send(Requests.get(server.uri("/")));
        readAll(response);

        TransportHeaders headers = response.headers();
        assertNotNull(headers, "headers()");
        assertEquals(List.of("1", "2", "3"), headers.all("X-RESP"));
        assertEquals(List.of("1", "2", "3"), headers.all("x-resp"));
        assertEquals("1", headers.first("X-Resp"));
        assertTrue(headers.contains("CONTENT-TYPE"));
        assertEquals("application/json; charset=utf-8", headers.first("content-type"));
        assertEquals("/threads/t-1/runs/r-1", headers.first("Content-Location"));
    }

    // ============================================================================================ request target

    /** The URI's raw path and query are sent exactly as given: no decoding, re-encoding or normalising. */
    @Test
    public void requestTargetIsTheRawPathAndQueryExactly() {
        HeadRecorder heads = new HeadRecorder();
        RawServer server = raw(heads::serve);
        String target = "/threads/a%2Fb/runs/c%20d?q=a%20b&x=%2F&x=2&plus=a+b&u=%C3%A9&lower=%2f&empty=&flag"
                + "&json=%7B%22k%22%3A1%7D&star=*";

        readAll(send(Requests.get(server.uri(target))));

        assertEquals(target, heads.next().target());
    }

    /** A URI without a path is sent with the path {@code /}. */
    @Test
    public void emptyPathIsSentAsSlash() {
        HeadRecorder heads = new HeadRecorder();
        RawServer server = raw(heads::serve);

        readAll(send(Requests.get(URI.create("http://127.0.0.1:" + server.port()))));
        readAll(send(Requests.get(URI.create("http://127.0.0.1:" + server.port() + "?a=1"))));

        assertEquals("/", heads.next().target());
        assertEquals("/?a=1", heads.next().target());
    }

    // ============================================================================================ status codes

    /**
     * HTTP error statuses are ordinary responses: the future completes normally with the status, the headers and
     * the whole body, whether it is framed by Content-Length or chunked. The SDK maps them to its exceptions.
     */
    @Test
    public void errorStatusesAreDeliveredAsResponsesWithTheirBodies() {
        JdkServer server = jdk().handle("/status/", (exchange, request) -> {
            String[] parts = request.pathAndQuery().split("/");
            int status = Integer.parseInt(parts[2]);
            boolean chunked = parts.length > 3 && parts[3].equals("chunked");
            byte[] body = Checks.utf8("{\"detail\":\"status " + status + "\"}");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Retry-After", "7");
            exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
            exchange.getResponseBody().write(body);
        });

        for (int status : new int[] {400, 401, 403, 404, 409, 422, 429, 500, 502, 503}) {
            for (String framing : new String[] {"", "/chunked"}) {
                TransportResponse response = send(Requests.get(server.uri("/status/" + status + framing)));
                BodySubscriber body = readAll(response);

                String what = "status " + status + framing;
                assertEquals(status, response.status(), what);
                assertEquals("{\"detail\":\"status " + status + "\"}", body.text(), what);
                assertEquals("application/json", response.headers().first("content-type"), what);
                assertEquals("7", response.headers().first("retry-after"), what);
            }
        }
    }

    /** A 204 response has an empty body, which completes. */
    @Test
    public void noContentHasAnEmptyBody() {
        JdkServer server = jdk().handle("/empty", (exchange, request) -> exchange.sendResponseHeaders(204, -1));

        TransportResponse response = send(Requests.request("DELETE", server.uri("/empty"), TransportHeaders.empty(),
                null));
        BodySubscriber body = readAll(response);

        assertEquals(204, response.status());
        assertEquals(0, body.byteCount());
    }

    /** Redirects are the SDK's business: the transport returns them as they are and does not follow them. */
    @Test
    public void redirectsAreNotFollowed() {
        AtomicInteger targetHits = new AtomicInteger();
        JdkServer server = jdk()
                .handle("/target", (exchange, request) -> {
                    targetHits.incrementAndGet();
                    JdkServer.respond(exchange, 200, Checks.utf8("target"));
                })
                .handle("/redirect/", (exchange, request) -> {
                    int status = Integer.parseInt(request.pathAndQuery().substring("/redirect/".length()));
                    exchange.getResponseHeaders().add("Location", "/target");
                    JdkServer.respond(exchange, status, Checks.utf8("moved"));
                });

        for (int status : new int[] {301, 302, 303, 307, 308}) {
            TransportResponse response = send(Requests.request("POST", server.uri("/redirect/" + status),
                    TransportHeaders.empty(), Checks.utf8("{}")));
            BodySubscriber body = readAll(response);

            assertEquals(status, response.status());
            assertEquals("/target", response.headers().first("Location"));
            assertEquals("moved", body.text());
        }
        assertEquals(0, targetHits.get(), "requests that followed a redirect");
    }

    /** Retries are the SDK's business: a request whose connection breaks is sent once and fails. */
    @Test
    public void failedRequestsAreNotRetried() {
        AtomicInteger requests = new AtomicInteger();
        RawServer server = raw(c -> {
            RawServer.Head head = c.readHeadOrNull();
            if (head != null) {
                c.readBody(head);
                requests.incrementAndGet();
                c.reset();
            }
        });

        assertHeadFails(Requests.get(server.uri("/idempotent")), TransportException.Kind.IO);

        assertEquals(1, requests.get(), "requests the server received for one send");
    }

    // ============================================================================================ body framing

    /** A body framed by Content-Length arrives whole, with its Content-Length header. */
    @Test
    public void contentLengthBodyArrivesWhole() {
        byte[] expected = Checks.pattern(300_000);
        JdkServer server = jdk().handle("/fixed", (exchange, request) -> JdkServer.respond(exchange, 200, expected));

        TransportResponse response = send(Requests.get(server.uri("/fixed")));
        BodySubscriber body = readAll(response);

        assertEquals(String.valueOf(expected.length), response.headers().first("content-length"));
        assertArrayEquals(expected, body.bytes());
    }

    /** A chunked body arrives whole, whatever the chunk boundaries. */
    @Test
    public void chunkedBodyArrivesWhole() {
        byte[] expected = Checks.pattern(300_000);
        JdkServer server = jdk().handle("/chunked", (exchange, request) -> {
            exchange.sendResponseHeaders(200, 0);
            for (int offset = 0, size = 1; offset < expected.length; offset += size, size = size * 3 + 1) {
                exchange.getResponseBody().write(expected, offset, Math.min(size, expected.length - offset));
                exchange.getResponseBody().flush();
            }
        });

        TransportResponse response = send(Requests.get(server.uri("/chunked")));
        BodySubscriber body = readAll(response);

        assertTrue(response.headers().first("transfer-encoding").equalsIgnoreCase("chunked"));
        assertFalse(response.headers().contains("content-length"));
        assertArrayEquals(expected, body.bytes());
    }

    /** A body with neither Content-Length nor chunked encoding ends when the server closes the connection. */
    @Test
    public void bodyDelimitedByConnectionCloseArrivesWhole() {
        byte[] expected = Checks.pattern(100_000);
        RawServer server = raw(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            c.out.write(expected);
            c.out.flush();
        });

        BodySubscriber body = readAll(send(Requests.get(server.uri("/"))));

        assertArrayEquals(expected, body.bytes());
    }

    /** A small body that arrived before anyone subscribed is still delivered, whole. */
    @Test
    public void bodyThatArrivedBeforeSubscribingIsDelivered() {
        CountDownLatch written = new CountDownLatch(1);
        RawServer server = raw(c -> {
            c.readHead();
            c.respond(200, "", "early bird");
            written.countDown();
            c.awaitClientGone();
        });

        TransportResponse response = send(Requests.get(server.uri("/")));
        Await.latch(written, "the server wrote the whole response");
        BodySubscriber body = readAll(response);

        assertEquals("early bird", body.text());
    }

    /**
     * Each chunk belongs to the subscriber once delivered: the transport never reuses or changes a buffer it has
     * handed over, so chunks kept until the end still hold their bytes.
     */
    @Test
    public void deliveredChunksAreNeverReused() {
        byte[] expected = Checks.pattern(500_000);
        RawServer server = raw(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: " + expected.length + "\r\n\r\n");
            for (int offset = 0; offset < expected.length; offset += 10_000) {
                c.out.write(expected, offset, Math.min(10_000, expected.length - offset));
                c.out.flush();
            }
            c.awaitClientGone();
        });
        List<ByteBuffer> kept = new CopyOnWriteArrayList<>();

        BodySubscriber body = BodySubscriber.oneAtATime().onChunk(chunk -> kept.add(chunk.slice()));
        send(Requests.get(server.uri("/"))).body().subscribe(body);
        body.awaitComplete();

        ByteBuffer all = ByteBuffer.allocate(expected.length);
        kept.forEach(chunk -> all.put(chunk.duplicate()));
        assertArrayEquals(expected, all.array(), "the chunks kept by the subscriber, read after the end");
    }

    /** The body publisher takes one subscriber: a second one gets {@code onSubscribe} and then {@code onError}. */
    @Test
    public void bodyCanBeSubscribedToOnlyOnce() {
        RawServer server = raw(c -> {
            c.readHead();
            c.respond(200, "", "hello");
            c.awaitClientGone();
        });
        TransportResponse response = send(Requests.get(server.uri("/")));
        BodySubscriber first = BodySubscriber.requestingAll();
        BodySubscriber second = BodySubscriber.requestingAll();

        response.body().subscribe(first);
        response.body().subscribe(second);

        assertNotNull(second.awaitError(), "the second subscriber's error");
        first.awaitComplete();
        assertEquals("hello", first.text());
    }

    /** {@code request(0)} breaks Reactive Streams rule 3.9: the body fails with IllegalArgumentException. */
    @Test
    public void nonPositiveRequestFailsTheBody() {
        RawServer server = raw(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            c.writeChunk("event: one\n\n");
            c.awaitClientGone();
        });
        BodySubscriber body = BodySubscriber.requesting(0);
        send(Requests.get(server.uri("/"))).body().subscribe(body);
        body.awaitSubscribed();

        body.request(0);

        assertInstanceOf(IllegalArgumentException.class, body.awaitError(), "the error after request(0)");
    }

    // ============================================================================================= large bodies

    /** A request body of 50 MB reaches the server whole and in order. */
    @Test
    public void largeRequestBodyArrivesWhole() {
        int size = 50 * 1024 * 1024 + 17;
        byte[] sent = Checks.pattern(size);
        AtomicReference<String> contentLength = new AtomicReference<>();
        JdkServer server = jdk().handleStreaming("/upload", (exchange, request) -> {
            contentLength.set(exchange.getRequestHeaders().getFirst("Content-Length"));
            long count = 0;
            long mismatches = 0;
            byte[] block = new byte[64 * 1024];
            try (InputStream in = exchange.getRequestBody()) {
                int n;
                while ((n = in.read(block)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        if (block[i] != Checks.patternByte(count + i)) {
                            mismatches++;
                        }
                    }
                    count += n;
                }
            }
            JdkServer.respond(exchange, 200, Checks.utf8(count + " bytes, " + mismatches + " wrong"));
        });

        BodySubscriber body = readAll(send(Requests.request("PUT", server.uri("/upload"), TransportHeaders.empty(),
                sent)));

        assertEquals(size + " bytes, 0 wrong", body.text());
        assertEquals(String.valueOf(size), contentLength.get());
        assertEquals(Checks.patternByte(size - 1), sent[size - 1], "the request body array was modified");
    }

    /**
     * A body of 50 MB or more, read by a slow subscriber that requests one chunk at a time and pauses, streams
     * with bounded buffering: while the subscriber pauses the server blocks on a full socket, and at no point is
     * the server further ahead of the subscriber than the kernel's socket buffers plus 8 MB. The body arrives
     * whole and in order once the subscriber goes on.
     */
    @Test
    public void largeResponseBodyStreamsWithBoundedBuffering() {
        int serverSendBuffer = 64 * 1024;
        long allowance = Checks.kernelBufferAllowance(serverSendBuffer) + Checks.TRANSPORT_BUFFER_ALLOWANCE;
        // Larger than anything the kernel and the transport may hold, so that a buffering transport is caught.
        long size = Math.max(50L * 1024 * 1024, 2 * allowance + 8L * 1024 * 1024);
        long pauseAt = 2L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        RawServer server = raw(c -> {
            c.readHead();
            c.socket.setSendBufferSize(serverSendBuffer);
            c.write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + size
                    + "\r\n\r\n");
            byte[] block = new byte[64 * 1024];
            for (long offset = 0; offset < size; offset += block.length) {
                int length = (int) Math.min(block.length, size - offset);
                for (int i = 0; i < length; i++) {
                    block[i] = Checks.patternByte(offset + i);
                }
                c.out.write(block, 0, length);
                written.set(offset + length);
            }
            c.out.flush();
            c.awaitClientGone();
        });
        AtomicLong received = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();
        CountDownLatch paused = new CountDownLatch(1);
        BodySubscriber body = BodySubscriber.oneAtATimeDiscarding();
        body.onChunk(chunk -> {
            long offset = received.get();
            while (chunk.hasRemaining()) {
                if (chunk.get() != Checks.patternByte(offset++)) {
                    mismatches.incrementAndGet();
                }
            }
            received.set(offset);
            maxAhead.accumulateAndGet(written.get() - offset, Math::max);
            if (offset >= pauseAt && paused.getCount() > 0) {
                body.pause();
                paused.countDown();
            }
        });

        send(Requests.get(server.uri("/large"))).body().subscribe(body);

        Await.latch(paused, "the subscriber has read " + pauseAt + " bytes and pauses");
        Await.untilStable(written::get, "the server stalls while the subscriber pauses");
        long aheadWhilePaused = written.get() - received.get();
        assertTrue(aheadWhilePaused <= allowance, "while the subscriber paused the server got " + aheadWhilePaused
                + " bytes ahead of it, more than the " + allowance + " bytes that kernel buffers and the transport "
                + "may hold: the transport reads beyond the demand");
        assertTrue(written.get() < size, "the server wrote the whole body while the subscriber paused");

        body.resume();
        body.awaitComplete(Duration.ofMinutes(2));
        assertEquals(size, received.get(), "bytes received");
        assertEquals(0, mismatches.get(), "bytes received out of order or changed");
        assertTrue(maxAhead.get() <= allowance, "the server got " + maxAhead.get() + " bytes ahead of the "
                + "subscriber, more than the " + allowance + " bytes allowed");
    }

    // ================================================================================================ streaming

    /** The future of {@code send} completes when the head arrives, before the server writes any of the body. */
    @Test
    public void headIsDeliveredBeforeAnyBodyIsWritten() {
        CountDownLatch headReceived = new CountDownLatch(1);
        AtomicBoolean serverWaited = new AtomicBoolean();
        RawServer server = raw(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            serverWaited.set(Await.quietly(headReceived));
            c.writeChunk("event: late\ndata: {}\n\n");
            c.endChunks();
            c.awaitClientGone();
        });

        TransportResponse response = send(Requests.get(server.uri("/stream")));
        headReceived.countDown();
        BodySubscriber body = readAll(response);

        assertEquals(200, response.status());
        assertEquals("text/event-stream", response.headers().first("Content-Type"));
        assertTrue(serverWaited.get(), "the response head was delivered only after the body was written");
        assertEquals("event: late\ndata: {}\n\n", body.text());
    }

    /**
     * Server-sent events are delivered as they are written: each event reaches a subscriber that requested
     * everything before the server writes the next one.
     */
    @Test
    public void eachEventReachesTheSubscriberBeforeTheNextIsWritten() {
        assertEventsArriveOneByOne(BodySubscriber.requestingAll());
    }

    /** The same with a subscriber that requests one chunk at a time, as the SDK's event source does. */
    @Test
    public void eachEventReachesAOneAtATimeSubscriberBeforeTheNextIsWritten() {
        assertEventsArriveOneByOne(BodySubscriber.oneAtATime());
    }

    // ============================================================================================= cancellation

    /** Cancelling the body subscription mid-stream closes the connection: the server sees the client go away. */
    @Test
    public void cancellingTheSubscriptionClosesTheConnection() {
        StreamServer server = track(StreamServer.start());
        BodySubscriber body = BodySubscriber.requesting(1);
        body.onChunk(chunk -> body.cancel());

        send(Requests.get(server.uri("/stream"))).body().subscribe(body);

        server.awaitClientsGone(1);
        assertTrue(body.chunkCount() >= 1);
        body.assertNoViolations();
        server.assertNoFailures();
    }

    /**
     * Closing a response before reading its body closes the connection; {@code close} is idempotent, and a late
     * subscriber gets {@code onError} with {@link TransportException.Kind#IO}.
     */
    @Test
    public void closingTheResponseBeforeReadingClosesTheConnection() {
        StreamServer server = track(StreamServer.start());
        TransportResponse response = send(Requests.get(server.uri("/stream")));

        response.close();
        response.close();

        server.awaitClientsGone(1);
        BodySubscriber late = BodySubscriber.requestingAll();
        response.body().subscribe(late);
        late.awaitTransportError(TransportException.Kind.IO);
    }

    /**
     * Closing a response while its body is being read closes the connection, and the subscriber is told with
     * {@code onError} ({@link TransportException.Kind#IO}): an aborted body never looks complete.
     */
    @Test
    public void closingTheResponseWhileReadingFailsTheBodyAndClosesTheConnection() {
        StreamServer server = track(StreamServer.start());
        TransportResponse response = send(Requests.get(server.uri("/stream")));
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitBytes(1);

        response.close();

        body.awaitTransportError(TransportException.Kind.IO);
        server.awaitClientsGone(1);
    }

    /** Cancelling the future of {@code send} before the head arrives aborts the request: the server sees it. */
    @Test
    public void cancellingTheSendFutureAbortsTheRequest() {
        StreamServer server = track(StreamServer.start());
        CompletableFuture<TransportResponse> head = transport.send(Requests.get(server.uri("/hang")));
        server.awaitRequests(1);

        assertTrue(head.cancel(true), "the future could not be cancelled");

        server.awaitClientsGone(1);
        assertTrue(head.isCancelled());
    }

    /**
     * Hundreds of exchanges abandoned in every way (subscription cancelled, response closed unread or half read,
     * {@code send} cancelled while waiting or at once) each close their connection, and the transport still
     * serves new requests afterwards: nothing leaks.
     */
    @Test
    public void abandonedExchangesReleaseTheirConnections() {
        StreamServer server = track(StreamServer.start());
        List<Throwable> failures = AbandonedExchanges.abandonMany(transport, server, ABANDONED_EXCHANGES, 8,
                List.of(AbandonedExchanges.Way.values()));

        assertEquals(List.of(), failures, "failures while abandoning exchanges");
        Await.until("the server saw the client go away on every connection that carried a request",
                () -> server.clientsGone.get() == server.requests.get(),
                () -> "(requests " + server.requests.get() + ", clients gone " + server.clientsGone.get() + ")");
        server.assertNoFailures();
        BodySubscriber body = readAll(send(Requests.get(server.uri("/ok"))));
        assertEquals("ok", body.text());
    }

    // ================================================================================ timeouts and connection errors

    /**
     * A refused connection fails the future with {@link TransportException.Kind#CONNECT}.
     *
     * @throws IOException if a loopback socket cannot be opened
     */
    @Test
    public void refusedConnectionIsConnect() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        assertHeadFails(Requests.get(URI.create("http://127.0.0.1:" + port + "/")), TransportException.Kind.CONNECT);
    }

    /**
     * A server whose accept queue is full never completes the handshake: the request fails with
     * {@link TransportException.Kind#CONNECT_TIMEOUT} after its connect timeout. Skipped where the kernel does
     * not let connection attempts hang on a full backlog.
     *
     * @throws IOException if a loopback socket cannot be opened
     */
    @Test
    public void serverThatNeverAcceptsIsConnectTimeout() throws IOException {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = (InetSocketAddress) full.getLocalSocketAddress();
            List<Socket> fillers = new ArrayList<>();
            try {
                boolean hangs = false;
                for (int i = 0; i < 64 && !hangs; i++) {
                    hangs = !tryConnect(address, 250, fillers);
                }
                // Confirm with a longer attempt, so that a merely slow machine is not mistaken for a full queue.
                hangs = hangs && !tryConnect(address, 1_000, fillers);
                Assumptions.assumeTrue(hangs, "this kernel does not let connection attempts hang on a full backlog");

                TransportRequest request = Requests.withReadTimeout(Requests.withConnectTimeout(
                        Requests.get(URI.create("http://127.0.0.1:" + address.getPort() + "/")), SHORT_TIMEOUT),
                        Duration.ofSeconds(2));
                assertHeadFails(request, TransportException.Kind.CONNECT_TIMEOUT);
            } finally {
                fillers.forEach(HttpTransportContractTest::closeQuietly);
            }
        }
    }

    /**
     * Silence longer than the read timeout before the head fails the future with
     * {@link TransportException.Kind#READ_TIMEOUT}, and closes the connection.
     */
    @Test
    public void silenceBeforeTheHeadIsReadTimeout() {
        StreamServer server = track(StreamServer.start());

        assertHeadFails(Requests.withReadTimeout(Requests.get(server.uri("/hang")), SHORT_TIMEOUT),
                TransportException.Kind.READ_TIMEOUT);

        server.awaitClientsGone(1);
    }

    /**
     * Silence longer than the read timeout between two chunks of a body fails the body with
     * {@link TransportException.Kind#READ_TIMEOUT}, after what arrived before it, and closes the connection.
     */
    @Test
    public void silenceBetweenChunksIsReadTimeout() {
        StreamServer server = track(StreamServer.start());
        TransportResponse response = send(Requests.withReadTimeout(Requests.get(server.uri("/stream")),
                SHORT_TIMEOUT));
        BodySubscriber body = BodySubscriber.requestingAll();

        response.body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.READ_TIMEOUT);
        assertEquals(StreamServer.FIRST_EVENT, body.text());
        server.awaitClientsGone(1);
    }

    /**
     * The read timeout limits silence, not the whole exchange: a stream that keeps sending, each gap well within
     * the read timeout, may last several times as long and completes.
     */
    @Test
    public void readTimeoutLimitsSilenceNotTheWholeExchange() {
        Duration readTimeout = Duration.ofSeconds(2);
        int events = 20;
        RawServer server = raw(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            for (int i = 0; i < events; i++) {
                c.writeChunk("data: " + i + "\n\n");
                Thread.sleep(readTimeout.toMillis() / 10);
            }
            c.endChunks();
            c.awaitClientGone();
        });

        BodySubscriber body = BodySubscriber.requestingAll();
        send(Requests.withReadTimeout(Requests.get(server.uri("/")), readTimeout)).body().subscribe(body);

        body.awaitComplete();
        assertTrue(body.text().endsWith("data: " + (events - 1) + "\n\n"), body.text());
    }

    /** A connection reset in the middle of a body fails the body with {@link TransportException.Kind#IO}. */
    @Test
    public void resetInTheMiddleOfTheBodyIsIo() {
        CountDownLatch clientHasData = new CountDownLatch(1);
        RawServer server = raw(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100));
            Await.quietly(clientHasData);
            c.reset();
        });
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());

        send(Requests.get(server.uri("/"))).body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.IO);
    }

    /**
     * A connection closed in good order but short of the Content-Length fails the body with
     * {@link TransportException.Kind#IO}: a truncated body never looks complete.
     */
    @Test
    public void connectionClosedShortOfTheContentLengthIsIo() {
        CountDownLatch clientHasData = new CountDownLatch(1);
        RawServer server = raw(c -> {
            c.readHead();
            c.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(100));
            Await.quietly(clientHasData);
        });
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());

        send(Requests.get(server.uri("/"))).body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.IO);
    }

    /**
     * An event stream whose server dies before the last chunk fails the body with
     * {@link TransportException.Kind#IO}, after the events that arrived: never a silent end of stream.
     */
    @Test
    public void chunkedBodyCutBeforeTheLastChunkIsIo() {
        CountDownLatch clientHasData = new CountDownLatch(1);
        RawServer server = raw(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            c.writeChunk("event: one\n\n");
            Await.quietly(clientHasData);
        });
        BodySubscriber body = BodySubscriber.requestingAll().onChunk(chunk -> clientHasData.countDown());

        send(Requests.get(server.uri("/"))).body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.IO);
        assertEquals("event: one\n\n", body.text());
    }

    /**
     * Bytes that arrived before the connection broke are delivered before the error, even when the subscriber
     * subscribes only after the break: the events a server wrote before it died are not lost.
     */
    @Test
    public void bytesThatArrivedBeforeABreakAreDeliveredBeforeTheError() {
        CountDownLatch serverDone = new CountDownLatch(1);
        RawServer server = raw(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            c.writeChunk("event: one\n\n");
            c.socket.shutdownOutput();
            serverDone.countDown();
            c.awaitClientGone();
        });
        TransportResponse response = send(Requests.get(server.uri("/")));
        Await.latch(serverDone, "the server wrote one event and hung up");
        BodySubscriber body = BodySubscriber.oneAtATime();

        response.body().subscribe(body);

        body.awaitTransportError(TransportException.Kind.IO);
        assertEquals("event: one\n\n", body.text(), "what arrived before the break");
    }

    /** A connection closed before any response fails the future with {@link TransportException.Kind#IO}. */
    @Test
    public void connectionClosedBeforeTheHeadIsIo() {
        RawServer server = raw(RawServer.Connection::readHead);

        assertHeadFails(Requests.get(server.uri("/")), TransportException.Kind.IO);
    }

    /** A connection reset before any response fails the future with {@link TransportException.Kind#IO}. */
    @Test
    public void resetBeforeTheHeadIsIo() {
        RawServer server = raw(c -> {
            c.readHead();
            c.reset();
        });

        assertHeadFails(Requests.get(server.uri("/")), TransportException.Kind.IO);
    }

    /** A response that is not HTTP fails the future with {@link TransportException.Kind#IO}. */
    @Test
    public void malformedResponseIsIo() {
        RawServer server = raw(c -> {
            c.readHead();
            c.write("this is not HTTP\r\n\r\n");
            c.awaitClientGone();
        });

        assertHeadFails(Requests.get(server.uri("/")), TransportException.Kind.IO);
    }

    // ============================================================================================== connections

    /**
     * A connection whose response body was read to its end is reused for the next request, whatever the framing
     * of that body: Content-Length, chunked, empty (204) or an error status. A transport may hand the connection
     * back to its pool a moment after {@code onComplete}, so each framing gets a few attempts, each on a new
     * server and separated by a growing pause; one reuse per framing is required.
     */
    @Test
    public void connectionIsReusedAfterABodyReadToItsEnd() {
        for (String path : new String[] {"/fixed", "/chunked", "/empty", "/error"}) {
            assertConnectionReusedAfter(path);
        }
    }

    /** After a response with {@code Connection: close}, the next request opens a new connection and succeeds. */
    @Test
    public void connectionTheServerClosesIsNotReused() {
        RawServer server = raw(c -> {
            RawServer.Head head = c.readHeadOrNull();
            if (head != null) {
                c.readBody(head);
                c.respond(200, "Connection: close\r\n", "connection " + c.index);
            }
        });

        String first = readAll(send(Requests.get(server.uri("/")))).text();
        String second = readAll(send(Requests.get(server.uri("/")))).text();

        assertEquals("connection 1", first);
        assertEquals("connection 2", second);
    }

    /**
     * At least 200 event streams open at once on one transport, to one server, all delivered completely: the
     * server holds every stream open until each subscriber has its first event, so they truly run concurrently.
     */
    @Test
    public void twoHundredConcurrentStreamsAllCompleteWhole() {
        int streams = CONCURRENT_STREAMS;
        int events = 10;
        CountDownLatch allHaveFirstEvent = new CountDownLatch(streams);
        AtomicInteger stalled = new AtomicInteger();
        RawServer server = raw(c -> {
            RawServer.Head head;
            while ((head = c.readHeadOrNull()) != null) {
                String id = head.target().substring("/stream/".length());
                c.write(SSE_HEAD);
                c.writeChunk("id: " + id + "-0\ndata: {\"stream\":" + id + "}\n\n");
                if (!Await.quietly(allHaveFirstEvent)) {
                    stalled.incrementAndGet();
                }
                for (int i = 1; i < events; i++) {
                    c.writeChunk("id: " + id + "-" + i + "\ndata: {\"stream\":" + id + "}\n\n");
                }
                c.endChunks();
            }
        });

        List<CompletableFuture<TransportResponse>> heads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            heads.add(transport.send(Requests.get(server.uri("/stream/" + i))));
        }
        List<BodySubscriber> bodies = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            TransportResponse response = Await.value(heads.get(i), "the head of stream " + i);
            cleanup.add(response);
            AtomicBoolean counted = new AtomicBoolean();
            String firstEvent = "id: " + i + "-0\n";
            BodySubscriber body = i % 2 == 0 ? BodySubscriber.requestingAll() : BodySubscriber.oneAtATime();
            body.onChunk(chunk -> {
                if (!counted.get() && body.text().contains(firstEvent) && counted.compareAndSet(false, true)) {
                    allHaveFirstEvent.countDown();
                }
            });
            response.body().subscribe(body);
            bodies.add(body);
        }

        Await.latch(allHaveFirstEvent, "all " + streams + " streams are open and have their first event");
        for (int i = 0; i < streams; i++) {
            bodies.get(i).awaitComplete();
            StringBuilder expected = new StringBuilder();
            for (int e = 0; e < events; e++) {
                expected.append("id: ").append(i).append('-').append(e).append("\ndata: {\"stream\":").append(i)
                        .append("}\n\n");
            }
            assertEquals(expected.toString(), bodies.get(i).text(), "the body of stream " + i);
        }
        assertEquals(0, stalled.get(), "server streams that gave up waiting for the others");
    }

    // ============================================================================================ the SDK on top

    /**
     * The SDK's blocking client streams a run over the transport: it sends the run request and yields each event
     * as a part before the server writes the next one, with the run's ids from {@code Content-Location}.
     */
    @Test
    public void sdkStreamsARunBlocking() {
        RunStreamServer server = track(RunStreamServer.start(4));
        List<StreamPart> parts = new ArrayList<>();

        try (LangGraphClient client = sdkClient(server.baseUrl());
                RunStream stream = client.runs().stream("t-1", "agent",
                        RunParams.builder().input(Map.of("question", "why?")).build())) {
            assertEquals(new RunCreateMetadata("r-1", "t-1"), stream.runMetadata());
            for (StreamPart part : stream) {
                parts.add(part);
                server.consumed(parts.size());
            }
        }

        server.assertStreamed(parts);
    }

    /** The SDK's async client streams a run over the transport, each event delivered before the next is written. */
    @Test
    public void sdkStreamsARunAsync() {
        RunStreamServer server = track(RunStreamServer.start(4));
        List<StreamPart> parts = new CopyOnWriteArrayList<>();

        try (LangGraphAsyncClient client = sdkClient(server.baseUrl()).async()) {
            AsyncRunStream stream = client.runs().stream("t-1", "agent",
                    RunParams.builder().input(Map.of("question", "why?")).build());
            CompletableFuture<Void> done = stream.subscribe(part -> {
                parts.add(part);
                server.consumed(parts.size());
            });
            Await.value(done, "the async run stream");
            assertEquals(new RunCreateMetadata("r-1", "t-1"), Await.value(stream.runMetadata(), "the run's ids"));
        }

        server.assertStreamed(parts);
    }

    /** The SDK's JSON calls work over the transport, blocking and async: request body out, response body in. */
    @Test
    public void sdkWaitsForARunBlockingAndAsync() {
        List<String> bodies = new CopyOnWriteArrayList<>();
        JdkServer server = jdk().handle("/threads/t-1/runs/wait", (exchange, request) -> {
            bodies.add(new String(request.body(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            JdkServer.respond(exchange, 200, Checks.utf8("{\"answer\":42,\"steps\":[\"a\",\"b\"]}"));
        });
        RunParams params = RunParams.builder().input(Map.of("question", "life")).build();

        try (LangGraphClient client = sdkClient(server.baseUrl())) {
            Object blocking = client.runs().wait("t-1", "agent", params);
            Object async = Await.value(client.async().runs().wait("t-1", "agent", params), "the async wait");

            Map<String, Object> expected = Map.of("answer", 42, "steps", List.of("a", "b"));
            assertEquals(expected, normalise(blocking));
            assertEquals(expected, normalise(async));
        }
        assertEquals(2, bodies.size());
        for (String body : bodies) {
            assertTrue(body.contains("\"assistant_id\":\"agent\"") && body.contains("\"question\":\"life\""), body);
        }
    }

    /** Error statuses received over the transport become the SDK's typed exceptions, with the server's detail. */
    @Test
    public void sdkMapsErrorStatuses() {
        JdkServer server = jdk()
                .handle("/threads/missing", (exchange, request) -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    JdkServer.respond(exchange, 404, Checks.utf8("{\"detail\":\"Thread missing not found\"}"));
                })
                .handle("/threads/busy/runs/wait", (exchange, request) -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    JdkServer.respond(exchange, 409, Checks.utf8("{\"detail\":\"Thread is busy\"}"));
                });

        try (LangGraphClient client = sdkClient(server.baseUrl())) {
            NotFoundException notFound = expect(NotFoundException.class, () -> client.threads().get("missing"));
            ConflictException conflict = expect(ConflictException.class,
                    () -> client.runs().wait("busy", "agent", RunParams.defaults()));
            ApiStatusException asyncNotFound = expect(NotFoundException.class,
                    () -> Await.value(client.async().threads().get("missing"), "the async get"));

            assertEquals(404, notFound.statusCode());
            assertEquals("Thread missing not found", notFound.detail());
            assertEquals(409, conflict.statusCode());
            assertEquals("Thread is busy", conflict.detail());
            assertEquals("Thread missing not found", asyncNotFound.detail());
        }
    }

    /**
     * A run stream whose server dies mid-way ends with the SDK's connection error after the parts that arrived,
     * blocking and async: never a silent end of stream.
     */
    @Test
    public void sdkReportsAStreamCutMidwayAsAConnectionError() {
        List<CountDownLatch> firstPartTaken = List.of(new CountDownLatch(1), new CountDownLatch(1));
        AtomicInteger streams = new AtomicInteger();
        RawServer server = raw(c -> {
            RawServer.Head head = c.readHead();
            c.readBody(head);
            CountDownLatch taken = firstPartTaken.get(streams.getAndIncrement());
            c.write(SSE_HEAD);
            c.writeChunk("event: values\ndata: {\"step\":1}\n\n");
            Await.quietly(taken);
            // Hangs up without the last chunk.
            c.socket.shutdownOutput();
            c.awaitClientGone();
        });

        try (LangGraphClient client = sdkClient("http://127.0.0.1:" + server.port())) {
            List<StreamPart> blockingParts = new ArrayList<>();
            expect(ApiConnectionException.class, () -> {
                try (RunStream stream = client.runs().stream("t-1", "agent", RunParams.defaults())) {
                    for (StreamPart part : stream) {
                        blockingParts.add(part);
                        firstPartTaken.get(0).countDown();
                    }
                }
            });
            assertEquals(1, blockingParts.size(), "parts before the connection broke");

            List<StreamPart> asyncParts = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> done = client.async().runs().stream("t-1", "agent", RunParams.defaults())
                    .subscribe(part -> {
                        asyncParts.add(part);
                        firstPartTaken.get(1).countDown();
                    });
            assertInstanceOf(ApiConnectionException.class, Await.failure(done, "the async stream"));
            assertEquals(1, asyncParts.size(), "async parts before the connection broke");
        }
    }

    /** Closing a blocking run stream or cancelling an async one mid-way closes the connection. */
    @Test
    public void sdkClosingARunStreamClosesTheConnection() {
        StreamServer server = track(StreamServer.start());

        try (LangGraphClient client = sdkClient("http://127.0.0.1:" + server.port())) {
            try (RunStream stream = client.runs().stream("t-1", "agent", RunParams.defaults())) {
                assertTrue(stream.iterator().hasNext(), "the first part");
            }
            server.awaitClientsGone(1);

            AsyncRunStream async = client.async().runs().stream("t-1", "agent", RunParams.defaults());
            CountDownLatch firstPart = new CountDownLatch(1);
            CompletableFuture<Void> done = async.subscribe(part -> firstPart.countDown());
            Await.latch(firstPart, "the async stream delivered its first part");
            async.cancel();
            server.awaitClientsGone(2);
            assertFalse(done.isDone() && !done.isCompletedExceptionally(), "a cancelled stream completed normally");
        }
        server.assertNoFailures();
    }

    /**
     * A refused connection becomes the SDK's {@link ApiConnectionException}, blocking and async.
     *
     * @throws IOException if a loopback socket cannot be opened
     */
    @Test
    public void sdkReportsARefusedConnection() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        try (LangGraphClient client = sdkClient("http://127.0.0.1:" + port)) {
            expect(ApiConnectionException.class, () -> client.threads().get("t-1"));
            assertInstanceOf(ApiConnectionException.class,
                    Await.failure(client.async().threads().get("t-1"), "the async get"));
        }
    }

    // ============================================================================================ blocking path

    /**
     * {@link HttpTransport#sendAndWait} sends the method, headers and body as given and returns the head; the
     * body then reads whole, and the connection is reused afterwards.
     */
    @Test
    public void sendAndWaitRoundTripsARequest() {
        JdkServer server = echoServer();
        byte[] sent = Checks.utf8("{\"text\":\"h\u00e9llo\"}");

        for (int i = 0; i < 3; i++) {
            TransportResponse response = sendAndWait(Requests.request("PUT", server.uri("/echo"),
                    TransportHeaders.builder().add("Content-Type", "application/json").add("X-Trace", "t" + i)
                            .build(), sent), new CompletableFuture<>());
            assertEquals(200, response.status());
            assertEquals("PUT", response.headers().first("x-method"));
            assertArrayEquals(sent, readAll(response).bytes(), "the echoed body");
            JdkServer.Received received = server.lastReceived();
            assertEquals(List.of(String.valueOf(sent.length)), received.headers().get("Content-Length"));
            assertEquals("t" + i, received.headers().getFirst("X-Trace"));
        }
    }

    /** {@link HttpTransport#sendAndWait} returns error statuses as responses, with their bodies and headers. */
    @Test
    public void sendAndWaitDeliversErrorStatuses() {
        JdkServer server = jdk().handle("/missing", (exchange, request) -> {
            exchange.getResponseHeaders().add("Retry-After", "3");
            JdkServer.respond(exchange, 404, Checks.utf8("{\"detail\":\"no\"}"));
        });

        TransportResponse response = sendAndWait(Requests.get(server.uri("/missing")), new CompletableFuture<>());

        assertEquals(404, response.status());
        assertEquals("3", response.headers().first("retry-after"));
        assertEquals("{\"detail\":\"no\"}", readAll(response).text());
    }

    /**
     * {@link HttpTransport#sendAndWait} throws {@link TransportException.Kind#CONNECT} for a refused connection.
     *
     * @throws IOException if a loopback socket cannot be opened
     */
    @Test
    public void sendAndWaitRefusedConnectionIsConnect() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        TransportException e = expect(TransportException.class, () -> transport.sendAndWait(
                Requests.get(URI.create("http://127.0.0.1:" + port + "/")), new CompletableFuture<>()));
        assertEquals(TransportException.Kind.CONNECT, e.kind(), e.toString());
    }

    /** {@link HttpTransport#sendAndWait} throws {@link TransportException.Kind#READ_TIMEOUT} for a silent server. */
    @Test
    public void sendAndWaitSilentServerIsReadTimeout() {
        RawServer server = raw(c -> {
            c.readHead();
            c.awaitClientGone();
        });

        TransportException e = expect(TransportException.class, () -> transport.sendAndWait(
                Requests.withReadTimeout(Requests.get(server.uri("/")), SHORT_TIMEOUT), new CompletableFuture<>()));
        assertEquals(TransportException.Kind.READ_TIMEOUT, e.kind(), e.toString());
    }

    /**
     * Completing the abort signal of a {@link HttpTransport#sendAndWait} that waits for its head ends the wait
     * with a {@link TransportException} and drops the connection: the server sees the client go.
     */
    @Test
    public void sendAndWaitAbortEndsTheWaitAndTheConnection() {
        CountDownLatch headArrived = new CountDownLatch(1);
        CountDownLatch clientGone = new CountDownLatch(1);
        RawServer server = raw(c -> {
            c.readHead();
            headArrived.countDown();
            if (c.awaitClientGone()) {
                clientGone.countDown();
            }
        });
        CompletableFuture<Void> abort = new CompletableFuture<>();
        Thread aborter = new Thread(() -> {
            if (Await.quietly(headArrived)) {
                abort.complete(null);
            }
        }, "tck-aborter");
        aborter.setDaemon(true);
        aborter.start();

        expect(TransportException.class, () -> transport.sendAndWait(Requests.get(server.uri("/")), abort));
        Await.latch(clientGone, "the server to see the aborted client go");
    }

    /**
     * A body from {@link HttpTransport#sendAndWait} can be read in part and closed, also while another thread
     * waits for more of it (a transport may read on the thread that requests): the reader gets
     * {@link TransportException.Kind#IO}, the server sees the client go, and the transport keeps working.
     */
    @Test
    public void sendAndWaitBodyClosedEarlyDropsTheConnection() {
        CountDownLatch clientGone = new CountDownLatch(2);
        RawServer server = raw(c -> {
            RawServer.Head head = c.readHead();
            if (head.target().equals("/endless")) {
                c.write(SSE_HEAD);
                c.writeChunk("data: first\n\n");
                if (c.awaitClientGone()) {
                    clientGone.countDown();
                }
            } else {
                c.respond(200, "", "after");
            }
        });

        // Closed between reads.
        TransportResponse idle = sendAndWait(Requests.get(server.uri("/endless")), new CompletableFuture<>());
        BodySubscriber first = BodySubscriber.requesting(1);
        idle.body().subscribe(first);
        Await.until("the first event", () -> first.text().contains("data: first"));
        idle.close();

        // Closed while a reader waits for the next chunk.
        TransportResponse busy = sendAndWait(Requests.get(server.uri("/endless")), new CompletableFuture<>());
        BodySubscriber reader = BodySubscriber.requestingAll();
        Thread readerThread = new Thread(() -> busy.body().subscribe(reader), "tck-body-reader");
        readerThread.setDaemon(true);
        readerThread.start();
        Await.until("the first event", () -> reader.text().contains("data: first"));
        busy.close();
        Checks.transportException(reader.awaitError(), TransportException.Kind.IO, "the body closed while read");

        Await.latch(clientGone, "the server to see both clients go after close()");
        assertEquals("after", readAll(sendAndWait(Requests.get(server.uri("/next")), new CompletableFuture<>()))
                .text());
    }

    /** {@link HttpTransport#sendAndWait} on a closed transport throws {@link IllegalStateException}. */
    @Test
    public void sendAndWaitAfterCloseIsIllegalState() {
        JdkServer server = echoServer();
        transportClosed = true;
        transport.close();

        expect(IllegalStateException.class, () -> transport.sendAndWait(Requests.get(server.uri("/echo")),
                new CompletableFuture<>()));
    }

    // ================================================================================================== helpers

    private RawServer raw(RawServer.Script script) {
        return track(RawServer.start(script));
    }

    private JdkServer jdk() {
        return track(JdkServer.start());
    }

    /** Closes {@code server} after the test, once the transport is closed. */
    private <T extends AutoCloseable> T track(T server) {
        servers.add(server);
        return server;
    }

    /** A server that echoes the method as a header and the request body as the response body. */
    private JdkServer echoServer() {
        return jdk().handle("/echo", (exchange, request) -> {
            exchange.getResponseHeaders().add("X-Method", request.method());
            JdkServer.respond(exchange, 200, request.body());
        });
    }

    private LangGraphClient sdkClient(String baseUrl) {
        LangGraphClient client = LangGraphClient.builder()
                .baseUrl(baseUrl)
                .noApiKey()
                .transport(transport)
                .retryPolicy(RetryPolicy.NONE)
                .maxStreamReconnects(0)
                .build();
        cleanup.add(client);
        return client;
    }

    private TransportResponse send(TransportRequest request) {
        CompletableFuture<TransportResponse> head;
        try {
            head = transport.send(request);
        } catch (RuntimeException e) {
            throw new AssertionError("send must not throw, but threw " + e, e);
        }
        assertNotNull(head, "send returned null");
        TransportResponse response = Await.value(head, "the response head of " + request);
        assertNotNull(response, "the response of " + request);
        cleanup.add(response);
        return response;
    }

    private TransportResponse sendAndWait(TransportRequest request, CompletableFuture<?> abort) {
        TransportResponse response = transport.sendAndWait(request, abort);
        assertNotNull(response, "sendAndWait returned null for " + request);
        cleanup.add(response);
        return response;
    }

    private static BodySubscriber readAll(TransportResponse response) {
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitComplete();
        return body;
    }

    private void assertMethodSendsBody(String method) {
        JdkServer server = echoServer();
        byte[] sent = Checks.utf8("{\"method\":\"" + method + "\",\"text\":\"h\u00e9llo\"}");
        byte[] copy = sent.clone();

        TransportResponse response = send(Requests.request(method, server.uri("/echo"),
                TransportHeaders.builder().add("Content-Type", "application/json").build(), sent));
        BodySubscriber body = readAll(response);

        assertEquals(200, response.status());
        assertEquals(method, response.headers().first("x-method"));
        assertArrayEquals(sent, body.bytes(), "the echoed body");
        JdkServer.Received received = server.lastReceived();
        assertEquals(method, received.method());
        assertArrayEquals(sent, received.body(), "the body the server received");
        assertEquals(List.of(String.valueOf(sent.length)), received.headers().get("Content-Length"));
        assertEquals("application/json", received.headers().getFirst("Content-Type"));
        assertFalse(received.headers().containsKey("Transfer-Encoding"), "a byte array body is not chunked");
        assertArrayEquals(copy, sent, "the transport modified the request body array");
    }

    private void assertConnectionReusedAfter(String path) {
        List<String> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= 8; attempt++) {
            List<Integer> connections = new CopyOnWriteArrayList<>();
            RawServer server = raw(c -> {
                RawServer.Head head;
                while ((head = c.readHeadOrNull()) != null) {
                    c.readBody(head);
                    connections.add(c.index);
                    switch (head.target()) {
                        case "/chunked" -> {
                            c.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                            c.writeChunk("event: one\n\n");
                            c.writeChunk("event: two\n\n");
                            c.endChunks();
                        }
                        case "/empty" -> c.write("HTTP/1.1 204 No Content\r\n\r\n");
                        case "/error" -> c.respond(404, "Content-Type: application/json\r\n", "{\"detail\":\"no\"}");
                        default -> c.respond(200, "", "hello");
                    }
                }
            });
            TransportResponse first = send(Requests.request("POST", server.uri(path), TransportHeaders.empty(),
                    Checks.utf8("{}")));
            readAll(first);
            first.close();
            Await.pause(25L * attempt * attempt);
            readAll(send(Requests.get(server.uri("/fixed"))));
            if (connections.equals(List.of(1, 1))) {
                return;
            }
            attempts.add(connections.toString());
        }
        fail("After a body read to its end (" + path + "), the next request never reused the connection; the "
                + "connections of the two requests in each attempt: " + attempts);
    }

    private void assertSendFails(Supplier<CompletableFuture<TransportResponse>> send, String what) {
        CompletableFuture<TransportResponse> head;
        try {
            head = send.get();
        } catch (RuntimeException e) {
            throw new AssertionError("send must not throw for " + what + ", but threw " + e, e);
        }
        assertNotNull(head, "send returned null for " + what);
        assertNotNull(Await.failure(head, "send with " + what));
    }

    private TransportException assertHeadFails(TransportRequest request, TransportException.Kind kind) {
        CompletableFuture<TransportResponse> head = transport.send(request);
        return Checks.transportException(Await.failure(head, "the response head of " + request), kind,
                "the future of send(" + request + ")");
    }

    private void assertEventsArriveOneByOne(BodySubscriber body) {
        int events = 5;
        List<CountDownLatch> delivered = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            delivered.add(new CountDownLatch(1));
        }
        List<Integer> notDeliveredInTime = new CopyOnWriteArrayList<>();
        RawServer server = raw(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            for (int i = 0; i < events; i++) {
                c.writeChunk("id: " + i + "\nevent: values\ndata: {\"n\":" + i + "}\n\n");
                // The next event is written only once the client has this one: a buffering transport stalls here.
                if (!Await.quietly(delivered.get(i))) {
                    notDeliveredInTime.add(i);
                }
            }
            c.endChunks();
            c.awaitClientGone();
        });
        AtomicInteger seen = new AtomicInteger();
        body.onChunk(chunk -> {
            String text = body.text();
            while (seen.get() < events && text.contains("data: {\"n\":" + seen.get() + "}\n\n")) {
                delivered.get(seen.getAndIncrement()).countDown();
            }
        });

        send(Requests.get(server.uri("/events"))).body().subscribe(body);

        body.awaitComplete();
        assertEquals(List.of(), notDeliveredInTime,
                "events that did not reach the subscriber before the server gave up waiting to write the next");
        assertEquals(events, seen.get());
    }

    private static boolean tryConnect(InetSocketAddress address, int timeoutMillis, List<Socket> fillers)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, timeoutMillis);
            fillers.add(socket);
            return true;
        } catch (SocketTimeoutException e) {
            socket.close();
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Object normalise(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, normalise(v)));
            return out;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(HttpTransportContractTest::normalise).toList();
        }
        if (json instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        return json;
    }

    private static <T extends Throwable> T expect(Class<T> type, ThrowingRunnable action) {
        try {
            action.run();
        } catch (Throwable t) {
            Throwable actual = t;
            if (!type.isInstance(actual) && actual instanceof AssertionError && actual.getCause() != null) {
                actual = actual.getCause();
            }
            if (type.isInstance(actual)) {
                return type.cast(actual);
            }
            throw new AssertionError("Expected " + type.getSimpleName() + " but got " + t, t);
        }
        return fail("Expected " + type.getSimpleName() + " but nothing was thrown");
    }

    /** Code that may throw anything. */
    private interface ThrowingRunnable {
        void run() throws Throwable;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Cleanup continues.
        }
    }
}
