package dev.langgraph.auth.servlet.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON for the filter: request and response bodies as plain {@code Map}/{@code List}/String/Number/Boolean values,
 * the shape {@code dev.langgraph.auth} works with. Parsing is strict: a duplicated key or trailing content makes a
 * body invalid, so what a handler saw is exactly what is forwarded (a parser that kept the last duplicate and one
 * that kept the first would otherwise disagree). Floats are read as {@code BigDecimal}, so numbers round-trip.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * Parses a JSON document.
     *
     * @param bytes the document (UTF-8, -16 or -32, detected)
     * @return the value: LinkedHashMap, ArrayList, String, Integer/Long/BigInteger, BigDecimal, Boolean or null
     * @throws IllegalArgumentException if the bytes are not one valid JSON document
     */
    public static Object parse(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Object.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Invalid JSON", e);
        }
    }

    /**
     * Serializes a JSON-like value.
     *
     * @param value a JSON-like value
     * @return UTF-8 bytes
     * @throws UncheckedIOException if the value cannot be serialized
     */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The error body every refusal carries.
     *
     * @param detail the detail
     * @return {@code {"detail": detail}} as UTF-8 bytes
     */
    public static byte[] detail(String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", detail);
        return write(body);
    }
}
