package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What goes on the wire is what the SDK asked for. The only headers added are those HTTP/1.1 framing needs: Host
 * and Content-Length from the body. Vert.x adds no Connection header (keep-alive is HTTP/1.1's default).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WireFormatTest {

    private final BlockingQueue<String> heads = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> bodies = new LinkedBlockingQueue<>();
    private RawServer server;
    private VertxTransport transport;

    @BeforeEach
    void start() {
        server = RawServer.start((socket, in, out) -> {
            String head = RawServer.readHead(in);
            heads.add(head);
            bodies.add(RawServer.readBody(in, head));
            if (head.startsWith("HEAD ")) {
                // A HEAD response announces a body it does not send.
                RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n");
            } else {
                RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            }
        });
        transport = VertxTransport.create();
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        server.close();
    }

    @Test
    void sendsOnlyTheGivenHeadersPlusHost() throws Exception {
        TransportHeaders headers = TransportHeaders.builder()
                .add("Accept", "text/event-stream")
                .add("X-Api-Key", "secret")
                .add("User-Agent", "langgraph-sdk-java/test")
                .build();
        transport.send(Requests.request("GET", server.uri("/runs?x=1"), headers, null)).get(30, TimeUnit.SECONDS)
                .close();

        String head = heads.poll(30, TimeUnit.SECONDS);
        assertThat(head).startsWith("GET /runs?x=1 HTTP/1.1\r\n");
        assertThat(headerNames(head))
                .containsExactlyInAnyOrder("host", "accept", "x-api-key", "user-agent");
        assertThat(RawServer.header(head, "User-Agent")).isEqualTo("langgraph-sdk-java/test");
        assertThat(RawServer.header(head, "Host")).isEqualTo("127.0.0.1:" + server.uri("/").getPort());
    }

    @Test
    void addsNoUserAgentOfItsOwn() throws Exception {
        transport.send(Requests.get(server.uri("/"))).get(30, TimeUnit.SECONDS).close();

        String head = heads.poll(30, TimeUnit.SECONDS);
        assertThat(headerNames(head)).containsExactlyInAnyOrder("host");
    }

    @Test
    void byteArrayBodyIsSentWithContentLengthAndGivenContentType() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        TransportHeaders headers = TransportHeaders.builder()
                .add("Content-Type", "application/json")
                // Framing comes from the body; a stale value given here must not reach the wire.
                .add("Content-Length", "999")
                .build();
        transport.send(Requests.request("POST", server.uri("/threads"), headers, body)).get(30, TimeUnit.SECONDS)
                .close();

        String head = heads.poll(30, TimeUnit.SECONDS);
        assertThat(headerNames(head))
                .containsExactlyInAnyOrder("host", "content-type", "content-length");
        assertThat(RawServer.header(head, "Content-Length")).isEqualTo(String.valueOf(body.length));
        assertThat(RawServer.header(head, "Content-Type")).isEqualTo("application/json");
        assertThat(bodies.poll(30, TimeUnit.SECONDS)).isEqualTo(body);
    }

    @Test
    void headResponseEndsWithItsHeadDespiteContentLength() throws Exception {
        TransportResponse response = transport.send(
                Requests.request("HEAD", server.uri("/"), TransportHeaders.empty(), null)).get(30, TimeUnit.SECONDS);
        TestSubscriber body = TestSubscriber.requestingAll();
        response.body().subscribe(body);

        body.awaitComplete();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("content-length")).isEqualTo("5000");
        assertThat(body.byteCount()).isZero();
    }

    private static List<String> headerNames(String head) {
        List<String> names = new ArrayList<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                names.add(lines[i].substring(0, colon).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
