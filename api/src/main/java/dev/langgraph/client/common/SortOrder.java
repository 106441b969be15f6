package dev.langgraph.client.common;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The direction of a search's sort. Open: a value unknown to this SDK version is kept as is. */
public final class SortOrder extends OpenEnum {

    /** Ascending. */
    public static final SortOrder ASC = new SortOrder("asc");
    /** Descending. */
    public static final SortOrder DESC = new SortOrder("desc");

    private static final Map<String, SortOrder> KNOWN = Stream.of(ASC, DESC)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private SortOrder(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static SortOrder of(String value) {
        SortOrder known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new SortOrder(value);
    }
}
