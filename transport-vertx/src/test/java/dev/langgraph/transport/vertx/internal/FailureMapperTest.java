package dev.langgraph.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportException.Kind;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Failures the tests cannot provoke on loopback (unknown hosts, TLS, Netty's own connect timeout) map right too. */
class FailureMapperTest {

    private static final TransportRequest REQUEST = new TransportRequest("GET", URI.create("http://example.test/x"),
            TransportHeaders.empty(), null, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);

    @Test
    void failuresToObtainAConnectionAreConnectOrConnectTimeout() {
        assertThat(connect(new ConnectException("Connection refused"))).isEqualTo(Kind.CONNECT);
        assertThat(connect(new UnknownHostException("example.test"))).isEqualTo(Kind.CONNECT);
        assertThat(connect(new SSLHandshakeException("bad certificate"))).isEqualTo(Kind.CONNECT);
        assertThat(connect(new HttpClosedException("closed during the handshake"))).isEqualTo(Kind.CONNECT);
        assertThat(connect(new NoStackTraceTimeoutException("no pooled connection"))).isEqualTo(Kind.CONNECT_TIMEOUT);
        assertThat(connect(new io.netty.channel.ConnectTimeoutException("connection timed out")))
                .isEqualTo(Kind.CONNECT_TIMEOUT);
    }

    @Test
    void failuresOnAConnectionAreReadTimeoutOrIo() {
        assertThat(exchange(new NoStackTraceTimeoutException("idle"))).isEqualTo(Kind.READ_TIMEOUT);
        assertThat(exchange(new StreamResetException(0, new NoStackTraceTimeoutException("idle"))))
                .isEqualTo(Kind.READ_TIMEOUT);
        assertThat(exchange(new HttpClosedException("Connection was closed"))).isEqualTo(Kind.IO);
        assertThat(exchange(new VertxException("Connection reset", true))).isEqualTo(Kind.IO);
    }

    @Test
    void transportExceptionsPassThroughAndWrappersAreUnwrapped() {
        TransportException given = new TransportException(Kind.IO, "closed", null);
        assertThat(FailureMapper.exchangeFailure(new CompletionException(given), REQUEST)).isSameAs(given);

        TransportException mapped = FailureMapper.connectFailure(
                new CompletionException(new ConnectException("refused")), REQUEST);
        assertThat(mapped.kind()).isEqualTo(Kind.CONNECT);
        assertThat(mapped.getCause()).isInstanceOf(ConnectException.class);
        assertThat(mapped.getMessage()).contains("GET http://example.test/x").contains("refused");
    }

    private static Kind connect(Throwable failure) {
        return FailureMapper.connectFailure(failure, REQUEST).kind();
    }

    private static Kind exchange(Throwable failure) {
        return FailureMapper.exchangeFailure(failure, REQUEST).kind();
    }
}
