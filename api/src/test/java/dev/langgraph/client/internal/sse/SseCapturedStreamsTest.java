package dev.langgraph.client.internal.sse;

import static dev.langgraph.client.internal.sse.SseEvent.into;
import static dev.langgraph.client.internal.sse.SseTestSupport.decode;
import static dev.langgraph.client.internal.sse.SseTestSupport.decodeBytewise;
import static dev.langgraph.client.internal.sse.SseTestSupport.resource;
import static dev.langgraph.client.internal.sse.SseTestSupport.withLineEnding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Response bodies captured byte-exact from the JS dev server (see {@code src/test/resources/sse/README.md}):
 * LF line endings, {@code id} last, one data line per event, no comments.
 */
class SseCapturedStreamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] ALL = {
        "25-all-modes-with-subgraphs.sse",
        "25-updates-custom-without-subgraphs.sse",
        "26-echo-messages-tuple-values-updates.sse",
        "26-echo-legacy-messages.sse",
        "26-echo-events.sse",
        "26-echo-default-values.sse",
        "26-echo-tasks-checkpoints.sse",
        "28-stateless-values-messages-tuple.sse",
        "28-stateless-updates.sse",
        "30-run-error.sse",
        "32-join-resumable-after-id-2.sse",
        "32-join-resumable-from-start.sse",
        "32-join-consuming-queue.sse",
        "32-stream-cut-by-client.sse",
        "32-reconnect-after-id-1.sse",
        "32-join-unknown-run-error.sse",
        "32-join-stateless-run.sse",
    };

    static Stream<String> allStreams() {
        return Stream.of(ALL);
    }

    static Stream<Arguments> allStreamsWithLineEndings() {
        return allStreams().flatMap(name -> Stream.of("\n", "\r\n", "\r").map(eol -> Arguments.of(name, eol)));
    }

    @ParameterizedTest
    @MethodSource("allStreams")
    void everyEventLineBecomesOneEventWithJsonData(String name) {
        byte[] stream = resource(name);
        String text = new String(stream, StandardCharsets.UTF_8);
        List<SseEvent> events = decode(stream);

        assertThat(events).hasSize(count(text, "\nevent: ") + (text.startsWith("event: ") ? 1 : 0));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.event()).isNotBlank();
            assertThat(e.retry()).isNull();
            assertThatCode(() -> JSON.readTree(e.data())).as("data of %s", e.event()).doesNotThrowAnyException();
        });
    }

    @ParameterizedTest
    @MethodSource("allStreams")
    void idsAreConsecutiveIntegersOrAbsent(String name) {
        List<SseEvent> events = decode(resource(name));
        if (events.get(0).id() == null) {
            assertThat(events).extracting(SseEvent::id).containsOnlyNulls();
            return;
        }
        int first = Integer.parseInt(events.get(0).id());
        assertThat(events).extracting(SseEvent::id).containsExactlyElementsOf(
                IntStream.range(first, first + events.size()).mapToObj(Integer::toString).toList());
    }

    /** Every split point of every stream, with LF, CRLF and CR line endings: CRLF gets cut between CR and LF. */
    @ParameterizedTest
    @MethodSource("allStreamsWithLineEndings")
    void chunkBoundaryAtEveryByteOffsetGivesTheSameEvents(String name, String eol) {
        byte[] stream = withLineEnding(resource(name), eol);
        List<SseEvent> expected = decode(resource(name));
        for (int cut = 0; cut <= stream.length; cut++) {
            List<SseEvent> actual = decode(stream, cut);
            if (!actual.equals(expected)) {
                assertThat(actual).as("%s with %s endings cut at byte %d", name, escape(eol), cut)
                        .isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allStreams")
    void oneByteChunksAndRandomChunksGiveTheSameEvents(String name) {
        byte[] stream = resource(name);
        List<SseEvent> expected = decode(stream);
        assertThat(decodeBytewise(stream)).isEqualTo(expected);
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 50; round++) {
            int[] cuts = random.ints(random.nextInt(20), 0, stream.length + 1).sorted().toArray();
            assertThat(decode(stream, cuts)).as("cuts %s", java.util.Arrays.toString(cuts)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"32-join-resumable-from-start.sse", "30-run-error.sse"})
    void streamWithoutItsFinalBlankLineStillYieldsTheLastEventAtFinish(String name) {
        byte[] stream = resource(name);
        List<SseEvent> expected = decode(stream);
        byte[] truncated = java.util.Arrays.copyOf(stream, stream.length - 2); // drop "\n\n"
        assertThat(decode(truncated)).isEqualTo(expected);
    }

    @Test
    void runErrorStreamEndsWithTheErrorEvent() {
        assertThat(decode(resource("30-run-error.sse"))).containsExactly(
                new SseEvent("metadata", "{\"run_id\":\"01a20d5b-ff37-70be-9deb-2f5281fb5f6b\",\"attempt\":1}", "0",
                        null),
                new SseEvent("updates", "{\"ok\":{\"visited\":[\"ok\"]}}", "1", null),
                new SseEvent("values", "{\"visited\":[\"ok\"]}", "2", null),
                new SseEvent("error", "{\"error\":\"PeerGraphError\",\"message\":\"peer graph failed on purpose\"}",
                        "3", null));
    }

    @Test
    void unknownRunJoinIsAnErrorEventWithABareJsonString() {
        assertThat(decode(resource("32-join-unknown-run-error.sse")))
                .containsExactly(new SseEvent("error", "\"Run not found\"", null, null));
    }

    @Test
    void statelessStreamsHaveNoIds() {
        List<SseEvent> events = decode(resource("28-stateless-values-messages-tuple.sse"));
        assertThat(events).extracting(SseEvent::id).containsOnlyNulls();
        assertThat(events).extracting(SseEvent::event).startsWith("metadata").contains("values", "messages");
    }

    @Test
    void subgraphEventsKeepTheirNamespacedNames() {
        List<SseEvent> events = decode(resource("25-all-modes-with-subgraphs.sse"));
        assertThat(events).hasSize(54);
        assertThat(events.get(0).event()).isEqualTo("metadata");
        assertThat(events).extracting(SseEvent::event)
                .contains("values", "updates", "debug", "events", "checkpoints")
                .anySatisfy(n -> assertThat(n).matches("updates\\|inner:[0-9a-f-]{36}"))
                .anySatisfy(n -> assertThat(n).matches("custom\\|inner:[0-9a-f-]{36}"));
        assertThat(events.get(events.size() - 1).id()).isEqualTo("53");
    }

    @Test
    void resumedStreamsStartAfterTheLastEventId() {
        assertThat(decode(resource("32-join-resumable-after-id-2.sse")).get(0).id()).isEqualTo("3");
        assertThat(decode(resource("32-stream-cut-by-client.sse"))).extracting(SseEvent::id)
                .containsExactly("0", "1");
        assertThat(decode(resource("32-reconnect-after-id-1.sse"))).extracting(SseEvent::id)
                .containsExactly("2", "3");
    }

    @Test
    void decoderReportsTheLastIdForAReconnect() {
        SseDecoder decoder = new SseDecoder(SseTestSupport.LIMIT);
        decoder.feed(java.nio.ByteBuffer.wrap(resource("32-stream-cut-by-client.sse")), into(e -> { }));
        assertThat(decoder.lastEventId()).isEqualTo("1");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String escape(String eol) {
        return eol.replace("\r", "CR").replace("\n", "LF");
    }
}
