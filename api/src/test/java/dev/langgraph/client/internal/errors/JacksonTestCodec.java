package dev.langgraph.client.internal.errors;

import dev.langgraph.client.internal.json.JacksonJsonCodec;
import dev.langgraph.client.json.JsonCodec;
import java.lang.reflect.Type;

/** The SDK's codec behind an overridable class, so tests can make single methods misbehave. */
class JacksonTestCodec implements JsonCodec {

    private final JsonCodec real = JacksonJsonCodec.instance();

    @Override
    public Object read(byte[] json) {
        return real.read(json);
    }

    @Override
    public byte[] write(Object value) {
        return real.write(value);
    }

    @Override
    public <T> T convert(Object value, Type type) {
        return real.convert(value, type);
    }
}
