package dev.langgraph.client.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Loads the JSON bodies under {@code src/test/resources/models/}. Most were copied byte for byte from the real JS
 * dev server's recorded responses ({@code shared/peer/samples}); {@code cron.json} is shaped after the Python
 * schema, because that server does not implement crons.
 */
final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String name) {
        return read(name, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> array(String name) {
        return read(name, List.class);
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/models/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return MAPPER.readValue(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object o) {
        return (List<Object>) o;
    }
}
