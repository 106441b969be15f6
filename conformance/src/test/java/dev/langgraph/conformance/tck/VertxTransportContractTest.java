package dev.langgraph.conformance.tck;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.testkit.tck.HttpTransportContractTest;
import dev.langgraph.transport.vertx.VertxTransport;

/** The transport TCK run against the Vert.x transport. */
class VertxTransportContractTest extends HttpTransportContractTest {

    @Override
    protected HttpTransport createTransport() {
        return VertxTransport.create();
    }
}
