package dev.langgraph.transport.httpclient5.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Sends a request body held in a byte array, with a Content-Length.
 *
 * <p>It declares no content type or encoding, so HttpClient adds no Content-Type or Content-Encoding header of
 * its own: the SDK's headers are sent as they are. It is not repeatable, so that HttpClient can never resend
 * the request by itself; retries are the SDK's decision.
 */
final class ByteArrayEntityProducer implements AsyncEntityProducer {

    private final ByteBuffer content;
    private boolean ended;

    /**
     * Creates a producer; the array is read, never modified.
     *
     * @param body the body
     */
    ByteArrayEntityProducer(byte[] body) {
        this.content = ByteBuffer.wrap(body).asReadOnlyBuffer();
    }

    @Override
    public long getContentLength() {
        return content.capacity();
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return false;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public int available() {
        return content.remaining();
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        // Only the I/O thread calls this; a partial write is resumed when the socket is writable again.
        if (content.hasRemaining()) {
            channel.write(content);
        }
        if (!content.hasRemaining() && !ended) {
            ended = true;
            channel.endStream();
        }
    }

    @Override
    public void failed(Exception cause) {
        // The exchange reports the failure; nothing is held here.
    }

    @Override
    public void releaseResources() {
        // Nothing to release: the array belongs to the request.
    }
}
