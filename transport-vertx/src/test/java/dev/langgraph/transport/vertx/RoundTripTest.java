package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests and responses arrive as sent: methods, bodies, headers, framing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RoundTripTest {

    private static final byte[] PATTERN_BODY = pattern(200_000);

    private static JdkServer server;
    private static VertxTransport transport;

    @BeforeAll
    static void start() {
        server = JdkServer.start()
                .handle("/echo", (exchange, request) -> {
                    exchange.getResponseHeaders().add("X-Method", request.method());
                    exchange.sendResponseHeaders(200, request.body().length == 0 ? -1 : request.body().length);
                    if (request.body().length > 0 && !request.method().equals("HEAD")) {
                        exchange.getResponseBody().write(request.body());
                    }
                })
                .handle("/fixed", (exchange, request) -> {
                    exchange.sendResponseHeaders(200, PATTERN_BODY.length);
                    exchange.getResponseBody().write(PATTERN_BODY);
                })
                .handle("/chunked", (exchange, request) -> {
                    exchange.sendResponseHeaders(200, 0);
                    for (int offset = 0; offset < PATTERN_BODY.length; offset += 7_000) {
                        exchange.getResponseBody().write(PATTERN_BODY, offset,
                                Math.min(7_000, PATTERN_BODY.length - offset));
                        exchange.getResponseBody().flush();
                    }
                })
                .handle("/headers", (exchange, request) -> {
                    exchange.getResponseHeaders().add("X-Resp", "1");
                    // The JDK server keeps this spelling apart, so two differently spelled lines are sent.
                    exchange.getResponseHeaders().add("x-RESP", "2");
                    JdkServer.respond(exchange, 200, new byte[0], Map.of());
                })
                .handle("/redirect", (exchange, request) -> JdkServer.respond(exchange, 302, new byte[0],
                        Map.of("Location", List.of("/echo"))))
                .handle("/status", (exchange, request) -> JdkServer.respond(exchange,
                        Integer.parseInt(request.pathAndQuery().substring("/status/".length())), new byte[0],
                        Map.of()));
        transport = VertxTransport.create();
    }

    @AfterAll
    static void stop() {
        transport.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE", "OPTIONS"})
    void methodsWithoutBodyReachTheServer(String method) {
        TransportResponse response = send(Requests.request(method, server.uri("/echo"), TransportHeaders.empty(), null));
        TestSubscriber body = read(response);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("X-Method")).isEqualTo(method);
        assertThat(body.byteCount()).isZero();
        JdkServer.Received received = server.lastReceived();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.body()).isEmpty();
        assertThat(received.headers().containsKey("Transfer-encoding")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void methodsWithBodyRoundTripTheBody(String method) {
        byte[] sent = ("{\"method\":\"" + method + "\"}").getBytes(StandardCharsets.UTF_8);
        TransportResponse response = send(Requests.request(method, server.uri("/echo"),
                TransportHeaders.builder().add("Content-Type", "application/json").build(), sent));
        TestSubscriber body = read(response);

        assertThat(response.status()).isEqualTo(200);
        assertThat(body.bytes()).isEqualTo(sent);
        JdkServer.Received received = server.lastReceived();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.headers().getFirst("Content-Length")).isEqualTo(String.valueOf(sent.length));
        assertThat(received.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(received.headers().containsKey("Transfer-encoding")).isFalse();
    }

    @Test
    void largeBinaryBodyRoundTrips() {
        byte[] sent = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(sent);
        TransportResponse response = send(Requests.request("POST", server.uri("/echo"), TransportHeaders.empty(), sent));
        TestSubscriber body = read(response);

        assertThat(body.bytes()).isEqualTo(sent);
        assertThat(server.lastReceived().body()).isEqualTo(sent);
    }

    @Test
    void nullBodySendsNoBody() {
        send(Requests.request("POST", server.uri("/echo"), TransportHeaders.empty(), null)).close();

        JdkServer.Received received = server.lastReceived();
        assertThat(received.body()).isEmpty();
        assertThat(received.headers().containsKey("Transfer-encoding")).isFalse();
        assertThat(received.headers().getOrDefault("Content-length", List.of("0"))).containsExactly("0");
    }

    @Test
    void emptyBodySendsContentLengthZero() {
        send(Requests.request("POST", server.uri("/echo"), TransportHeaders.empty(), new byte[0])).close();

        JdkServer.Received received = server.lastReceived();
        assertThat(received.body()).isEmpty();
        assertThat(received.headers().get("Content-length")).containsExactly("0");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 404, 500})
    void statusCodesArePassedThrough(int status) {
        TransportResponse response = send(Requests.get(server.uri("/status/" + status)));
        read(response);

        assertThat(response.status()).isEqualTo(status);
    }

    @Test
    void redirectsAreReturnedNotFollowed() {
        TransportResponse response = send(Requests.get(server.uri("/redirect")));
        read(response);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().first("Location")).isEqualTo("/echo");
        assertThat(server.lastReceived().pathAndQuery()).isEqualTo("/redirect");
    }

    @Test
    void contentLengthBodyArrivesWhole() {
        TransportResponse response = send(Requests.get(server.uri("/fixed")));
        TestSubscriber body = read(response);

        assertThat(response.headers().first("Content-Length")).isEqualTo(String.valueOf(PATTERN_BODY.length));
        assertThat(response.headers().contains("Transfer-Encoding")).isFalse();
        assertThat(body.bytes()).isEqualTo(PATTERN_BODY);
    }

    @Test
    void chunkedBodyArrivesWhole() {
        TransportResponse response = send(Requests.get(server.uri("/chunked")));
        TestSubscriber body = read(response);

        assertThat(response.headers().first("transfer-encoding")).isEqualToIgnoringCase("chunked");
        assertThat(response.headers().contains("Content-Length")).isFalse();
        assertThat(body.bytes()).isEqualTo(PATTERN_BODY);
    }

    @Test
    void multiValuedRequestHeadersKeepAllValuesWhateverTheCase() {
        TransportHeaders headers = TransportHeaders.builder()
                .add("X-Multi", "a")
                .add("x-MULTI", "b")
                .add("Accept", "text/event-stream")
                .build();
        send(Requests.request("GET", server.uri("/echo"), headers, null)).close();

        JdkServer.Received received = server.lastReceived();
        assertThat(received.headers().get("X-Multi")).containsExactly("a", "b");
        assertThat(received.headers().getFirst("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void multiValuedResponseHeadersAreFoundWhateverTheCase() {
        TransportResponse response = send(Requests.get(server.uri("/headers")));
        read(response);

        assertThat(response.headers().all("X-RESP")).containsExactlyInAnyOrder("1", "2");
        assertThat(response.headers().all("x-resp")).containsExactlyInAnyOrder("1", "2");
        assertThat(response.headers().contains("X-Resp")).isTrue();
    }

    @Test
    void rawQueryIsSentAsEncoded() {
        send(Requests.get(server.uri("/echo?q=a%20b&x=%2F&x=2"))).close();

        assertThat(server.lastReceived().pathAndQuery()).isEqualTo("/echo?q=a%20b&x=%2F&x=2");
    }

    static TransportResponse send(dev.langgraph.client.transport.TransportRequest request) {
        return transport.send(request).orTimeout(30, TimeUnit.SECONDS).join();
    }

    static TestSubscriber read(TransportResponse response) {
        TestSubscriber body = TestSubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitComplete();
        return body;
    }

    static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }
}
