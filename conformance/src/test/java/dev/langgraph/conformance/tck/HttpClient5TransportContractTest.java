package dev.langgraph.conformance.tck;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.testkit.tck.HttpTransportContractTest;
import dev.langgraph.transport.httpclient5.HttpClient5Transport;

/**
 * The transport TCK run against the Apache HttpClient 5 transport.
 */
class HttpClient5TransportContractTest extends HttpTransportContractTest {

    @Override
    protected HttpTransport createTransport() {
        return HttpClient5Transport.create();
    }
}
