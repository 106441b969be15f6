package dev.langgraph.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON-like literals for tests: ordered, mutable, nulls allowed (unlike Map.of). */
final class TestJson {

    private TestJson() {
    }

    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** The entries of a value that are not null: what a route test expects to see filled. */
    static Map<String, Object> nonNull(Map<String, Object> value) {
        Map<String, Object> out = new LinkedHashMap<>();
        value.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
