package dev.langgraph.client.internal.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.json.JsonException;
import java.io.IOException;
import java.lang.reflect.Type;

/** The smallest {@link JsonCodec} that behaves like the real one, so these tests need nothing else. */
class JacksonTestCodec implements JsonCodec {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Object read(byte[] json) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (IOException e) {
            throw new JsonException("Invalid JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new JsonException("Cannot write JSON", e);
        }
    }

    @Override
    public <T> T convert(Object value, Type type) {
        return mapper.convertValue(value, mapper.constructType(type));
    }

    @Override
    public Object toPlain(Object value) {
        return mapper.convertValue(value, Object.class);
    }
}
