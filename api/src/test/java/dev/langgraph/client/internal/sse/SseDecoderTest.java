package dev.langgraph.client.internal.sse;

import static dev.langgraph.client.internal.sse.SseEvent.into;
import static dev.langgraph.client.internal.sse.SseTestSupport.decode;
import static dev.langgraph.client.internal.sse.SseTestSupport.decodeBytewise;
import static dev.langgraph.client.internal.sse.SseTestSupport.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.errors.ApiResponseValidationException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SseDecoderTest {

    private static SseEvent event(String name, String data, String id) {
        return new SseEvent(name, data, id, null);
    }

    @Nested
    class LineEndings {

        @ParameterizedTest
        @ValueSource(strings = {"\n", "\r", "\r\n"})
        void everyLineEndingSplitsLinesAndDispatches(String eol) {
            String stream = "event: a" + eol + "data: 1" + eol + eol + "event: b" + eol + "data: 2" + eol + eol;
            assertThat(decode(stream)).containsExactly(event("a", "1", null), event("b", "2", null));
        }

        @Test
        void mixedLineEndingsInOneStream() {
            assertThat(decode("data: 1\r\n\rdata: 2\n\r\ndata: 3\r\r"))
                    .extracting(SseEvent::data).containsExactly("1", "2", "3");
        }

        @Test
        void crAtTheEndOfAChunkAndLfAtTheStartOfTheNextAreOneLineEnding() {
            byte[] stream = utf8("data: 1\r\n\r\ndata: 2\r\n\r\n");
            for (int cut = 0; cut <= stream.length; cut++) {
                assertThat(decode(stream, cut)).as("cut at %d", cut)
                        .containsExactly(event(null, "1", null), event(null, "2", null));
            }
        }

        @Test
        void crLfSplitAcrossAnEmptyChunkIsStillOneLineEnding() {
            SseDecoder decoder = new SseDecoder(1024);
            List<SseEvent> events = new ArrayList<>();
            decoder.feed(ByteBuffer.wrap(utf8("data: 1\r")), into(events::add));
            decoder.feed(ByteBuffer.allocate(0), into(events::add));
            decoder.feed(ByteBuffer.wrap(utf8("\n\r")), into(events::add));
            assertThat(events).containsExactly(event(null, "1", null));
        }

        @Test
        void crOnlyStreamDispatchesWithoutWaitingForMoreBytes() {
            SseDecoder decoder = new SseDecoder(1024);
            List<SseEvent> events = new ArrayList<>();
            decoder.feed(ByteBuffer.wrap(utf8("data: 1\r\r")), into(events::add));
            assertThat(events).containsExactly(event(null, "1", null));
        }
    }

    @Nested
    class Fields {

        @Test
        void oneLeadingSpaceIsStrippedFromTheValueAndNoMore() {
            assertThat(decode("data:  two spaces\n\ndata:none\n\n")).extracting(SseEvent::data)
                    .containsExactly(" two spaces", "none");
        }

        @Test
        void valueKeepsColonsAfterTheFirst() {
            assertThat(decode("data: {\"a\":\"b:c\"}\n\n")).extracting(SseEvent::data)
                    .containsExactly("{\"a\":\"b:c\"}");
        }

        @Test
        void dataLinesAreConcatenatedWithoutSeparator() {
            assertThat(decode("data: {\"a\":\ndata: 1}\n\n")).extracting(SseEvent::data)
                    .containsExactly("{\"a\":1}");
        }

        @Test
        void emptyDataLineAddsNothing() {
            assertThat(decode("event: e\ndata:\ndata: x\ndata\n\n")).containsExactly(event("e", "x", null));
        }

        @Test
        void laterEventFieldReplacesEarlierOne() {
            assertThat(decode("event: a\nevent: b\ndata: 1\n\n")).containsExactly(event("b", "1", null));
        }

        @Test
        void emptyEventFieldMeansNoName() {
            assertThat(decode("event: a\nevent:\ndata: 1\n\n")).containsExactly(event(null, "1", null));
        }

        @Test
        void eventNameAndDataAreResetAfterDispatch() {
            assertThat(decode("event: a\ndata: 1\n\ndata: 2\n\n"))
                    .containsExactly(event("a", "1", null), event(null, "2", null));
        }

        @Test
        void commentsAreIgnored() {
            assertThat(decode(": heartbeat\nevent: a\n:comment\ndata: 1\n:\n\n"))
                    .containsExactly(event("a", "1", null));
        }

        @Test
        void unknownFieldsAreIgnored() {
            assertThat(decode("foo: bar\nevent: a\nDATA: no\nData: no\ndata: 1\n\n"))
                    .containsExactly(event("a", "1", null));
        }

        @Test
        void lineWithoutColonIsAFieldNameWithEmptyValue() {
            assertThat(decode("event: a\nevent\ndata: 1\nid: 5\nid\nretry\nrandom\n\n"))
                    .containsExactly(event(null, "1", null));
        }

        @Test
        void retryIsParsedAsDecimalDigitsAndResetPerEvent() {
            assertThat(decode("retry: 3000\ndata: 1\n\ndata: 2\n\n")).containsExactly(
                    new SseEvent(null, "1", null, 3000), new SseEvent(null, "2", null, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"retry: -1", "retry: 1.5", "retry: abc", "retry:", "retry: 99999999999", "retry: +5",
            "retry:  5"})
        void invalidRetryIsIgnored(String line) {
            assertThat(decode("retry: 7\n" + line + "\ndata: 1\n\n"))
                    .containsExactly(new SseEvent(null, "1", null, 7));
        }

        @Test
        void retryAloneDispatchesAnEvent() {
            assertThat(decode("retry: 10\n\n")).containsExactly(new SseEvent(null, null, null, 10));
        }
    }

    @Nested
    class EventIds {

        @Test
        void idPersistsAcrossEventsUntilReplaced() {
            assertThat(decode("id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\n")).containsExactly(
                    event(null, "a", "1"), event(null, "b", "1"), event(null, "c", "2"));
        }

        @Test
        void idIsNullWhenNeverSet() {
            assertThat(decode("event: a\ndata: 1\n\n")).extracting(SseEvent::id).containsOnlyNulls();
        }

        @Test
        void idWithNulIsIgnored() {
            SseDecoder decoder = new SseDecoder(1024);
            List<SseEvent> events = new ArrayList<>();
            decoder.feed(ByteBuffer.wrap(utf8("id: 1\ndata: a\n\nid: 2\u0000x\ndata: b\n\n")), into(events::add));
            assertThat(events).containsExactly(event(null, "a", "1"), event(null, "b", "1"));
            assertThat(decoder.lastEventId()).isEqualTo("1");
        }

        @Test
        void emptyIdResetsTheLastId() {
            SseDecoder decoder = new SseDecoder(1024);
            List<SseEvent> events = new ArrayList<>();
            decoder.feed(ByteBuffer.wrap(utf8("id: 1\ndata: a\n\nid:\ndata: b\n\n")), into(events::add));
            assertThat(events).containsExactly(event(null, "a", "1"), event(null, "b", null));
            assertThat(decoder.lastEventId()).isNull();
        }

        @Test
        void lastEventIdTracksIdsEvenBeforeDispatch() {
            SseDecoder decoder = new SseDecoder(1024);
            assertThat(decoder.lastEventId()).isNull();
            decoder.feed(ByteBuffer.wrap(utf8("data: x\nid: 42\n")), into(e -> { }));
            assertThat(decoder.lastEventId()).isEqualTo("42");
        }

        @Test
        void idAloneDispatchesAnEvent() {
            assertThat(decode("id: 9\n\n")).containsExactly(event(null, null, "9"));
        }
    }

    @Nested
    class Dispatch {

        @Test
        void blockThatSetsNothingDispatchesNothingEvenAfterAnId() {
            // Python would emit an empty part for the blank lines after the id and drop it one layer up.
            assertThat(decode("id: 1\ndata: a\n\n\n\n: heartbeat\n\ndata\n\nfoo: bar\n\n"))
                    .containsExactly(event(null, "a", "1"));
        }

        @Test
        void eventWithoutDataIsDispatchedWithNullData() {
            assertThat(decode("event: end\n\n")).containsExactly(event("end", null, null));
        }

        @Test
        void finishFlushesALastLineWithoutLineEndingAndThePendingEvent() {
            assertThat(decode("event: a\ndata: 1\n\nevent: b\ndata: 2"))
                    .containsExactly(event("a", "1", null), event("b", "2", null));
        }

        @Test
        void finishDispatchesAnEventMissingOnlyItsBlankLine() {
            assertThat(decode("event: a\ndata: 1\n")).containsExactly(event("a", "1", null));
        }

        @Test
        void finishTwiceEmitsOnce() {
            SseDecoder decoder = new SseDecoder(1024);
            List<SseEvent> events = new ArrayList<>();
            decoder.feed(ByteBuffer.wrap(utf8("data: 1")), into(events::add));
            decoder.finish(into(events::add));
            decoder.finish(into(events::add));
            assertThat(events).containsExactly(event(null, "1", null));
        }

        @Test
        void emptyStreamEmitsNothing() {
            assertThat(decode("")).isEmpty();
            assertThat(decode("\n\n\r\n")).isEmpty();
        }

        @Test
        void decoderStaysUsableWhenTheSinkThrowsAfterAnEvent() {
            SseDecoder decoder = new SseDecoder(1024);
            List<SseEvent> events = new ArrayList<>();
            try {
                decoder.feed(ByteBuffer.wrap(utf8("data: 1\n\n")), into(e -> {
                    throw new IllegalStateException("consumer failed");
                }));
            } catch (IllegalStateException expected) {
                // the next event must not carry the previous one's fields
            }
            decoder.feed(ByteBuffer.wrap(utf8("event: b\n\n")), into(events::add));
            assertThat(events).containsExactly(event("b", null, null));
        }
    }

    @Nested
    class Bytes {

        private final String unicode = "data: {\"t\":\"héllo € 𝄞 日本\"}\n\n";

        @Test
        void multiByteCharactersSplitAtEveryOffsetDecodeCorrectly() {
            byte[] stream = utf8("event: ünï\n" + unicode);
            List<SseEvent> expected = List.of(event("ünï", "{\"t\":\"héllo € 𝄞 日本\"}", null));
            for (int cut = 0; cut <= stream.length; cut++) {
                assertThat(decode(stream, cut)).as("cut at %d", cut).isEqualTo(expected);
            }
            assertThat(decodeBytewise(stream)).isEqualTo(expected);
        }

        @Test
        void leadingBomIsSkippedEvenWhenSplit() {
            byte[] stream = utf8("\uFEFFdata: 1\n\n");
            for (int cut = 0; cut <= stream.length; cut++) {
                assertThat(decode(stream, cut)).as("cut at %d", cut).containsExactly(event(null, "1", null));
            }
        }

        @Test
        void bomIsSkippedOnlyAtTheStart() {
            assertThat(decode("data: 1\n\n\uFEFFdata: 2\n\n")).extracting(SseEvent::data).containsExactly("1");
        }

        @Test
        void directAndReadOnlyBuffersDecodeLikeHeapBuffers() {
            byte[] stream = utf8(("event: a\n" + unicode).repeat(2000));
            ByteBuffer direct = ByteBuffer.allocateDirect(stream.length).put(stream).flip();
            List<SseEvent> fromDirect = new ArrayList<>();
            List<SseEvent> fromReadOnly = new ArrayList<>();
            new SseDecoder(1024).feed(direct, into(fromDirect::add));
            new SseDecoder(1024).feed(ByteBuffer.wrap(stream).asReadOnlyBuffer(), into(fromReadOnly::add));
            assertThat(fromDirect).hasSize(2000).isEqualTo(decode(stream)).isEqualTo(fromReadOnly);
            assertThat(direct.hasRemaining()).isFalse();
        }

        @Test
        void feedConsumesTheBufferAndHonoursPositionAndLimit() {
            byte[] bytes = utf8("XXdata: 1\n\nYY");
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 2, bytes.length - 4).slice();
            List<SseEvent> events = new ArrayList<>();
            SseDecoder decoder = new SseDecoder(1024);
            decoder.feed(buffer, into(events::add));
            decoder.finish(into(events::add));
            assertThat(events).containsExactly(event(null, "1", null));
            assertThat(buffer.remaining()).isZero();
        }
    }

    @Nested
    class Limits {

        @Test
        void lineLongerThanTheLimitInOneChunkIsRejected() {
            SseDecoder decoder = new SseDecoder(16);
            assertThatThrownBy(() -> decoder.feed(ByteBuffer.wrap(utf8(": " + "x".repeat(20) + "\n")), into(e -> { })))
                    .isInstanceOf(ApiResponseValidationException.class)
                    .hasMessageContaining("SSE line exceeds the limit of 16 bytes");
        }

        @Test
        void endlessLineIsRejectedBeforeItFillsMemory() {
            SseDecoder decoder = new SseDecoder(1024);
            ByteBuffer chunk = ByteBuffer.wrap(utf8("x".repeat(100)));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000_000; i++) {
                    decoder.feed(chunk.rewind(), into(e -> { }));
                }
            }).isInstanceOf(ApiResponseValidationException.class).hasMessageContaining("SSE line exceeds");
        }

        @Test
        void eventWhoseDataLinesAddUpPastTheLimitIsRejected() {
            SseDecoder decoder = new SseDecoder(64);
            String line = "data: " + "y".repeat(40) + "\n";
            assertThatThrownBy(() -> decoder.feed(ByteBuffer.wrap(utf8(line + line)), into(e -> { })))
                    .isInstanceOf(ApiResponseValidationException.class)
                    .hasMessageContaining("SSE event data exceeds the limit of 64 bytes");
        }

        @Test
        void lineAtTheLimitIsAccepted() {
            String line = "data: " + "z".repeat(10);
            SseDecoder decoder = new SseDecoder(line.length());
            List<SseEvent> events = new ArrayList<>();
            byte[] stream = utf8(line + "\n\n" + line + "\n\n");
            decoder.feed(ByteBuffer.wrap(stream, 0, 7), into(events::add));
            decoder.feed(ByteBuffer.wrap(stream, 7, stream.length - 7), into(events::add));
            assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.data()).isEqualTo("z".repeat(10)));
        }

        @Test
        void lineGrowingPastTheLimitAcrossChunksIsRejected() {
            SseDecoder decoder = new SseDecoder(8);
            decoder.feed(ByteBuffer.wrap(utf8("data: 12")), into(e -> { }));
            assertThatThrownBy(() -> decoder.feed(ByteBuffer.wrap(utf8("3")), into(e -> { })))
                    .isInstanceOf(ApiResponseValidationException.class);
        }

        @Test
        void manyLargeEventsWithinTheLimitAreFine() {
            String big = "data: " + "q".repeat(100_000) + "\n\n";
            byte[] stream = utf8(big.repeat(20));
            SseDecoder decoder = new SseDecoder(200_000);
            List<SseEvent> events = new ArrayList<>();
            for (int from = 0; from < stream.length; from += 4096) {
                decoder.feed(ByteBuffer.wrap(stream, from, Math.min(4096, stream.length - from)), into(events::add));
            }
            assertThat(events).hasSize(20).allSatisfy(e -> assertThat(e.data()).hasSize(100_000));
        }

        @Test
        void limitMustBePositive() {
            assertThatThrownBy(() -> new SseDecoder(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
