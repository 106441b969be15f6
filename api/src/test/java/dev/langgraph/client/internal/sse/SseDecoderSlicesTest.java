package dev.langgraph.client.internal.sse;

import static dev.langgraph.client.internal.sse.SseEvent.into;
import static dev.langgraph.client.internal.sse.SseTestSupport.LIMIT;
import static dev.langgraph.client.internal.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The zero-copy path: the decoder hands data over as slices of buffers it does not own, so these tests reuse and
 * scribble over every chunk's array after feeding it, and compare with the stream decoded in one piece.
 */
class SseDecoderSlicesTest {

    @Test
    void dataSurvivesTheCallerReusingItsChunkArray() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            byte[] stream = randomStream(random);
            List<SseEvent> expected = SseTestSupport.decode(stream);
            assertThat(decodeThroughOneReusedArray(stream, random, false)).as("round %d", round)
                    .isEqualTo(expected);
            assertThat(decodeThroughOneReusedArray(stream, random, true)).as("round %d, direct", round)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aSingleDataLineInsideOneChunkIsHandedOverWithoutACopy() {
        byte[] chunk = utf8("event: values\r\ndata: {\"a\":1}\r\n\r\n");
        List<byte[]> sources = new ArrayList<>();
        new SseDecoder(LIMIT).feed(ByteBuffer.wrap(chunk), (event, data, offset, length, id, retry) -> {
            sources.add(data);
            assertThat(new String(data, offset, length, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("{\"a\":1}");
        });
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0)).isSameAs(chunk);
    }

    @Test
    void lineEndsAreFoundAtEveryOffsetOfAWord() {
        for (int width = 1; width < 40; width++) {
            for (String end : List.of("\n", "\r", "\r\n")) {
                // Multi-byte characters and bytes just above CR/LF must not look like line ends.
                String value = "é\u000b\u000e".repeat(width).substring(0, width);
                String text = "data: " + value + end + end;
                List<SseEvent> events = SseTestSupport.decode(text);
                assertThat(events).as("width %d, end %s", width, end.replace("\r", "CR").replace("\n", "LF"))
                        .extracting(SseEvent::data).containsExactly(value);
            }
        }
    }

    private static List<SseEvent> decodeThroughOneReusedArray(byte[] stream, Random random, boolean direct) {
        SseDecoder decoder = new SseDecoder(LIMIT);
        List<SseEvent> events = new ArrayList<>();
        byte[] reused = new byte[64];
        ByteBuffer directBuffer = ByteBuffer.allocateDirect(64);
        int pos = 0;
        while (pos < stream.length) {
            int n = Math.min(1 + random.nextInt(40), stream.length - pos);
            ByteBuffer chunk;
            if (direct) {
                directBuffer.clear();
                directBuffer.put(stream, pos, n).flip();
                chunk = directBuffer;
            } else {
                System.arraycopy(stream, pos, reused, 0, n);
                chunk = ByteBuffer.wrap(reused, 0, n);
            }
            decoder.feed(chunk, into(events::add));
            Arrays.fill(reused, (byte) '#');
            pos += n;
        }
        decoder.finish(into(events::add));
        return events;
    }

    /** Events with one or several data lines of random lengths, ids, comments and mixed line ends. */
    private static byte[] randomStream(Random random) {
        String[] ends = {"\n", "\r", "\r\n"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int events = 1 + random.nextInt(6);
        for (int e = 0; e < events; e++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) {
                sb.append("event: e").append(e).append(ends[random.nextInt(3)]);
            }
            if (random.nextInt(4) == 0) {
                sb.append(": comment").append(ends[random.nextInt(3)]);
            }
            int lines = random.nextInt(3) + (random.nextInt(5) == 0 ? 0 : 1);
            for (int l = 0; l < lines; l++) {
                sb.append("data: ");
                int len = random.nextInt(90);
                for (int c = 0; c < len; c++) {
                    sb.append(c % 17 == 0 ? 'ü' : (char) ('a' + random.nextInt(26)));
                }
                sb.append(ends[random.nextInt(3)]);
            }
            if (random.nextBoolean()) {
                sb.append("id: ").append(e).append(ends[random.nextInt(3)]);
            }
            // After a CR this LF only completes a CRLF and events merge; both decodes read the same bytes anyway.
            sb.append("\n");
            out.writeBytes(utf8(sb.toString()));
        }
        return out.toByteArray();
    }
}
