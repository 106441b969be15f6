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
import org.apache.hc.core5.util.Timeout;

/**
 * An I/O session that reads nothing while its input is suspended, so that HttpCore's input window holds for
 * chunked bodies too.
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
 * {@code OP_READ} again). Everything else is passed through.
 */
final class WindowGatedSession implements IOSession {

    private final IOSession delegate;

    private WindowGatedSession(IOSession delegate) {
        this.delegate = delegate;
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
        return delegate.read(dst);
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

    @Override
    public void updateReadTime() {
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
