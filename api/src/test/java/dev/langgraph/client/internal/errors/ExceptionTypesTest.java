package dev.langgraph.client.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.errors.ApiException;
import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.ApiTimeoutException;
import dev.langgraph.client.errors.InternalServerException;
import dev.langgraph.client.errors.LangGraphException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.RateLimitException;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.transport.TransportException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public exception types, and the mapping of transport failures to them. */
class ExceptionTypesTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class Hierarchy {

        @Test
        void everythingIsAnUncheckedLangGraphException() {
            List<ApiException> all = List.of(new ApiConnectionException(), new ApiTimeoutException(),
                    new ApiResponseValidationException("x"), new StreamErrorException("E", "m", null),
                    new RunFailedException("E", "m", null), new NotFoundException("m", "d", null, null, null),
                    new InternalServerException(503, "m", "d", null, null, null));
            assertThat(all).allSatisfy(e -> assertThat(e).isInstanceOf(LangGraphException.class)
                    .isInstanceOf(RuntimeException.class));
            assertThat(new ApiTimeoutException()).isInstanceOf(ApiConnectionException.class);
            assertThat(new NotFoundException("m", "d", null, null, null)).isInstanceOf(ApiStatusException.class);
        }

        @Test
        void connectionAndTimeoutHaveThePythonDefaultMessages() {
            assertThat(new ApiConnectionException()).hasMessage("Connection error.");
            assertThat(new ApiConnectionException((String) null)).hasMessage("Connection error.");
            assertThat(new ApiTimeoutException()).hasMessage("Request timed out.");
            Exception cause = new ConnectException("refused");
            assertThat(new ApiTimeoutException(cause)).hasMessage("Request timed out.").hasCause(cause);
        }
    }

    @Nested
    class StatusExceptions {

        @Test
        void headersAreCopiedAndUnmodifiable() {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            List<String> values = new ArrayList<>(List.of("a"));
            headers.put("X-Request-Id", values);
            ApiStatusException e = new ApiStatusException(418, "m", "d", headers, null, null);
            values.add("b");
            headers.put("late", List.of("c"));
            assertThat(e.headers()).containsExactly(Map.entry("X-Request-Id", List.of("a")));
            assertThat(e.requestId()).isEqualTo("a");
            assertThatThrownBy(() -> e.headers().put("y", List.of())).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void missingPartsHaveSafeDefaults() {
            ApiStatusException e = new ApiStatusException(500, "boom", null, null, null, null);
            assertThat(e.headers()).isEmpty();
            assertThat(e.bodyText()).isEmpty();
            assertThat(e.detail()).isEqualTo("boom");
            assertThat(e.body()).isNull();
            assertThat(e.requestId()).isNull();
        }

        @Test
        void serialisationKeepsTheTextAndDropsTheBodyAndHeaders() {
            NotFoundException e = new NotFoundException("404 Not Found: gone", "gone",
                    Map.of("x-request-id", List.of("r1")), new LinkedHashMap<>(Map.of("code", "missing")), "{...}");
            NotFoundException copy = roundTrip(e);
            assertThat(copy).hasMessage("404 Not Found: gone");
            assertThat(copy.statusCode()).isEqualTo(404);
            assertThat(copy.detail()).isEqualTo("gone");
            assertThat(copy.bodyText()).isEqualTo("{...}");
            assertThat(copy.requestId()).isEqualTo("r1");
            assertThat(copy.code()).isEqualTo("missing");
            assertThat(copy.body()).isNull();
            assertThat(copy.headers()).isEmpty();
        }

        @Test
        void rateLimitKeepsRetryAfterThroughSerialisation() {
            RateLimitException e = new RateLimitException("m", "d", null, null, null, Duration.ofSeconds(3));
            assertThat(roundTrip(e).retryAfter()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Nested
    class OtherApiExceptions {

        @Test
        void responseValidationCarriesStatusAndTextWhenKnown() {
            ApiResponseValidationException unknown = new ApiResponseValidationException("bad stream");
            assertThat(unknown.statusCode()).isNull();
            assertThat(unknown.bodyText()).isEmpty();
            assertThat(unknown.body()).isNull();
            ApiResponseValidationException known = roundTrip(
                    new ApiResponseValidationException("not JSON", 200, "<html>", null));
            assertThat(known.statusCode()).isEqualTo(200);
            assertThat(known.bodyText()).isEqualTo("<html>");
        }

        @Test
        void graphErrorsFormatErrorAndMessageAsPythonDoes() {
            assertThat(new RunFailedException("E", "m", null)).hasMessage("E: m");
            assertThat(new RunFailedException(null, "m", null)).hasMessage("m");
            assertThat(new RunFailedException("E", null, null)).hasMessage("E");
            assertThat(new StreamErrorException(null, null, null)).hasMessage("The stream reported an error.");
            StreamErrorException copy = roundTrip(new StreamErrorException("E", "m", Map.of()));
            assertThat(copy.error()).isEqualTo("E");
            assertThat(copy.errorMessage()).isEqualTo("m");
        }
    }

    @Nested
    class TransportFailures {

        @ParameterizedTest
        @EnumSource(value = TransportException.Kind.class, names = {"CONNECT_TIMEOUT", "READ_TIMEOUT"})
        void timeoutsBecomeApiTimeoutException(TransportException.Kind kind) {
            TransportException te = new TransportException(kind, "Read timed out after PT30S", null);
            ApiConnectionException e = ErrorMapper.fromTransport(te);
            assertThat(e).isExactlyInstanceOf(ApiTimeoutException.class)
                    .hasMessage("Request timed out. Read timed out after PT30S").hasCause(te);
        }

        @ParameterizedTest
        @EnumSource(value = TransportException.Kind.class, names = {"CONNECT", "IO"})
        void otherFailuresBecomeApiConnectionException(TransportException.Kind kind) {
            TransportException te = new TransportException(kind, "Connection refused", new ConnectException());
            ApiConnectionException e = ErrorMapper.fromTransport(te);
            assertThat(e).isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessage("Connection error. Connection refused").hasCause(te);
        }

        @Test
        void missingKindOrMessageStillMaps() {
            assertThat(ErrorMapper.fromTransport(new TransportException(null, null, null)))
                    .isExactlyInstanceOf(ApiConnectionException.class).hasMessage("Connection error.");
        }
    }
}
