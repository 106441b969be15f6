package dev.langgraph.client.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.OpenEnum;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.json.JsonException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;

/** The default {@link JsonCodec}, on a private Jackson mapper that nothing else touches. */
public final class JacksonJsonCodec implements JsonCodec {

    private static final JacksonJsonCodec DEFAULT = new JacksonJsonCodec();

    private final ObjectMapper mapper;

    private JacksonJsonCodec() {
        SimpleModule sdkTypes = new SimpleModule("langgraph-sdk")
                .addSerializer(ApiObject.class, new StdSerializer<>(ApiObject.class) {
                    @Override
                    public void serialize(ApiObject value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        provider.defaultSerializeValue(value.toMap(), gen);
                    }
                })
                .addSerializer(OpenEnum.class, new StdSerializer<>(OpenEnum.class) {
                    @Override
                    public void serialize(OpenEnum value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(value.value());
                    }
                });
        this.mapper = JsonMapper.builder()
                .addModule(sdkTypes)
                .findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * The shared default codec.
     *
     * @return the codec
     */
    public static JacksonJsonCodec instance() {
        return DEFAULT;
    }

    @Override
    public Object read(byte[] json) {
        return read(json, 0, json.length);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Builds the plain values straight from Jackson's streaming parser: the same types as
     * {@code readValue(..., Object.class)}, without a deserialisation context per call, which is most of the cost
     * of the small payloads a token stream carries. Content after the first value is an error.
     */
    @Override
    public Object read(byte[] json, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, json.length);
        try (JsonParser parser = mapper.getFactory().createParser(json, offset, length)) {
            return PlainValues.readDocument(parser);
        } catch (IOException e) {
            throw new JsonException("Invalid JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new JsonException("Cannot serialise " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T convert(Object value, Type type) {
        try {
            JavaType target = mapper.getTypeFactory().constructType(type);
            return mapper.convertValue(value, target);
        } catch (IllegalArgumentException e) {
            throw new JsonException("Cannot convert to " + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }
}
