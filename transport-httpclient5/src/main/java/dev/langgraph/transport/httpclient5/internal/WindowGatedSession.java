package dev.langgraph.transport.httpclient5.internal;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.locks.Lock;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.Command;
import org.apache.hc.core5.reactor.IOEventHandler;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.reactor.ssl.SSLIOSession;
import org.apache.hc.core5.util.Timeout;

/**
 * An I/O session that reads nothing while its input is suspended, so that HttpCore's input window holds for
 * chunked bodies too, and that reports the end of the stream one read event late, so that the chunks which
 * arrived with it are not lost.
 *
 * <p>Why: HttpCore stops reading a response whose input window is used up by clearing the session's
 * {@link SelectionKey#OP_READ} interest. That only stops <em>new</em> read events. The read in progress
 * ({@code AbstractHttp1StreamDuplexer.onInput}) keeps decoding while its session buffer has data, and
 * {@code ChunkDecoder.read} refills that buffer from the socket at every chunk boundary, whatever the window.
 * Against a server that writes a chunked body (an SSE stream) as fast as it can, the buffer always has data
 * left, so a single read event goes on consuming the socket, and handing the data to the response consumer,
 * indefinitely: back-pressure does not hold. Length-delimited bodies are not affected, as their decoder reads
 * the socket only once the buffer is empty.
 *
 * <p>A read that returns 0 means, to every non-blocking reader, "nothing available yet": the chunk decoder then
 * returns what it has, the read event ends once the buffered bytes are decoded, and the socket is read again
 * when the window is widened ({@link org.apache.hc.core5.http.nio.CapacityChannel#update(int)} sets
 * {@code OP_READ} again).
 *
 * <p>The end of the stream is reported one read event late. {@code ChunkDecoder.read} decodes a whole chunk into
 * the caller's buffer, refills at the chunk boundary and, if that refill meets the end of the stream, throws
 * {@code ConnectionClosedException} ("closing chunk expected") without returning the bytes it decoded: the last
 * chunks a server wrote before hanging up would be lost. A single read call may refill twice (for the first chunk
 * head, then at the boundary), so only the first {@code -1} is not enough: every read in the event that first met
 * the end answers 0, the decoder returns its bytes, and the end is reported from the next read event, which the
 * selector raises at once for a socket at its end (or when a used-up window is widened). The reactor starts every
 * read event with {@link #updateReadTime()}, which is how events are counted. Not done over TLS: there
 * {@code SSLIOSession} stops asking for read events once its input ended, so a deferred end would never be
 * reported. Everything else is passed through.
 */
final class WindowGatedSession implements IOSession {

    private final IOSession delegate;
    private final boolean defersEndOfStream;
    /** Read events delivered to this session so far; touched only by its I/O thread. */
    private long readEvents;
    /** The read event in which the end of the stream was first read, or -1; touched only by its I/O thread. */
    private long endOfStreamEvent = -1;

    private WindowGatedSession(IOSession delegate) {
        this.delegate = delegate;
        this.defersEndOfStream = !(delegate instanceof SSLIOSession);
    }

    /** The session decorator for HttpClient's builder. */
    static IOSession decorate(IOSession session) {
        return new WindowGatedSession(session);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if ((delegate.getEventMask() & SelectionKey.OP_READ) == 0) {
            return 0;
        }
        int read = delegate.read(dst);
        if (read == -1 && defersEndOfStream) {
            if (endOfStreamEvent < 0) {
                endOfStreamEvent = readEvents;
            }
            if (endOfStreamEvent == readEvents) {
                // The event that found the end: let the decoder hand over what it decoded; the next one reports it.
                return 0;
            }
        }
        return read;
    }

    // ---- Passed through ----

    @Override
    public int write(ByteBuffer src) throws IOException {
        return delegate.write(src);
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public String getId() {
        return delegate.getId();
    }

    @Override
    public IOEventHandler getHandler() {
        return delegate.getHandler();
    }

    @Override
    public void upgrade(IOEventHandler handler) {
        delegate.upgrade(handler);
    }

    @Override
    public Lock getLock() {
        return delegate.getLock();
    }

    @Override
    public void enqueue(Command command, Command.Priority priority) {
        delegate.enqueue(command, priority);
    }

    @Override
    public boolean hasCommands() {
        return delegate.hasCommands();
    }

    @Override
    public Command poll() {
        return delegate.poll();
    }

    @Override
    public ByteChannel channel() {
        return delegate.channel();
    }

    @Override
    public SocketAddress getRemoteAddress() {
        return delegate.getRemoteAddress();
    }

    @Override
    public SocketAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public int getEventMask() {
        return delegate.getEventMask();
    }

    @Override
    public void setEventMask(int ops) {
        delegate.setEventMask(ops);
    }

    @Override
    public void setEvent(int op) {
        delegate.setEvent(op);
    }

    @Override
    public void clearEvent(int op) {
        delegate.clearEvent(op);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }

    @Override
    public Status getStatus() {
        return delegate.getStatus();
    }

    @Override
    public Timeout getSocketTimeout() {
        return delegate.getSocketTimeout();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        delegate.setSocketTimeout(timeout);
    }

    @Override
    public long getLastReadTime() {
        return delegate.getLastReadTime();
    }

    @Override
    public long getLastWriteTime() {
        return delegate.getLastWriteTime();
    }

    @Override
    public long getLastEventTime() {
        return delegate.getLastEventTime();
    }

    /** Called by the reactor at the start of every read event, before the event's handler runs. */
    @Override
    public void updateReadTime() {
        readEvents++;
        delegate.updateReadTime();
    }

    @Override
    public void updateWriteTime() {
        delegate.updateWriteTime();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
