package dev.langgraph.client.testing;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.HttpTransportProvider;
import java.util.ServiceLoader;

/**
 * The transport client tests run on: the JDK-based test transport by default, or, when the system property
 * {@code langgraph.test.transport} names one (the conformance module sets {@code httpclient5} or {@code vertx}),
 * that real adapter found through {@link ServiceLoader}. So the same tests prove every transport alike.
 */
public final class TestTransports {

    private TestTransports() {
    }

    /**
     * A new transport for one test.
     *
     * @return the transport; the caller closes it
     * @throws IllegalStateException if the requested transport is not on the class path
     */
    public static HttpTransport create() {
        String wanted = System.getProperty("langgraph.test.transport", "");
        if (wanted.isBlank()) {
            return new JdkTestTransport();
        }
        for (HttpTransportProvider p : ServiceLoader.load(HttpTransportProvider.class)) {
            if (p.name().equals(wanted)) {
                return p.create();
            }
        }
        throw new IllegalStateException("Transport '" + wanted + "' is not on the test class path");
    }
}
