package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.conformance.adapters.AdapterAbortContract;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Requests;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Giving up on an exchange leaves no exchange and no connection open in this adapter, and a small pool survives a
 * thousand abandoned streams; the shared scenarios are in {@link AdapterAbortContract}.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AbortTest extends AdapterAbortContract<VertxTransport> {

    /** A small pool, so that a single leaked connection would soon starve the abandoned-streams test. */
    private static final int POOL_SIZE = 8;

    @Override
    protected VertxTransport createTransport() {
        return VertxTransport.builder().maxConnectionsPerHost(POOL_SIZE).build();
    }

    /** Nothing open here means no exchange and no connection at all: an aborted connection is closed. */
    @Override
    protected void awaitNothingOpen() {
        Await.until("no exchange and no connection is open",
                () -> transport.openExchanges() == 0 && transport.openConnections() == 0,
                () -> "(exchanges " + transport.openExchanges() + ", connections " + transport.openConnections() + ")");
    }

    @Test
    void cancellingTheSubscriptionLeavesNothingOpen() {
        cancelTheSubscriptionAndAwaitNothingOpen();
    }

    @Test
    void closingTheResponseBeforeTheEndLeavesNothingOpen() {
        closeTheResponseBeforeTheEndAndAwaitNothingOpen();
    }

    @Test
    void closingTheResponseWhileSubscribedLeavesNothingOpen() {
        closeTheResponseWhileSubscribedAndAwaitNothingOpen();
    }

    @Test
    void cancellingTheSendFutureBeforeTheHeadLeavesNothingOpen() {
        cancelTheSendFutureBeforeTheHeadAndAwaitNothingOpen();
    }

    /**
     * A thousand streams abandoned in four ways, through a pool of {@value #POOL_SIZE} connections: a single
     * connection left leased would starve the pool long before the end. Afterwards every request the server
     * got saw its client go away, and the pool still serves requests through every one of its connections.
     */
    @Test
    void aThousandAbandonedStreamsLeaveThePoolUsable() {
        abandonStreams(1_000);

        Await.until("every aborted exchange is finished", () -> transport.openExchanges() == 0,
                () -> "(open " + transport.openExchanges() + ")");
        Await.until("the server saw the client go away for every request it got",
                () -> server.clientsGone.get() == server.requests.get(),
                () -> "(received " + server.requests.get() + ", gone " + server.clientsGone.get() + ")");
        server.assertNoFailures();
        assertThat(transport.openConnections()).as("open connections").isLessThanOrEqualTo(POOL_SIZE);

        List<CompletableFuture<TransportResponse>> after = new ArrayList<>();
        for (int i = 0; i < 4 * POOL_SIZE; i++) {
            after.add(transport.send(Requests.get(server.uri("/ok"))));
        }
        for (CompletableFuture<TransportResponse> response : after) {
            BodySubscriber body = BodySubscriber.requestingAll();
            Await.value(response, "a request after the aborts").body().subscribe(body);
            body.awaitComplete();
            assertThat(body.text()).isEqualTo("ok");
        }
    }
}
