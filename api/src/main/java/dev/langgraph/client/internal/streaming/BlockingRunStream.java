package dev.langgraph.client.internal.streaming;

import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.runs.RunCreateMetadata;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The blocking {@link RunStream}: the caller's thread drives the {@link EventSource}. */
public final class BlockingRunStream implements RunStream {

    /** Aborts streams that were dropped without being closed, so their connections are not leaked. */
    private static final Cleaner CLEANER = Cleaner.create();

    private final EventSource source;
    private final AtomicBoolean iterated = new AtomicBoolean();
    private final Cleaner.Cleanable cleanable;
    private volatile boolean closed;

    private BlockingRunStream(EventSource source) {
        this.source = source;
        this.cleanable = CLEANER.register(this, source::cancel);
    }

    /**
     * Opens a stream and waits for the response head, so that HTTP errors surface here.
     *
     * @param pipeline the client's pipeline
     * @param spec what to stream
     * @return the open stream
     * @throws RuntimeException the typed failure of the request
     */
    public static BlockingRunStream open(HttpPipeline pipeline, StreamSpec spec) {
        pipeline.config().transport().checkBlockingAllowed();
        BlockingRunStream stream = new BlockingRunStream(new EventSource(pipeline, spec, () -> { }));
        stream.source.start();
        try {
            stream.source.awaitResponseHead();
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
        return stream;
    }

    @Override
    public Iterator<StreamPart> iterator() {
        if (!iterated.compareAndSet(false, true)) {
            throw new IllegalStateException("A RunStream can be iterated only once");
        }
        return new Iterator<>() {
            private StreamPart next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    if (closed) {
                        done = true;
                        return false;
                    }
                    try {
                        next = source.next(true);
                    } catch (RuntimeException e) {
                        done = true;
                        close();
                        throw e;
                    }
                    if (next == null) {
                        done = true;
                        close();
                    }
                }
                return next != null;
            }

            @Override
            public StreamPart next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                StreamPart p = next;
                next = null;
                return p;
            }
        };
    }

    @Override
    public Stream<StreamPart> stream() {
        Spliterator<StreamPart> split = Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(this::close);
    }

    @Override
    public RunCreateMetadata runMetadata() {
        return source.metadata().getNow(null);
    }

    @Override
    public String lastEventId() {
        return source.lastEventId();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cleanable.clean();
        }
    }
}
