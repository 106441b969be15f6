package dev.langgraph.client.internal;

import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns successful responses into results; every resource client decodes through these. */
public final class Decoders {

    private Decoders() {
    }

    /**
     * Parses the body as JSON; an empty or whitespace-only body is null (wait/join bodies start with keep-alive
     * newlines and may claim {@code text/plain}).
     *
     * @param codec the codec
     * @param result the response
     * @return plain Java types, or null
     * @throws ApiResponseValidationException if the body is not JSON
     */
    public static Object json(JsonCodec codec, HttpResult result) {
        if (!result.hasContent()) {
            return null;
        }
        try {
            return codec.read(result.body());
        } catch (RuntimeException e) {
            String text = new String(result.body(), 0, Math.min(result.body().length, 2048), StandardCharsets.UTF_8);
            throw new ApiResponseValidationException("The server's response is not valid JSON: " + e.getMessage(),
                    result.status(), text, e);
        }
    }

    /**
     * A decoder of one JSON object into a model.
     *
     * @param codec the codec
     * @param factory builds the model
     * @param <T> the model type
     * @return the decoder
     */
    public static <T> Function<HttpResult, T> object(JsonCodec codec, Function<Map<String, Object>, T> factory) {
        return r -> factory.apply(asMap(json(codec, r), r));
    }

    /**
     * A decoder of one JSON object, or null, into a model (the store answers a missing item with {@code null}).
     *
     * @param codec the codec
     * @param factory builds the model
     * @param <T> the model type
     * @return the decoder
     */
    public static <T> Function<HttpResult, T> nullableObject(JsonCodec codec,
            Function<Map<String, Object>, T> factory) {
        return r -> {
            Object v = json(codec, r);
            return v == null ? null : factory.apply(asMap(v, r));
        };
    }

    /**
     * A decoder of a JSON array of objects into models.
     *
     * @param codec the codec
     * @param factory builds one model
     * @param <T> the model type
     * @return the decoder
     */
    public static <T> Function<HttpResult, List<T>> list(JsonCodec codec, Function<Map<String, Object>, T> factory) {
        return r -> {
            Object v = json(codec, r);
            if (!(v instanceof List<?> raw)) {
                throw unexpected("a JSON array", v, r);
            }
            List<T> out = new ArrayList<>(raw.size());
            for (Object o : raw) {
                out.add(factory.apply(asMap(o, r)));
            }
            return Collections.unmodifiableList(out);
        };
    }

    /**
     * A decoder of a count: a bare JSON number.
     *
     * @param codec the codec
     * @return the decoder
     */
    public static Function<HttpResult, Integer> count(JsonCodec codec) {
        return r -> {
            Object v = json(codec, r);
            if (v instanceof Number n) {
                return n.intValue();
            }
            throw unexpected("a number", v, r);
        };
    }

    /**
     * A decoder that ignores the body.
     *
     * @return the decoder
     */
    public static Function<HttpResult, Void> none() {
        return r -> null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object v, HttpResult r) {
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        throw unexpected("a JSON object", v, r);
    }

    private static ApiResponseValidationException unexpected(String expected, Object actual, HttpResult r) {
        String text = new String(r.body(), 0, Math.min(r.body().length, 2048), StandardCharsets.UTF_8);
        return new ApiResponseValidationException("Expected " + expected + " from the server but got: "
                + (actual == null ? "null" : actual.getClass().getSimpleName()), r.status(), text, null);
    }
}
