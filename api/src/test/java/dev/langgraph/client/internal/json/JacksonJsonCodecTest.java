package dev.langgraph.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langgraph.client.json.JsonException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JacksonJsonCodecTest {

    private final JacksonJsonCodec codec = JacksonJsonCodec.instance();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryJsonTypeIntoPlainJavaTypes() {
        Object value = codec.read(utf8("{\"s\":\"é 🙂\",\"i\":7,\"l\":12345678901,\"b\":123456789012345678901234,"
                + "\"d\":1.5,\"e\":-2e3,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,[],{}],\"o\":{\"z\":1,\"a\":2}}"));

        assertThat(value).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.keySet()).containsExactly("s", "i", "l", "b", "d", "e", "t", "f", "n", "a", "o");
        assertThat(map.get("s")).isEqualTo("é 🙂");
        assertThat(map.get("i")).isEqualTo(7);
        assertThat(map.get("l")).isEqualTo(12345678901L);
        assertThat(map.get("b")).isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(map.get("d")).isEqualTo(1.5d);
        assertThat(map.get("e")).isEqualTo(-2000d);
        assertThat(map.get("t")).isEqualTo(true);
        assertThat(map.get("f")).isEqualTo(false);
        assertThat(map.containsKey("n")).isTrue();
        assertThat(map.get("n")).isNull();
        assertThat(map.get("a")).isEqualTo(List.of(1, List.of(), Map.of()));
        assertThat(List.copyOf(((Map<?, ?>) map.get("o")).keySet())).isEqualTo(List.of("z", "a"));
    }

    @Test
    void readsTheSameValuesAsJacksonsOwnUntypedMapping() throws Exception {
        String json = "[{\"run_id\":\"r\",\"attempt\":1,\"x\":[0.1,-0,1e-7,{\"k\":\"v\",\"k\":\"last\"}]},\"s\",null,"
                + "9223372036854775807,9223372036854775808]";

        assertThat(codec.read(utf8(json))).isEqualTo(new ObjectMapper().readValue(json, Object.class));
    }

    @Test
    void readsRootScalars() {
        assertThat(codec.read(utf8("null"))).isNull();
        assertThat(codec.read(utf8(" \"x\" "))).isEqualTo("x");
        assertThat(codec.read(utf8("42"))).isEqualTo(42);
    }

    @Test
    void readsASliceWithoutTouchingTheBytesAroundIt() {
        byte[] buffer = utf8("xx{\"a\":[1,2]}yy");

        assertThat(codec.read(buffer, 2, buffer.length - 4)).isEqualTo(Map.of("a", List.of(1, 2)));
        assertThatThrownBy(() -> codec.read(buffer, 10, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsEmptyTruncatedInvalidAndTrailingInputWithAJsonException() {
        for (String bad : List.of("", "   ", "{\"a\":1", "[1,2", "{\"a\":}", "{\"a\" 1}", "tru", "{} {}", "1 2",
                "{\"a\":1}x", "[1,]")) {
            assertThatThrownBy(() -> codec.read(utf8(bad)))
                    .as("input <%s>", bad)
                    .isInstanceOf(JsonException.class)
                    .hasMessageStartingWith("Invalid JSON: ");
        }
    }

    @Test
    void rejectsNestingBeyondTheParsersLimitInsteadOfOverflowingTheStack() {
        char[] open = new char[100_000];
        Arrays.fill(open, '[');

        assertThatThrownBy(() -> codec.read(utf8(new String(open))))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("nesting depth");
    }
}
