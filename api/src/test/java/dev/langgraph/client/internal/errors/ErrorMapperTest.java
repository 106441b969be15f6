package dev.langgraph.client.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.AuthenticationException;
import dev.langgraph.client.errors.BadRequestException;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.InternalServerException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.PermissionDeniedException;
import dev.langgraph.client.errors.RateLimitException;
import dev.langgraph.client.errors.UnprocessableEntityException;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.transport.TransportHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorMapperTest {

    private static final JsonCodec CODEC = new JacksonTestCodec();
    private static final String TEXT_PLAIN = "text/plain;charset=UTF-8";
    private static final String JSON = "application/json";

    private static ApiStatusException map(int status, String contentType, String body) {
        TransportHeaders headers = contentType == null ? TransportHeaders.empty()
                : TransportHeaders.builder().add("content-type", contentType).build();
        return ErrorMapper.fromResponse(status, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                CODEC);
    }

    /** Bodies exactly as the JS dev server sent them (peer samples 60-errors and 70-auth-401). */
    @Nested
    class CapturedResponses {

        @Test
        void unknownThreadIsNotFoundWithTheTextAsDetail() {
            ApiStatusException e = map(404, TEXT_PLAIN,
                    "Thread with ID 00000000-0000-4000-8000-000000000000 not found");
            assertThat(e).isInstanceOf(NotFoundException.class)
                    .hasMessage("404 Not Found: Thread with ID 00000000-0000-4000-8000-000000000000 not found");
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.detail()).isEqualTo("Thread with ID 00000000-0000-4000-8000-000000000000 not found");
            assertThat(e.body()).isEqualTo(e.detail());
            assertThat(e.bodyText()).isEqualTo(e.detail());
            assertThat(e.code()).isNull();
        }

        @Test
        void unknownRouteSaysTheStatusLineOnce() {
            ApiStatusException e = map(404, "text/plain; charset=UTF-8", "404 Not Found");
            assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("404 Not Found");
            assertThat(e.detail()).isEqualTo("404 Not Found");
        }

        @Test
        void unknownAssistantInARunKeepsItsQuotes() {
            String body = "No assistant found for \"no-such-graph\". Make sure the assistant ID is for a valid "
                    + "assistant or a valid graph ID.";
            assertThat(map(404, TEXT_PLAIN, body).detail()).isEqualTo(body);
        }

        @Test
        void busyThreadIsUnprocessableEntity() {
            ApiStatusException e = map(422, TEXT_PLAIN, "Thread is already running a task. Wait for it to finish "
                    + "or choose a different multitask strategy.");
            assertThat(e).isInstanceOf(UnprocessableEntityException.class)
                    .hasMessageStartingWith("422 Unprocessable Entity: Thread is already running a task.");
        }

        @Test
        void duplicateThreadIsConflict() {
            assertThat(map(409, TEXT_PLAIN, "Thread already exists")).isInstanceOf(ConflictException.class)
                    .hasMessage("409 Conflict: Thread already exists");
        }

        @Test
        void malformedRequestJsonIsBadRequestWithText() {
            assertThat(map(400, TEXT_PLAIN, "Malformed JSON in request body")).isInstanceOf(BadRequestException.class)
                    .extracting(ApiStatusException::detail).isEqualTo("Malformed JSON in request body");
        }

        @Test
        void zodIssueIsSummarisedAndTheBodyKept() {
            String body = """
                    {"success":false,"error":{"issues":[{"code":"invalid_type","expected":"number","received":"string",\
                    "path":["limit"],"message":"Expected number, received string"}],"name":"ZodError"}}""";
            ApiStatusException e = map(400, JSON, body);
            assertThat(e).isInstanceOf(BadRequestException.class)
                    .hasMessage("400 Bad Request: ZodError: limit: Expected number, received string");
            assertThat(e.detail()).isEqualTo("ZodError: limit: Expected number, received string");
            assertThat(e.body()).isInstanceOf(Map.class).extracting(b -> ((Map<?, ?>) b).get("success"))
                    .isEqualTo(false);
            assertThat(e.bodyText()).isEqualTo(body);
        }

        @Test
        void zodUnionIssueUsesItsTopLevelMessage() {
            String body = """
                    {"success":false,"error":{"issues":[{"code":"invalid_union","unionErrors":[{"issues":[{"code":\
                    "invalid_type","expected":"string","received":"undefined","path":["assistant_id"],"message":\
                    "Required"}],"name":"ZodError"},{"issues":[{"code":"invalid_type","expected":"string","received":\
                    "undefined","path":["assistant_id"],"message":"Required"}],"name":"ZodError"}],"path":\
                    ["assistant_id"],"message":"Invalid input"}],"name":"ZodError"}}""";
            assertThat(map(400, JSON, body).detail()).isEqualTo("ZodError: assistant_id: Invalid input");
        }

        @Test
        void zodIssueOnAPathParameter() {
            String body = """
                    {"success":false,"error":{"issues":[{"validation":"uuid","code":"invalid_string",\
                    "message":"Invalid uuid","path":["thread_id"]}],"name":"ZodError"}}""";
            assertThat(map(400, JSON, body).detail()).isEqualTo("ZodError: thread_id: Invalid uuid");
        }

        @Test
        void missingBearerTokenIsAuthenticationWithTheChallengeHeader() {
            TransportHeaders headers = TransportHeaders.builder().add("content-type", TEXT_PLAIN)
                    .add("www-authenticate", "Bearer").add("content-length", "20").build();
            ApiStatusException e = ErrorMapper.fromResponse(401, headers,
                    "Missing bearer token".getBytes(StandardCharsets.UTF_8), CODEC);
            assertThat(e).isInstanceOf(AuthenticationException.class)
                    .hasMessage("401 Unauthorized: Missing bearer token");
            assertThat(e.headers()).containsEntry("www-authenticate", List.of("Bearer"));
            assertThat(e.requestId()).isNull();
        }
    }

    /** The Python SDK's {@code _extract_error_message} rules, one by one. */
    @Nested
    class JsonMessageExtraction {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"message\":\"m\",\"detail\":\"d\",\"error\":\"e\"}  | m",
            "{\"detail\":\"d\",\"error\":\"e\"}                    | d",
            "{\"error\":\"e\"}                                     | e",
            "{\"message\":\"\",\"detail\":\"d\"}                   | d",
            "{\"message\":7,\"detail\":\"d\"}                      | d",
            "{\"error\":{\"message\":\"nested\",\"detail\":\"nd\"}} | nested",
            "{\"error\":{\"detail\":\"nd\"}}                       | nd",
            "{\"error\":{\"code\":\"x\"}}                          | 400 Bad Request",
            "{\"foo\":1}                                           | 400 Bad Request",
            "[1,2]                                                 | 400 Bad Request",
            "{}                                                    | 400 Bad Request",
        })
        void messageComesFromTheFirstMatchingField(String body, String detail) {
            assertThat(map(400, JSON, body).detail()).isEqualTo(detail);
        }

        @Test
        void codeParamAndTypeAreReadWhenStrings() {
            ApiStatusException e = map(400, JSON,
                    "{\"message\":\"m\",\"code\":\"bad_value\",\"param\":\"limit\",\"type\":\"invalid_request\"}");
            assertThat(e.code()).isEqualTo("bad_value");
            assertThat(e.param()).isEqualTo("limit");
            assertThat(e.type()).isEqualTo("invalid_request");
            ApiStatusException numbers = map(400, JSON, "{\"code\":1,\"param\":[],\"type\":null}");
            assertThat(numbers.code()).isNull();
            assertThat(numbers.param()).isNull();
            assertThat(numbers.type()).isNull();
        }

        @Test
        void detailBodyAsThePythonServerSendsIt() {
            ApiStatusException e = map(404, JSON, "{\"detail\":\"Thread not found\"}");
            assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("404 Not Found: Thread not found");
        }

        @Test
        void jsonStringBodyIsItsOwnMessage() {
            assertThat(map(404, JSON, "\"Run not found\"").detail()).isEqualTo("Run not found");
        }

        @Test
        void jsonLookingBodyIsParsedWhateverTheContentType() {
            assertThat(map(400, TEXT_PLAIN, "  {\"message\":\"from json\"}").detail()).isEqualTo("from json");
            assertThat(map(400, null, "[\"a\"]").body()).isEqualTo(List.of("a"));
        }

        @Test
        void invalidJsonThatClaimsToBeJsonFallsBackToTheText() {
            ApiStatusException e = map(500, JSON, "{\"message\": oops");
            assertThat(e.detail()).isEqualTo("{\"message\": oops");
            assertThat(e.body()).isEqualTo("{\"message\": oops");
        }

        @Test
        void jsonNullBodyIsNoBody() {
            ApiStatusException e = map(500, JSON, "null");
            assertThat(e.body()).isNull();
            assertThat(e.detail()).isEqualTo("500 Internal Server Error");
            assertThat(e.bodyText()).isEqualTo("null");
        }

        @Test
        void longValidationErrorListsTenIssues() {
            StringBuilder issues = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                issues.append(i == 0 ? "" : ",").append("{\"path\":[\"items\",").append(i)
                        .append("],\"message\":\"Required\"}");
            }
            String detail = map(400, JSON, "{\"error\":{\"issues\":[" + issues + "],\"name\":\"ZodError\"}}").detail();
            assertThat(detail).startsWith("ZodError: items.0: Required; items.1: Required")
                    .contains("items.9: Required").doesNotContain("items.10").endsWith("; … and 2 more");
        }

        @Test
        void issueWithoutPathOrNameStillReads() {
            String body = "{\"error\":{\"issues\":[{\"message\":\"Bad\"},{\"code\":\"custom\"}]}}";
            assertThat(map(400, JSON, body).detail()).isEqualTo("ValidationError: Bad; custom");
        }
    }

    @Nested
    class StatusClasses {

        @ParameterizedTest
        @CsvSource({
            "400, BadRequestException",
            "401, AuthenticationException",
            "403, PermissionDeniedException",
            "404, NotFoundException",
            "409, ConflictException",
            "422, UnprocessableEntityException",
            "429, RateLimitException",
            "500, InternalServerException",
            "502, InternalServerException",
            "503, InternalServerException",
            "504, InternalServerException",
            "599, InternalServerException",
            "402, ApiStatusException",
            "405, ApiStatusException",
            "408, ApiStatusException",
            "418, ApiStatusException",
            "451, ApiStatusException",
            "499, ApiStatusException",
        })
        void eachStatusHasItsClass(int status, String simpleName) {
            ApiStatusException e = map(status, null, null);
            assertThat(e.getClass().getSimpleName()).isEqualTo(simpleName);
            assertThat(e.statusCode()).isEqualTo(status);
        }

        @Test
        void permissionDeniedUsesTheHandlerText() {
            assertThat(map(403, TEXT_PLAIN, "Not your thread")).isInstanceOf(PermissionDeniedException.class)
                    .hasMessage("403 Forbidden: Not your thread");
        }

        @Test
        void unknownStatusFallsBackToHttpError() {
            assertThat(map(499, null, null)).hasMessage("499 HTTP Error");
            assertThat(map(599, null, "")).hasMessage("599 HTTP Error");
        }

        @ParameterizedTest
        @ValueSource(ints = {400, 404, 500})
        void emptyOrMissingBodyGivesTheStatusLine(int status) {
            for (String body : new String[] {null, "", "  \n"}) {
                ApiStatusException e = map(status, TEXT_PLAIN, body);
                assertThat(e.detail()).isEqualTo(e.getMessage()).isEqualTo(ReasonPhrases.statusLine(status));
                assertThat(e.bodyText()).isEqualTo(body == null ? "" : body);
            }
        }
    }

    @Nested
    class Headers {

        @Test
        void requestIdIsReadWhateverTheCaseAndHeadersKeepTheirSpelling() {
            TransportHeaders headers = TransportHeaders.builder().add("X-Request-ID", "req-123")
                    .add("Content-Type", JSON).build();
            ApiStatusException e = ErrorMapper.fromResponse(500, headers, "{}".getBytes(StandardCharsets.UTF_8), CODEC);
            assertThat(e.requestId()).isEqualTo("req-123");
            assertThat(e.headers()).containsOnlyKeys("X-Request-ID", "Content-Type");
        }

        @Test
        void retryAfterInSeconds() {
            TransportHeaders headers = TransportHeaders.builder().add("Retry-After", "30").build();
            RateLimitException e = (RateLimitException) ErrorMapper.fromResponse(429, headers, null, CODEC);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
            assertThat(e).hasMessage("429 Too Many Requests");
        }

        @Test
        void retryAfterAsHttpDate() {
            String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
            TransportHeaders headers = TransportHeaders.builder().add("retry-after", inTwoMinutes).build();
            RateLimitException e = (RateLimitException) ErrorMapper.fromResponse(429, headers, null, CODEC);
            assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(121));
        }

        @Test
        void retryAfterAbsentOrUnreadableIsNull() {
            assertThat(((RateLimitException) map(429, null, null)).retryAfter()).isNull();
            TransportHeaders headers = TransportHeaders.builder().add("Retry-After", "soon").build();
            RateLimitException e = (RateLimitException) ErrorMapper.fromResponse(429, headers, null, CODEC);
            assertThat(e.retryAfter()).isNull();
        }
    }

    @Nested
    class UnusualBodies {

        private final String nginx = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

        @Test
        void htmlPageFromAProxyGivesTheStatusLineAndKeepsTheBody() {
            ApiStatusException e = map(502, "text/html", nginx);
            assertThat(e).isInstanceOf(InternalServerException.class).hasMessage("502 Bad Gateway");
            assertThat(e.bodyText()).isEqualTo(nginx);
            assertThat(e.body()).isEqualTo(nginx);
        }

        @Test
        void htmlIsRecognisedWithoutAContentType() {
            assertThat(map(503, null, "\n<!DOCTYPE html><html><body>down</body></html>"))
                    .hasMessage("503 Service Unavailable");
        }

        @Test
        void longTextIsCappedInTheMessageAndTheBodyText() {
            String huge = "x".repeat(200_000);
            ApiStatusException e = map(500, TEXT_PLAIN, huge);
            assertThat(e.bodyText()).hasSize(ErrorBodies.MAX_BODY_TEXT_BYTES);
            assertThat(e.detail()).hasSize(ErrorBodies.MAX_DETAIL_CHARS + 1).endsWith("…");
        }

        @Test
        void capNeverSplitsAMultiByteCharacter() {
            String body = "a" + "é".repeat(40_000); // 80 001 bytes: the cut falls inside a character
            ApiStatusException e = map(500, TEXT_PLAIN, body);
            assertThat(e.bodyText()).doesNotContain("\uFFFD").hasSize(1 + (ErrorBodies.MAX_BODY_TEXT_BYTES - 1) / 2);
        }

        @Test
        void capNeverSplitsASurrogatePairInTheDetail() {
            String body = "a" + "😀".repeat(3000);
            String detail = map(500, TEXT_PLAIN, body).detail();
            assertThat(Character.isHighSurrogate(detail.charAt(detail.length() - 2))).isFalse();
        }

        @Test
        void declaredCharsetIsHonoured() {
            TransportHeaders headers = TransportHeaders.builder().add("content-type", "text/plain; charset=ISO-8859-1")
                    .build();
            ApiStatusException e = ErrorMapper.fromResponse(400, headers, new byte[] {'c', 'a', 'f', (byte) 0xE9},
                    CODEC);
            assertThat(e.detail()).isEqualTo("café");
        }

        @Test
        void unknownCharsetFallsBackToUtf8() {
            TransportHeaders headers = TransportHeaders.builder().add("content-type", "text/plain; charset=nope-42")
                    .build();
            assertThat(ErrorMapper.fromResponse(400, headers, "café".getBytes(StandardCharsets.UTF_8), CODEC).detail())
                    .isEqualTo("café");
        }

        @Test
        void textIsTrimmed() {
            assertThat(map(400, TEXT_PLAIN, "\n  Namespace is required \n").detail())
                    .isEqualTo("Namespace is required");
        }
    }

    @Nested
    class NeverThrows {

        @Test
        void codecFailureOfAnyKindFallsBackToTheText() {
            JsonCodec broken = new JacksonTestCodec() {
                @Override
                public Object read(byte[] json) {
                    throw new IllegalStateException("codec bug");
                }
            };
            ApiStatusException e = ErrorMapper.fromResponse(400, TransportHeaders.empty(),
                    "{\"message\":\"m\"}".getBytes(StandardCharsets.UTF_8), broken);
            assertThat(e.detail()).isEqualTo("{\"message\":\"m\"}");
        }

        @Test
        void withoutCodecTheTextIsTheMessage() {
            ApiStatusException e = ErrorMapper.fromResponse(404, null, "Run not found".getBytes(StandardCharsets.UTF_8),
                    null);
            assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("404 Not Found: Run not found");
        }

        @Test
        void hostileDecodedValueStillGivesTheStatus() {
            JsonCodec hostile = new JacksonTestCodec() {
                @Override
                public Object read(byte[] json) {
                    return new AbstractMap<String, Object>() {
                        @Override
                        public Set<Entry<String, Object>> entrySet() {
                            throw new UnsupportedOperationException("hostile");
                        }

                        @Override
                        public Object get(Object key) {
                            throw new UnsupportedOperationException("hostile");
                        }
                    };
                }
            };
            ApiStatusException e = ErrorMapper.fromResponse(500, TransportHeaders.empty(),
                    "{}".getBytes(StandardCharsets.UTF_8), hostile);
            assertThat(e).hasMessage("500 Internal Server Error");
            assertThat(e.bodyText()).isEqualTo("{}");
        }
    }
}
