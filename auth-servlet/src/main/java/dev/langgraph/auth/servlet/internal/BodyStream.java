package dev.langgraph.auth.servlet.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.Objects;

/** A {@link ServletInputStream} over a buffered body, for blocking and non-blocking readers alike. */
final class BodyStream extends ServletInputStream {

    private final byte[] body;
    private int position;
    private ReadListener listener;

    BodyStream(byte[] body) {
        this.body = body;
    }

    @Override
    public int read() {
        return position < body.length ? body[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (position >= body.length) {
            return -1;
        }
        int n = Math.min(len, body.length - position);
        System.arraycopy(body, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return body.length - position;
    }

    @Override
    public boolean isFinished() {
        return position >= body.length;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener readListener) {
        if (listener != null) {
            throw new IllegalStateException("A ReadListener is already set");
        }
        listener = Objects.requireNonNull(readListener, "readListener");
        try {
            if (!isFinished()) {
                readListener.onDataAvailable();
            }
            readListener.onAllDataRead();
        } catch (IOException e) {
            readListener.onError(e);
        }
    }
}
