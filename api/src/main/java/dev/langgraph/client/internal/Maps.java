package dev.langgraph.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for parameter records; unlike {@code Map.copyOf} they keep null values, which JSON allows. */
public final class Maps {

    private Maps() {
    }

    /**
     * An unmodifiable, insertion-ordered copy.
     *
     * @param map the map, may be null
     * @param <V> the value type
     * @return the copy, or null when {@code map} is null
     */
    public static <V> Map<String, V> copy(Map<String, ? extends V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * An unmodifiable copy.
     *
     * @param list the list, may be null
     * @param <V> the element type
     * @return the copy, or null when {@code list} is null
     */
    public static <V> List<V> copy(List<? extends V> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
