package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.JdkServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SDK's blocking client on this transport: a run stream read to its end leaves no exchange open, and a
 * blocking call made on a Vert.x event loop is refused before anything is sent.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EndToEndTest {

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
            event(out, "values", "{\"count\":2}");
        });
        transport = VertxTransport.create();
        client = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().transport(transport).build();
    }

    @AfterEach
    void stop() {
        client.close();
        transport.close();
        server.close();
    }

    @Test
    void aRunStreamReadToItsEndLeavesNoExchangeOpen() {
        List<String> events = new ArrayList<>();
        try (RunStream stream = client.runs().stream(null, "agent")) {
            for (StreamPart part : stream) {
                events.add(part.event());
            }
        }

        assertThat(events).containsExactly("metadata", "values", "values");
        Await.until("the stream's exchange is finished", () -> transport.openExchanges() == 0,
                () -> "(open " + transport.openExchanges() + ")");
    }

    @Test
    void theBlockingClientRefusesToRunOnAnEventLoop() {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        transport.vertx().runOnContext(v -> {
            try {
                client.runs().stream(null, "agent").close();
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });

        assertThat(Await.value(outcome, "the call on the event loop")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event-loop");
        assertThat(server.received()).as("requests sent from the event loop").isEmpty();
    }

    private static void event(OutputStream out, String name, String data) throws IOException {
        out.write(Checks.utf8("event: " + name + "\ndata: " + data + "\n\n"));
        out.flush();
    }
}
