package dev.langgraph.testkit.internal.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A response body that breaks off after a number of SSE events or bytes: what reaches the limit is written and
 * flushed, then every write fails and closing does not finish the body, so the client sees the stream end early.
 * The server's SSE writer writes each event with one call starting with {@code event:}; comments (heartbeats) do not
 * count.
 */
final class CuttingOutputStream extends FilterOutputStream {

    private static final byte[] EVENT = "event:".getBytes(StandardCharsets.US_ASCII);

    private final int maxEvents;
    private final long maxBytes;
    private int events;
    private long bytes;
    private volatile boolean cut;

    CuttingOutputStream(OutputStream out, FaultSpec fault) {
        super(out);
        this.maxEvents = fault.cutAfterEvents();
        this.maxBytes = fault.cutAfterBytes();
    }

    /** Whether the body was cut. */
    boolean isCut() {
        return cut;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (cut) {
            throw new IOException("Stream cut by an injected fault");
        }
        if (maxEvents >= 0 && startsWithEvent(b, off, len) && ++events > maxEvents) {
            cutNow();
        }
        int allowed = maxBytes < 0 ? len : (int) Math.min(len, maxBytes - bytes);
        out.write(b, off, allowed);
        bytes += allowed;
        if (allowed < len) {
            cutNow();
        }
    }

    @Override
    public void close() throws IOException {
        if (!cut) {
            super.close();
        }
    }

    private void cutNow() throws IOException {
        out.flush();
        cut = true;
        throw new IOException("Stream cut by an injected fault");
    }

    private static boolean startsWithEvent(byte[] b, int off, int len) {
        if (len < EVENT.length) {
            return false;
        }
        for (int i = 0; i < EVENT.length; i++) {
            if (b[off + i] != EVENT[i]) {
                return false;
            }
        }
        return true;
    }
}
