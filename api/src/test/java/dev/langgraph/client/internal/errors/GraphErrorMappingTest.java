package dev.langgraph.client.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Error events in streams and {@code __error__} results of waits, as captured in peer samples 30 and 32. */
class GraphErrorMappingTest {

    private static final JsonCodec CODEC = new JacksonTestCodec();

    private static Object json(String text) {
        return CODEC.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class StreamErrors {

        @Test
        void graphFailureEvent() {
            Object data = json("{\"error\":\"PeerGraphError\",\"message\":\"peer graph failed on purpose\"}");
            StreamErrorException e = ErrorMapper.fromStreamError(data, CODEC);
            assertThat(e).hasMessage("PeerGraphError: peer graph failed on purpose");
            assertThat(e.error()).isEqualTo("PeerGraphError");
            assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
            assertThat(e.body()).isEqualTo(data);
        }

        @Test
        void bareJsonStringOfAnUnknownRunJoin() {
            StreamErrorException e = ErrorMapper.fromStreamError(json("\"Run not found\""), CODEC);
            assertThat(e).hasMessage("Run not found");
            assertThat(e.error()).isNull();
            assertThat(e.errorMessage()).isEqualTo("Run not found");
        }

        @Test
        void anotherUsersThreadUnderAuth() {
            StreamErrorException e = ErrorMapper.fromStreamError(
                    json("{\"error\":\"Error\",\"message\":\"404: Thread not found\"}"), CODEC);
            assertThat(e.error()).isEqualTo("Error");
            assertThat(e.errorMessage()).isEqualTo("404: Thread not found");
        }

        @Test
        void unexpectedShapesStillGiveAReadableException() {
            assertThat(ErrorMapper.fromStreamError(null, CODEC)).hasMessage("The stream reported an error.");
            assertThat(ErrorMapper.fromStreamError(Map.of(), CODEC)).hasMessage("The stream reported an error.");
            assertThat(ErrorMapper.fromStreamError(Map.of("error", "Boom"), CODEC)).hasMessage("Boom");
            assertThat(ErrorMapper.fromStreamError(Map.of("detail", "d"), CODEC)).hasMessage("d");
            assertThat(ErrorMapper.fromStreamError(List.of(1, 2), CODEC)).hasMessage("[1, 2]");
            assertThat(ErrorMapper.fromStreamError(json("{\"error\":{\"message\":\"nested\"}}"), CODEC))
                    .hasMessage("nested");
            assertThat(ErrorMapper.fromStreamError("not json at all", null)).hasMessage("not json at all");
        }

        @Test
        void codeOfAStructuredErrorIsExposed() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("error", "GraphRecursionError");
            data.put("message", "Recursion limit of 25 reached");
            data.put("code", "GRAPH_RECURSION_LIMIT");
            assertThat(ErrorMapper.fromStreamError(data, CODEC).code()).isEqualTo("GRAPH_RECURSION_LIMIT");
        }
    }

    @Nested
    class RunFailures {

        /** The body of {@code POST /threads/{id}/runs/wait} and {@code GET …/join} for a failing run. */
        private final String waitResult = "{\"__error__\":{\"error\":\"Error\",\"message\":\"{\\\"error\\\":"
                + "\\\"PeerGraphError\\\",\\\"message\\\":\\\"peer graph failed on purpose\\\"}\"}}";

        @Test
        void doubleEncodedErrorOfTheJsServerIsUnwrapped() {
            RunFailedException e = ErrorMapper.runFailureIn(json(waitResult), CODEC);
            assertThat(e).isNotNull().hasMessage("PeerGraphError: peer graph failed on purpose");
            assertThat(e.error()).isEqualTo("PeerGraphError");
            assertThat(e.errorMessage()).isEqualTo("peer graph failed on purpose");
            assertThat(e.body()).isInstanceOf(Map.class);
        }

        @Test
        void plainErrorAsThePythonServerSendsIt() {
            RunFailedException e = ErrorMapper.fromRunError(
                    json("{\"error\":\"ValueError\",\"message\":\"bad input\"}"), CODEC);
            assertThat(e).hasMessage("ValueError: bad input");
        }

        @Test
        void messageThatMerelyLooksLikeJsonIsKept() {
            RunFailedException e = ErrorMapper.fromRunError(
                    Map.of("error", "KeyError", "message", "{'a': 1} is missing"), CODEC);
            assertThat(e.error()).isEqualTo("KeyError");
            assertThat(e.errorMessage()).isEqualTo("{'a': 1} is missing");
            RunFailedException objectWithoutMessage = ErrorMapper.fromRunError(
                    Map.of("error", "E", "message", "{\"x\":1}"), CODEC);
            assertThat(objectWithoutMessage.errorMessage()).isEqualTo("{\"x\":1}");
        }

        @Test
        void withoutCodecTheOuterPairIsKept() {
            RunFailedException e = ErrorMapper.runFailureIn(json(waitResult), null);
            assertThat(e.error()).isEqualTo("Error");
            assertThat(e.errorMessage()).startsWith("{\"error\":\"PeerGraphError\"");
        }

        @Test
        void resultsWithoutErrorAreNotFailures() {
            assertThat(ErrorMapper.runFailureIn(json("{\"visited\":[\"ok\"]}"), CODEC)).isNull();
            assertThat(ErrorMapper.runFailureIn(null, CODEC)).isNull();
            assertThat(ErrorMapper.runFailureIn(List.of(), CODEC)).isNull();
            assertThat(ErrorMapper.runFailureIn(json("{\"__interrupt__\":[]}"), CODEC)).isNull();
        }

        @Test
        void nullErrorValueStillFails() {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("__error__", null);
            assertThat(ErrorMapper.runFailureIn(result, CODEC)).hasMessage("The run failed.");
        }
    }
}
