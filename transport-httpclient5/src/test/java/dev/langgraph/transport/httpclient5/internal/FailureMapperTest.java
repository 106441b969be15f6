package dev.langgraph.transport.httpclient5.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportException.Kind;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.util.Deadline;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.util.TimeValue;
import org.junit.jupiter.api.Test;

class FailureMapperTest {

    private static final TransportRequest REQUEST = new TransportRequest("GET", URI.create("http://localhost/x"),
            TransportHeaders.empty(), null, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);

    @Test
    void connectFailuresAreConnect() {
        assertThat(FailureMapper.kindOf(new HttpHostConnectException("refused"))).isEqualTo(Kind.CONNECT);
        assertThat(FailureMapper.kindOf(new ConnectException("refused"))).isEqualTo(Kind.CONNECT);
        assertThat(FailureMapper.kindOf(new UnknownHostException("nowhere.invalid"))).isEqualTo(Kind.CONNECT);
        assertThat(FailureMapper.kindOf(new NoRouteToHostException("unreachable"))).isEqualTo(Kind.CONNECT);
        assertThat(FailureMapper.kindOf(new SSLHandshakeException("bad certificate"))).isEqualTo(Kind.CONNECT);
    }

    @Test
    void connectTimeoutsAreConnectTimeoutThoughTheyAreSocketTimeouts() {
        assertThat(new ConnectTimeoutException("slow")).isInstanceOf(SocketTimeoutException.class);
        assertThat(FailureMapper.kindOf(new ConnectTimeoutException("slow"))).isEqualTo(Kind.CONNECT_TIMEOUT);
        // What the pool fails a lease with when no connection becomes free in time.
        assertThat(FailureMapper.kindOf(DeadlineTimeoutException.from(Deadline.calculate(TimeValue.ofMilliseconds(1)))))
                .isEqualTo(Kind.CONNECT_TIMEOUT);
    }

    @Test
    void socketTimeoutIsReadTimeout() {
        assertThat(FailureMapper.kindOf(new SocketTimeoutException("idle"))).isEqualTo(Kind.READ_TIMEOUT);
    }

    @Test
    void brokenConnectionsAndEverythingElseAreIo() {
        assertThat(FailureMapper.kindOf(new ConnectionClosedException("closed by peer"))).isEqualTo(Kind.IO);
        assertThat(FailureMapper.kindOf(new SocketException("Connection reset"))).isEqualTo(Kind.IO);
        assertThat(FailureMapper.kindOf(new ProtocolException("garbage"))).isEqualTo(Kind.IO);
        assertThat(FailureMapper.kindOf(new CancellationException("aborted"))).isEqualTo(Kind.IO);
        assertThat(FailureMapper.kindOf(new IllegalStateException("reactor down"))).isEqualTo(Kind.IO);
    }

    @Test
    void causesAreSearchedFromTheOutsideIn() {
        assertThat(FailureMapper.kindOf(new IOException("wrapped", new UnknownHostException("x"))))
                .isEqualTo(Kind.CONNECT);
        assertThat(FailureMapper.kindOf(new ConnectTimeoutException("outer") {
            {
                initCause(new SocketTimeoutException("inner"));
            }
        })).isEqualTo(Kind.CONNECT_TIMEOUT);
    }

    @Test
    void mapUnwrapsFutureExceptionsAndKeepsTheCause() {
        ConnectException refused = new ConnectException("refused");

        TransportException mapped = FailureMapper.map(new ExecutionException(new CompletionException(refused)), REQUEST);

        assertThat(mapped.kind()).isEqualTo(Kind.CONNECT);
        assertThat(mapped.getCause()).isSameAs(refused);
        assertThat(mapped.getMessage()).contains("GET http://localhost/x");
    }

    @Test
    void transportExceptionsPassThrough() {
        TransportException original = new TransportException(Kind.IO, "closed", null);

        assertThat(FailureMapper.map(original, REQUEST)).isSameAs(original);
    }
}
