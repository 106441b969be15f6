package dev.langgraph.client.threads;

import dev.langgraph.client.common.OpenEnum;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How threads are pruned ({@code strategy}). Open: a value unknown to this SDK version is kept as is. */
public final class PruneStrategy extends OpenEnum {

    /** Delete the threads. */
    public static final PruneStrategy DELETE = new PruneStrategy("delete");
    /** Keep only each thread's latest checkpoint. */
    public static final PruneStrategy KEEP_LATEST = new PruneStrategy("keep_latest");

    private static final Map<String, PruneStrategy> KNOWN = Stream.of(DELETE, KEEP_LATEST)
            .collect(Collectors.toUnmodifiableMap(OpenEnum::value, Function.identity()));

    private PruneStrategy(String value) {
        super(value);
    }

    /**
     * The value for a wire value: a constant when known, otherwise a new value.
     *
     * @param value the wire value
     * @return the value
     * @throws IllegalArgumentException if the value is null or blank
     */
    public static PruneStrategy of(String value) {
        PruneStrategy known = value == null ? null : KNOWN.get(value);
        return known != null ? known : new PruneStrategy(value);
    }
}
