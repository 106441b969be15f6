package dev.langgraph.interop.scenarios;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the scenarios on the default server: the server, a client opened before and closed after each test, and
 * a tag unique to the test, so that scenarios find their own resources and never each other's.
 */
@ExtendWith(RealServerExtension.class)
abstract class Scenario {

    /** The server the scenario runs on. */
    protected final ServerEndpoint server;
    /** A client on {@link #server}, opened before and closed after each test. */
    protected LangGraphClient client;
    /** Unique to the current test: the suite's name and a random UUID. */
    protected String tag;

    Scenario(ServerEndpoint server) {
        this.server = server;
    }

    @BeforeEach
    void openClient() {
        client = Clients.of(server);
        tag = getClass().getSimpleName() + "-" + UUID.randomUUID();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
