package dev.langgraph.client.internal.sse;

import static dev.langgraph.client.internal.sse.SseEvent.into;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Feeding helpers shared by the decoder tests. */
final class SseTestSupport {

    static final int LIMIT = 1024 * 1024;

    private SseTestSupport() {
    }

    /** Decodes a whole stream, cut into chunks at the given offsets, then finishes it. */
    static List<SseEvent> decode(byte[] stream, int... cuts) {
        SseDecoder decoder = new SseDecoder(LIMIT);
        List<SseEvent> events = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            decoder.feed(ByteBuffer.wrap(stream, from, cut - from), into(events::add));
            from = cut;
        }
        decoder.feed(ByteBuffer.wrap(stream, from, stream.length - from), into(events::add));
        decoder.finish(into(events::add));
        return events;
    }

    static List<SseEvent> decode(String stream, int... cuts) {
        return decode(utf8(stream), cuts);
    }

    /** Decodes a stream one byte per chunk. */
    static List<SseEvent> decodeBytewise(byte[] stream) {
        SseDecoder decoder = new SseDecoder(LIMIT);
        List<SseEvent> events = new ArrayList<>();
        for (byte b : stream) {
            decoder.feed(ByteBuffer.wrap(new byte[] {b}), into(events::add));
        }
        decoder.finish(into(events::add));
        return events;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A captured stream body from {@code src/test/resources/sse}. */
    static byte[] resource(String name) {
        try (InputStream in = SseTestSupport.class.getResourceAsStream("/sse/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource sse/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same stream with every LF replaced by the given line ending. */
    static byte[] withLineEnding(byte[] lfStream, String ending) {
        return new String(lfStream, StandardCharsets.UTF_8).replace("\n", ending).getBytes(StandardCharsets.UTF_8);
    }
}
