package dev.langgraph.conformance.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportResponse;
import dev.langgraph.testkit.tck.AbandonedExchanges;
import dev.langgraph.testkit.tck.AbandonedExchanges.Way;
import dev.langgraph.testkit.tck.Await;
import dev.langgraph.testkit.tck.BodySubscriber;
import dev.langgraph.testkit.tck.Requests;
import dev.langgraph.testkit.tck.StreamServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Giving up on an exchange leaves nothing of it open in an adapter. The TCK proves the server sees each abort; this
 * adds what only the adapter's package-private counters show. Each adapter has a thin subclass in its own package
 * that says what "nothing open" means for it and names the scenarios after what its counters prove.
 *
 * @param <T> the adapter's transport type
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class AdapterAbortContract<T extends HttpTransport> {

    /** The ways the abandoned-streams tests cycle through. */
    private static final List<Way> WAYS =
            List.of(Way.CANCEL_SUBSCRIPTION, Way.CLOSE_UNREAD, Way.CANCEL_SEND_ON_SERVER, Way.CANCEL_SEND_AT_ONCE);

    /** The transport of the current test. */
    protected T transport;
    /** The server of the current test. */
    protected StreamServer server;

    /** Creates the transport for a test; called before each test. */
    protected abstract T createTransport();

    /**
     * Waits until the adapter has no exchange open and holds no connection for one.
     *
     * @throws AssertionError if that does not happen in time
     */
    protected abstract void awaitNothingOpen();

    @BeforeEach
    void start() {
        transport = createTransport();
        server = StreamServer.start();
    }

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    /** Closing the transport fails a streaming body and a waiting head with IO, and refuses new exchanges. */
    @Test
    public void closingTheTransportEndsOpenExchangesAndRefusesNewOnes() {
        TransportResponse streaming = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        streaming.body().subscribe(body);
        body.awaitBytes(1);
        CompletableFuture<TransportResponse> waiting = transport.send(Requests.get(server.uri("/hang")));
        server.awaitRequests(2);

        transport.close();

        body.awaitTransportError(TransportException.Kind.IO);
        assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.IO));
        server.awaitClientsGone(2);
        assertThatThrownBy(() -> transport.send(Requests.get(server.uri("/stream"))).get(30, TimeUnit.SECONDS))
                .cause().isInstanceOf(IllegalStateException.class);
    }

    /** Cancels a stream's subscription after its first chunk, then checks nothing stays open. */
    protected final void cancelTheSubscriptionAndAwaitNothingOpen() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requesting(1);
        body.onChunk(chunk -> body.cancel());
        response.body().subscribe(body);

        server.awaitClientsGone(1);
        awaitNothingOpen();
        assertThat(body.isDone()).as("a cancelled subscription gets no terminal signal").isFalse();
    }

    /** Closes a stream's response before reading it, then checks nothing stays open. */
    protected final void closeTheResponseBeforeTheEndAndAwaitNothingOpen() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");

        response.close();

        server.awaitClientsGone(1);
        awaitNothingOpen();
    }

    /** Closes a stream's response while a subscriber reads it: the subscriber gets IO, and nothing stays open. */
    protected final void closeTheResponseWhileSubscribedAndAwaitNothingOpen() {
        TransportResponse response = Await.value(transport.send(Requests.get(server.uri("/stream"))), "the head");
        BodySubscriber body = BodySubscriber.requestingAll();
        response.body().subscribe(body);
        body.awaitBytes(1);

        response.close();

        body.awaitTransportError(TransportException.Kind.IO);
        server.awaitClientsGone(1);
        awaitNothingOpen();
    }

    /** Cancels the send once the request is on the server, before any head, then checks nothing stays open. */
    protected final void cancelTheSendFutureBeforeTheHeadAndAwaitNothingOpen() {
        CompletableFuture<TransportResponse> head = transport.send(Requests.get(server.uri("/hang")));
        server.awaitRequests(1);

        assertThat(head.cancel(true)).isTrue();

        server.awaitClientsGone(1);
        awaitNothingOpen();
    }

    /** Abandons {@code streams} streams from 16 threads, in four ways in turn, and checks none of them failed. */
    protected final void abandonStreams(int streams) {
        assertThat(AbandonedExchanges.abandonMany(transport, server, streams, 16, WAYS)).isEmpty();
    }
}
