package dev.langgraph.transport.httpclient5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.conformance.adapters.AdapterAbortContract;
import dev.langgraph.testkit.tck.Await;
import org.junit.jupiter.api.Test;

/**
 * Giving up on an exchange leaves nothing leased in this adapter's connection pool and puts no aborted connection
 * back into it; the shared scenarios are in {@link AdapterAbortContract}.
 */
class AbortTest extends AdapterAbortContract<HttpClient5Transport> {

    @Override
    protected HttpClient5Transport createTransport() {
        return HttpClient5Transport.create();
    }

    /** Nothing open here means no connection leased and no exchange open; idle connections may remain. */
    @Override
    protected void awaitNothingOpen() {
        Await.until("no connection is leased and no exchange open",
                () -> transport.leasedConnections() == 0 && transport.openExchanges() == 0,
                () -> "(leased " + transport.leasedConnections() + ", open " + transport.openExchanges() + ")");
    }

    @Test
    void cancellingTheSubscriptionLeavesNothingLeasedAndNothingPooled() {
        cancelTheSubscriptionAndAwaitNothingOpen();
        assertThat(transport.idleConnections()).as("the aborted connection is not pooled").isZero();
    }

    @Test
    void closingTheResponseBeforeTheEndLeavesNothingLeasedAndNothingPooled() {
        closeTheResponseBeforeTheEndAndAwaitNothingOpen();
        assertThat(transport.idleConnections()).isZero();
    }

    @Test
    void closingTheResponseWhileSubscribedLeavesNothingLeased() {
        closeTheResponseWhileSubscribedAndAwaitNothingOpen();
    }

    @Test
    void cancellingTheSendFutureBeforeTheHeadLeavesNothingLeased() {
        cancelTheSendFutureBeforeTheHeadAndAwaitNothingOpen();
    }

    /**
     * A thousand streams abandoned in four ways: afterwards no connection is leased, none of them went back to the
     * pool, and the server saw every connection it accepted closed.
     */
    @Test
    void aThousandAbandonedStreamsLeaveNoConnectionLeased() {
        abandonStreams(1_000);

        awaitNothingOpen();
        Await.until("the server saw every connection closed",
                () -> server.connectionsFinished() == server.connectionsAccepted(),
                () -> "(accepted " + server.connectionsAccepted() + ", finished " + server.connectionsFinished() + ")");
        server.assertNoFailures();
        assertThat(transport.idleConnections()).as("no aborted connection went back to the pool").isZero();
    }
}
