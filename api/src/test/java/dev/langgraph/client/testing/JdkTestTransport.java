package dev.langgraph.client.testing;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.ResponseBodyPublisher;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import dev.langgraph.client.transport.TransportRequest;
import dev.langgraph.client.transport.TransportResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test-only transport on the JDK's HTTP client, so the api module's tests need no adapter module. It honours
 * the SPI contract closely enough for client tests (streamed body with back-pressure, cancel, error kinds).
 */
public final class JdkTestTransport implements HttpTransport {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public String name() {
        return "jdk-test";
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((n, v) -> {
            if (!RESTRICTED.contains(n.toLowerCase())) {
                b.header(n, v);
            }
        });
        CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> sent =
                client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofPublisher());
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        sent.whenComplete((r, e) -> {
            if (e != null) {
                result.completeExceptionally(map(e instanceof java.util.concurrent.CompletionException ? e.getCause() : e));
            } else {
                result.complete(new Response(r));
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        return result;
    }

    static TransportException map(Throwable e) {
        if (e instanceof TransportException te) {
            return te;
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportException(TransportException.Kind.CONNECT_TIMEOUT, e.toString(), e);
        }
        if (e instanceof HttpTimeoutException) {
            return new TransportException(TransportException.Kind.READ_TIMEOUT, e.toString(), e);
        }
        if (e instanceof ConnectException) {
            return new TransportException(TransportException.Kind.CONNECT, e.toString(), e);
        }
        return new TransportException(TransportException.Kind.IO, String.valueOf(e), e);
    }

    @Override
    public void close() {
        // The JDK client has no close on Java 17; its threads are daemons.
    }

    private static final class Response implements TransportResponse {
        private final HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        private final TransportHeaders headers;
        private final AtomicBoolean subscribed = new AtomicBoolean();
        private volatile Flow.Subscription upstream;
        private volatile boolean closed;

        Response(HttpResponse<Flow.Publisher<List<ByteBuffer>>> response) {
            this.response = response;
            TransportHeaders.Builder h = TransportHeaders.builder();
            response.headers().map().forEach((n, vs) -> {
                if (!n.startsWith(":")) {
                    vs.forEach(v -> h.add(n, v));
                }
            });
            this.headers = h.build();
        }

        @Override
        public int status() {
            return response.statusCode();
        }

        @Override
        public TransportHeaders headers() {
            return headers;
        }

        @Override
        public Flow.Publisher<ByteBuffer> body() {
            return subscriber -> {
                if (!subscribed.compareAndSet(false, true)) {
                    ResponseBodyPublisher.refuseSubscriber(subscriber, "already subscribed");
                    return;
                }
                response.body().subscribe(new Flow.Subscriber<List<ByteBuffer>>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        upstream = s;
                        if (closed) {
                            s.cancel();
                        }
                        subscriber.onSubscribe(s);
                    }

                    @Override
                    public void onNext(List<ByteBuffer> item) {
                        // The JDK hands over lists; join them so one request(1) yields one buffer.
                        int size = item.stream().mapToInt(ByteBuffer::remaining).sum();
                        ByteBuffer joined = ByteBuffer.allocate(size);
                        item.forEach(joined::put);
                        joined.flip();
                        subscriber.onNext(joined);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(map(throwable instanceof IOException ? throwable : throwable));
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                    }
                });
            };
        }

        @Override
        public void close() {
            closed = true;
            Flow.Subscription s = upstream;
            if (s != null) {
                s.cancel();
            } else if (!subscribed.get()) {
                // Drain nothing: subscribing and cancelling releases the connection.
                if (subscribed.compareAndSet(false, true)) {
                    response.body().subscribe(new Flow.Subscriber<List<ByteBuffer>>() {
                        @Override
                        public void onSubscribe(Flow.Subscription sub) {
                            sub.cancel();
                        }

                        @Override
                        public void onNext(List<ByteBuffer> item) {
                        }

                        @Override
                        public void onError(Throwable throwable) {
                        }

                        @Override
                        public void onComplete() {
                        }
                    });
                }
            }
        }
    }
}
