package dev.langgraph.client.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.transport.HttpTransport;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for client tests against WireMock: a server on a free loopback port and a client on the test transport,
 * with fast retries.
 */
public abstract class WireMockSupport {

    /** The WireMock server, reset for each test. */
    protected WireMockServer wm;
    /** A client pointed at {@link #wm}. */
    protected LangGraphClient client;
    /** The transport of {@link #client} and of {@link #clientBuilder()}'s clients; closed after each test. */
    protected HttpTransport transport;

    @BeforeEach
    void startWireMock() {
        wm = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        transport = TestTransports.create();
        client = clientBuilder().build();
    }

    @AfterEach
    void stopWireMock() {
        client.close();
        transport.close();
        wm.stop();
    }

    /**
     * A builder for a client on {@link #wm}, for tests that need other settings.
     *
     * @return the builder
     */
    protected dev.langgraph.client.LangGraphClientBuilder clientBuilder() {
        return LangGraphClient.builder()
                .baseUrl(wm.baseUrl())
                .noApiKey()
                .transport(transport)
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50)));
    }
}
