package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.PublishedResponse;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.conformance.adapters.AdapterStreamingContract;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.RawServer;
import dev.langgraph.testkit.tck.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The shared streaming checks of {@link AdapterStreamingContract} through this adapter's hooks, that its event
 * loops refuse to block, and that its default pool opens 256 streams at once.
 */
class StreamingTest extends AdapterStreamingContract<VertxTransport> {

    @Override
    protected VertxTransport createTransport() {
        return VertxTransport.create();
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
        return transport.openExchanges() == 0 && transport.openConnections() == 1;
    }

    @Test
    void blockingIsRefusedOnTheEventLoopThatDeliversChunks() {
        assertBlockingIsRefusedOnTheThreadThatDeliversChunks();
    }

    /**
     * The default pool opens {@value VertxTransport#DEFAULT_MAX_CONNECTIONS_PER_HOST} streams to one host at once,
     * one connection each, and closing the streams closes every connection.
     */
    @Test
    void theDefaultPoolRuns256StreamsAtOnceToOneHost() {
        int streams = VertxTransport.DEFAULT_MAX_CONNECTIONS_PER_HOST;
        AtomicInteger gone = new AtomicInteger();
        server = RawServer.start(c -> {
            c.readHead();
            c.write(SSE_HEAD);
            c.writeChunk("event: open\n\n");
            if (c.awaitClientGone()) {
                gone.incrementAndGet();
            }
        });
        List<CompletableFuture<TransportResponse>> heads = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            heads.add(transport.send(Requests.get(server.uri("/stream/" + i))));
        }
        List<TransportResponse> responses = new ArrayList<>();
        for (CompletableFuture<TransportResponse> head : heads) {
            TransportResponse response = Await.value(head, "a stream's head");
            BodySubscriber body = BodySubscriber.requestingAll();
            response.body().subscribe(body);
            body.awaitBytes(1);
            responses.add(response);
        }

        assertThat(server.accepted()).as("connections open at once").isEqualTo(streams);
        assertThat(transport.openConnections()).isEqualTo(streams);
        responses.forEach(TransportResponse::close);
        Await.until("the server saw every stream closed", () -> gone.get() == streams,
                () -> "(" + gone.get() + " of " + streams + ")");
        Await.until("no connection is left open", () -> transport.openConnections() == 0);
    }
}
