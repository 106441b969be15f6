package dev.langgraph.client.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Reads a whole response body into memory, up to a limit; used for JSON and error bodies, never for streams. */
final class BodyCollector implements Flow.Subscriber<ByteBuffer> {

    /** Thrown (through the future) when a body exceeds the limit. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("Response body exceeds " + limit + " bytes", null, false, false);
        }
    }

    private final long limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private BodyCollector(long limit) {
        this.limit = limit;
    }

    /**
     * Collects a body.
     *
     * @param body the body publisher
     * @param limit the largest body accepted
     * @return the bytes, or a failure ({@link TooLargeException} or the transport's)
     */
    static CompletableFuture<byte[]> collect(Flow.Publisher<ByteBuffer> body, long limit) {
        BodyCollector c = new BodyCollector(limit);
        c.result.whenComplete((v, e) -> {
            if (c.result.isCancelled() && c.subscription != null) {
                c.subscription.cancel();
            }
        });
        body.subscribe(c);
        return c.result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer item) {
        if (result.isDone()) {
            return;
        }
        if (out.size() + (long) item.remaining() > limit) {
            subscription.cancel();
            result.completeExceptionally(new TooLargeException(limit));
            return;
        }
        if (item.hasArray()) {
            out.write(item.array(), item.arrayOffset() + item.position(), item.remaining());
        } else {
            byte[] copy = new byte[item.remaining()];
            item.get(copy);
            out.write(copy, 0, copy.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }
}
