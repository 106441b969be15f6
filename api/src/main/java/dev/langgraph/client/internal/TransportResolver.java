package dev.langgraph.client.internal;

import dev.langgraph.client.errors.LangGraphException;
import dev.langgraph.client.transport.HttpTransportProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the transport when the builder was given none: the {@code langgraph.transport} system property or
 * {@code LANGGRAPH_TRANSPORT} environment variable (a short name or a provider class name), else the
 * {@link ServiceLoader} provider with the highest priority.
 */
public final class TransportResolver {

    private static final Logger LOG = LoggerFactory.getLogger(TransportResolver.class);

    private TransportResolver() {
    }

    /**
     * Picks a provider.
     *
     * @param env reads environment variables (injectable for tests)
     * @return the provider to create the transport with
     * @throws LangGraphException if none is found, or the requested one is missing
     */
    public static HttpTransportProvider resolve(Function<String, String> env) {
        List<HttpTransportProvider> found = new ArrayList<>();
        ServiceLoader.load(HttpTransportProvider.class, TransportResolver.class.getClassLoader())
                .forEach(found::add);
        found.sort(Comparator.comparingInt(HttpTransportProvider::priority).reversed());
        String requested = System.getProperty("langgraph.transport");
        if (requested == null || requested.isBlank()) {
            requested = env.apply("LANGGRAPH_TRANSPORT");
        }
        if (requested != null && !requested.isBlank()) {
            String wanted = requested.trim();
            return found.stream()
                    .filter(p -> p.name().equalsIgnoreCase(wanted) || p.getClass().getName().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new LangGraphException("Transport '" + wanted
                            + "' was requested (langgraph.transport / LANGGRAPH_TRANSPORT) but is not on the class path;"
                            + " found: " + names(found)));
        }
        if (found.isEmpty()) {
            throw new LangGraphException("No LangGraph HTTP transport found on the class path. Add one dependency:"
                    + " dev.langgraph:langgraph-transport-httpclient5 or dev.langgraph:langgraph-transport-vertx,"
                    + " or pass one to the builder with transport(...)");
        }
        if (found.size() > 1) {
            LOG.warn("Several LangGraph transports found ({}); using '{}'. Choose one with the builder's transport(...),"
                    + " -Dlanggraph.transport or LANGGRAPH_TRANSPORT.", names(found), found.get(0).name());
        }
        return found.get(0);
    }

    private static String names(List<HttpTransportProvider> providers) {
        return providers.isEmpty() ? "none" : providers.stream()
                .map(p -> p.name() + " (" + p.getClass().getName() + ")")
                .collect(Collectors.joining(", "));
    }
}
