package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SDK's blocking client streams a run through this transport, event by event, as a user would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EndToEndTest {

    private final CountDownLatch firstValuesSeen = new CountDownLatch(1);
    private final AtomicBoolean serverWaitedForTheClient = new AtomicBoolean();
    private JdkServer server;
    private VertxTransport transport;
    private LangGraphClient client;

    @BeforeEach
    void start() {
        server = JdkServer.start().handle("/runs/stream", (exchange, request) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            event(out, "metadata", "{\"run_id\":\"r1\",\"attempt\":1}");
            event(out, "values", "{\"count\":1}");
            // The next event only once the caller has the first: a transport that buffered would hang here.
            serverWaitedForTheClient.set(firstValuesSeen.await(30, TimeUnit.SECONDS));
            event(out, "values", "{\"count\":2}");
        });
        transport = VertxTransport.create();
        client = LangGraphClient.builder().baseUrl(server.uri("").toString()).noApiKey().transport(transport).build();
    }

    @AfterEach
    void stop() {
        client.close();
        transport.close();
        server.close();
    }

    @Test
    void aRunStreamsEventByEventThroughTheBlockingClient() {
        try (RunStream stream = client.runs().stream(null, "agent")) {
            Iterator<StreamPart> parts = stream.iterator();

            assertThat(parts.next().event()).isEqualTo("metadata");
            StreamPart first = parts.next();
            assertThat(first.event()).isEqualTo("values");
            assertThat(first.dataAsMap()).containsEntry("count", 1);
            firstValuesSeen.countDown();
            StreamPart second = parts.next();
            assertThat(second.dataAsMap()).containsEntry("count", 2);
            assertThat(parts.hasNext()).isFalse();
        }

        assertThat(serverWaitedForTheClient).isTrue();
        JdkServer.Received request = server.lastReceived();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("\"assistant_id\":\"agent\"");
        Await.until("the stream's exchange is finished", () -> transport.openExchanges() == 0);
    }

    @Test
    void theBlockingClientRefusesToRunOnAnEventLoop() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        transport.vertx().runOnContext(v -> {
            try {
                client.runs().stream(null, "agent").close();
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });

        assertThat(outcome.get(30, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event-loop");
        assertThat(server.received()).as("requests sent from the event loop").isEmpty();
        firstValuesSeen.countDown();
    }

    private static void event(OutputStream out, String name, String data) throws java.io.IOException {
        out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
