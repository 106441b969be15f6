package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.HttpTransportProvider;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Checks;
import dev.langgraph.testkit.tck.JdkServer;
import dev.langgraph.testkit.tck.Requests;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The ways to get a transport: create, builder, wrap, and the service provider. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConstructionTest {

    private JdkServer server;

    @BeforeEach
    void start() {
        server = JdkServer.start().handle("/hello",
                (exchange, request) -> JdkServer.respond(exchange, 200, Checks.utf8("hello")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void serviceLoaderFindsTheProvider() {
        List<HttpTransportProvider> providers = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof HttpClient5TransportProvider)
                .collect(Collectors.toList());

        assertThat(providers).hasSize(1);
        HttpTransportProvider provider = providers.get(0);
        assertThat(provider.name()).isEqualTo("httpclient5");
        assertThat(provider.priority()).isEqualTo(100);
        try (HttpTransport transport = provider.create()) {
            assertThat(transport).isInstanceOf(HttpClient5Transport.class);
            assertThat(transport.name()).isEqualTo("httpclient5");
            assertThat(fetch(transport)).isEqualTo("hello");
        }
    }

    @Test
    void createdTransportWorksAndClosesIdempotently() {
        HttpClient5Transport transport = HttpClient5Transport.create();

        assertThat(fetch(transport)).isEqualTo("hello");
        transport.close();
        assertThatCode(transport::close).doesNotThrowAnyException();
    }

    @Test
    void wrappedClientIsStartedAndNotClosedByTheTransport() {
        CloseableHttpAsyncClient client = HttpAsyncClients.custom().disableAutomaticRetries().build();
        try {
            assertThat(client.getStatus()).isEqualTo(IOReactorStatus.INACTIVE);
            HttpClient5Transport transport = HttpClient5Transport.wrap(client);
            Await.until("the wrapped client runs", () -> client.getStatus() == IOReactorStatus.ACTIVE);
            assertThat(fetch(transport)).isEqualTo("hello");
            assertThat(transport.leasedConnections()).as("a wrapped client's pool is unknown").isEqualTo(-1);

            transport.close();

            assertThat(client.getStatus()).isEqualTo(IOReactorStatus.ACTIVE);
            assertThat(fetch(HttpClient5Transport.wrap(client))).isEqualTo("hello");
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    @Test
    void wrappingAStartedClientKeepsItRunning() {
        try (CloseableHttpAsyncClient client = HttpAsyncClients.createDefault()) {
            client.start();
            try (HttpClient5Transport transport = HttpClient5Transport.wrap(client)) {
                assertThat(fetch(transport)).isEqualTo("hello");
            }
            assertThat(client.getStatus()).isEqualTo(IOReactorStatus.ACTIVE);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void builderRejectsLimitsBelowOne() {
        assertThatThrownBy(() -> HttpClient5Transport.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpClient5Transport.builder().maxConnectionsPerRoute(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpClient5Transport.wrap(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void builtTransportUsesItsLimits() {
        try (HttpClient5Transport transport = HttpClient5Transport.builder()
                .maxConnections(8).maxConnectionsPerRoute(2).build()) {
            assertThat(fetch(transport)).isEqualTo("hello");
        }
    }

    private String fetch(HttpTransport transport) {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/hello"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitComplete();
        return body.text();
    }
}
