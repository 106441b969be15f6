package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.HttpTransportProvider;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.JdkServer;
import dev.langgraph.testkit.tck.Requests;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The transport's life: which Vert.x it runs on, where it refuses to block, how it is found and configured. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VertxTransportTest {

    private static JdkServer server;

    @BeforeAll
    static void start() {
        server = JdkServer.start().handle("/ok", (exchange, request) ->
                JdkServer.respond(exchange, 200, Checks.utf8("ok")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void transportsBuiltWithoutVertxShareOneInstanceThatOutlivesThem() {
        VertxTransport first = VertxTransport.create();
        VertxTransport second = VertxTransport.builder().maxConnectionsPerHost(4).build();
        try {
            assertThat(second.vertx()).isSameAs(first.vertx());
            first.close();
            assertThat(get(second)).as("a request after another transport on the instance closed").isEqualTo("ok");
        } finally {
            second.close();
        }
        VertxTransport third = VertxTransport.create();
        try {
            assertThat(third.vertx()).isSameAs(first.vertx());
            assertThat(get(third)).isEqualTo("ok");
        } finally {
            third.close();
        }
    }

    @Test
    void aGivenVertxIsUsedAndLeftOpen() throws Exception {
        Vertx mine = Vertx.vertx();
        try {
            VertxTransport transport = VertxTransport.builder().vertx(mine).build();
            assertThat(transport.vertx()).isSameAs(mine);
            assertThat(get(transport)).isEqualTo("ok");
            transport.close();

            VertxTransport again = VertxTransport.builder().vertx(mine).build();
            assertThat(get(again)).as("a request on the instance after the first transport closed").isEqualTo("ok");
            again.close();
        } finally {
            mine.close().await(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void blockingIsRefusedOnAnEventLoopWithAClearMessage() throws Exception {
        VertxTransport transport = VertxTransport.create();
        try {
            CompletableFuture<Throwable> refusal = new CompletableFuture<>();
            transport.vertx().runOnContext(v -> refusal.complete(thrownBy(transport::checkBlockingAllowed)));

            assertThat(refusal.get(30, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("event-loop thread").hasMessageContaining("async()");
        } finally {
            transport.close();
        }
    }

    @Test
    void blockingIsAllowedOnWorkerThreads() throws Exception {
        VertxTransport transport = VertxTransport.create();
        try {
            Throwable onWorker = transport.vertx().executeBlocking(() -> thrownBy(transport::checkBlockingAllowed))
                    .await(30, TimeUnit.SECONDS);

            assertThat(onWorker).isNull();
        } finally {
            transport.close();
        }
    }

    @Test
    void theProviderIsFoundThroughServiceLoader() {
        // The other transport is on this module's class path too: only this adapter's registration is checked.
        List<HttpTransportProvider> providers = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p instanceof VertxTransportProvider).toList();

        assertThat(providers).singleElement().isInstanceOfSatisfying(VertxTransportProvider.class, provider -> {
            assertThat(provider.name()).isEqualTo("vertx");
            assertThat(provider.priority()).isEqualTo(50);
            try (var transport = provider.create()) {
                assertThat(transport).isInstanceOf(VertxTransport.class);
                assertThat(transport.name()).isEqualTo("vertx");
            }
        });
    }

    @Test
    void builderRejectsInvalidSettings() {
        assertThatThrownBy(() -> VertxTransport.builder().maxConnectionsPerHost(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VertxTransport.builder().vertx(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void requestsThatCannotBeSentFailTheFutureInsteadOfThrowing() {
        VertxTransport transport = VertxTransport.create();
        try {
            assertFailsWith(transport.send(Requests.get(URI.create("ftp://127.0.0.1/"))), IllegalArgumentException.class);
            assertFailsWith(transport.send(Requests.get(URI.create("/relative"))), IllegalArgumentException.class);
            assertFailsWith(transport.send(new TransportRequest("GET", server.uri("/ok"), TransportHeaders.empty(),
                    null, Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO)), IllegalArgumentException.class);
            assertFailsWith(transport.send(Requests.request("BAD METHOD", server.uri("/ok"), TransportHeaders.empty(),
                    null)), IllegalArgumentException.class);
            assertFailsWith(transport.send(null), NullPointerException.class);
        } finally {
            transport.close();
        }
        assertFailsWith(transport.send(Requests.get(server.uri("/ok"))), IllegalStateException.class);
    }

    private static String get(VertxTransport transport) {
        BodySubscriber body = BodySubscriber.requestingAll();
        Await.value(transport.send(Requests.get(server.uri("/ok"))), "the head").body().subscribe(body);
        body.awaitComplete();
        return body.text();
    }

    private static Throwable thrownBy(Runnable action) {
        try {
            action.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static void assertFailsWith(CompletableFuture<?> future, Class<? extends Throwable> type) {
        assertThatThrownBy(() -> future.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(type);
    }
}
