package dev.langgraph.transport.httpclient5;

import dev.langgraph.client.transport.PublishedResponse;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.conformance.adapters.AdapterStreamingContract;
import org.junit.jupiter.api.Test;

/**
 * The shared streaming checks of {@link AdapterStreamingContract} through this adapter's hooks, and that its I/O
 * threads refuse to block.
 */
class StreamingTest extends AdapterStreamingContract<HttpClient5Transport> {

    @Override
    protected HttpClient5Transport createTransport() {
        return HttpClient5Transport.create();
    }

    @Override
    protected ResponseBodyPublisher bodyPublisher(TransportResponse response) {
        return ((PublishedResponse) response).bodyPublisher();
    }

    @Override
    protected void checkBlockingAllowed() {
        transport.checkBlockingAllowed();
    }

    @Override
    protected boolean oneIdleConnectionAndNothingInUse() {
        return transport.leasedConnections() == 0 && transport.idleConnections() == 1;
    }

    @Test
    void blockingIsRefusedOnTheIoThreadThatDeliversChunks() {
        assertBlockingIsRefusedOnTheThreadThatDeliversChunks();
    }
}
