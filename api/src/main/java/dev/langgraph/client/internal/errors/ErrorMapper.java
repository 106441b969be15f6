package dev.langgraph.client.internal.errors;

import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.ApiTimeoutException;
import dev.langgraph.client.errors.AuthenticationException;
import dev.langgraph.client.errors.BadRequestException;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.InternalServerException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.PermissionDeniedException;
import dev.langgraph.client.errors.RateLimitException;
import dev.langgraph.client.errors.RunFailedException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.errors.UnprocessableEntityException;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.transport.TransportException;
import dev.langgraph.client.transport.TransportHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Maps what went wrong (an error response, a transport failure, a graph's error payload) to the public
 * exception that describes it. Every method returns an exception and never throws.
 */
public final class ErrorMapper {

    /** Distinguishes "no JSON" from a body that is the JSON literal {@code null}. */
    private static final Object NOT_JSON = new Object();

    private ErrorMapper() {
    }

    /**
     * The exception for an HTTP error response.
     *
     * <p>The detail is found as the Python SDK does ({@code message}, {@code detail}, {@code error},
     * {@code error.message}, {@code error.detail} of a JSON object), and beyond it: a zod validation body is
     * summarised as {@code "ZodError: path.to.field: message; …"}, and a non-JSON text body (what the JS
     * server sends) is the detail itself, except an HTML page, which only a proxy sends. Without a detail it
     * is the status line, such as {@code "502 Bad Gateway"}.
     *
     * @param status the HTTP status
     * @param headers the response headers, may be null
     * @param body the response body, may be null or empty
     * @param codec parses JSON bodies; may be null, and its failures are caught
     * @return the exception matching the status
     */
    public static ApiStatusException fromResponse(int status, TransportHeaders headers, byte[] body,
            JsonCodec codec) {
        TransportHeaders h = headers == null ? TransportHeaders.empty() : headers;
        String statusLine = ReasonPhrases.statusLine(status);
        String text = "";
        try {
            String contentType = h.first("content-type");
            String mediaType = ErrorBodies.mediaType(contentType);
            text = ErrorBodies.decode(body, contentType);
            Object json = parseJson(body, mediaType, codec);
            Object decoded = json != NOT_JSON ? json : text.isEmpty() ? null : text;
            String detail = json != NOT_JSON ? ErrorMessages.fromJson(json) : textDetail(text, mediaType);
            if (detail == null) {
                detail = statusLine;
            }
            String message = detail.equals(statusLine) ? statusLine : statusLine + ": " + detail;
            return create(status, message, detail, h, decoded, text);
        } catch (RuntimeException e) {
            // A safety net for a codec that returns misbehaving values: still report the status and the text.
            return create(status, statusLine, statusLine, h, text.isEmpty() ? null : text, text);
        }
    }

    /**
     * The exception for a failure below HTTP: {@link ApiTimeoutException} for connect and read timeouts,
     * {@link ApiConnectionException} otherwise. The transport exception is the cause.
     *
     * @param e the transport's failure
     * @return the public exception
     */
    public static ApiConnectionException fromTransport(TransportException e) {
        TransportException.Kind kind = e.kind();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "" : " " + e.getMessage();
        if (kind == TransportException.Kind.CONNECT_TIMEOUT || kind == TransportException.Kind.READ_TIMEOUT) {
            return new ApiTimeoutException("Request timed out." + detail, e);
        }
        return new ApiConnectionException("Connection error." + detail, e);
    }

    /**
     * The exception for an {@code error} event in a stream.
     *
     * @param data the event data decoded as plain Java types ({@code {"error", "message"}} or a string), or
     *     its raw text when it was not JSON
     * @param codec unwraps a message that is itself JSON; may be null
     * @return the exception, with the data as its body
     */
    public static StreamErrorException fromStreamError(Object data, JsonCodec codec) {
        GraphErrorPayload payload = GraphErrorPayload.of(data, codec);
        return new StreamErrorException(payload.error(), payload.message(), data);
    }

    /**
     * The exception for the {@code __error__} value of a wait or join result.
     *
     * @param errorValue the {@code __error__} value as plain Java types
     * @param codec unwraps the JS server's double-encoded message; may be null
     * @return the exception, with the value as its body
     */
    public static RunFailedException fromRunError(Object errorValue, JsonCodec codec) {
        GraphErrorPayload payload = GraphErrorPayload.of(errorValue, codec);
        return new RunFailedException(payload.error(), payload.message(), errorValue);
    }

    /**
     * The run failure a wait or join result reports, if it reports one.
     *
     * @param result the decoded result of a wait or join
     * @param codec unwraps the JS server's double-encoded message; may be null
     * @return the exception when the result is an object with {@code __error__}, else null
     */
    public static RunFailedException runFailureIn(Object result, JsonCodec codec) {
        if (result instanceof Map<?, ?> map && map.containsKey("__error__")) {
            return fromRunError(map.get("__error__"), codec);
        }
        return null;
    }

    private static Object parseJson(byte[] body, String mediaType, JsonCodec codec) {
        if (codec == null || body == null || body.length == 0
                || !(ErrorBodies.looksLikeJson(body) || ErrorBodies.isJsonMediaType(mediaType))) {
            return NOT_JSON;
        }
        try {
            return codec.read(body);
        } catch (RuntimeException e) {
            return NOT_JSON; // invalid JSON, whatever the content type claims: the text speaks instead
        }
    }

    private static String textDetail(String text, String mediaType) {
        if (text.isBlank() || ErrorBodies.looksLikeHtml(mediaType, text)) {
            return null;
        }
        return ErrorBodies.cap(text.strip());
    }

    private static ApiStatusException create(int status, String message, String detail, TransportHeaders headers,
            Object body, String text) {
        Map<String, List<String>> h = headers.toMap();
        return switch (status) {
            case 400 -> new BadRequestException(message, detail, h, body, text);
            case 401 -> new AuthenticationException(message, detail, h, body, text);
            case 403 -> new PermissionDeniedException(message, detail, h, body, text);
            case 404 -> new NotFoundException(message, detail, h, body, text);
            case 409 -> new ConflictException(message, detail, h, body, text);
            case 422 -> new UnprocessableEntityException(message, detail, h, body, text);
            case 429 -> new RateLimitException(message, detail, h, body, text,
                    RetryAfter.parse(headers.first("retry-after"), Instant.now()));
            default -> status >= 500
                    ? new InternalServerException(status, message, detail, h, body, text)
                    : new ApiStatusException(status, message, detail, h, body, text);
        };
    }
}
