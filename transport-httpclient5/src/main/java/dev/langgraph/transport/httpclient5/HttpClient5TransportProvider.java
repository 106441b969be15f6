package dev.langgraph.transport.httpclient5;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.HttpTransportProvider;

/**
 * Lets the SDK find {@link HttpClient5Transport} through {@link java.util.ServiceLoader}: having this module on
 * the class path or module path is enough.
 */
public final class HttpClient5TransportProvider implements HttpTransportProvider {

    /** The priority of this provider: the SDK's default transport. */
    public static final int PRIORITY = 100;

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public HttpClient5TransportProvider() {
    }

    /**
     * The name of the transports this provider creates.
     *
     * @return {@code "httpclient5"}
     */
    @Override
    public String name() {
        return HttpClient5Transport.NAME;
    }

    /**
     * This provider's priority among those found.
     *
     * @return {@value #PRIORITY}
     */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Creates a transport with its own client and the default settings, as {@link HttpClient5Transport#create()}.
     *
     * @return a new transport, owned and closed by the caller
     */
    @Override
    public HttpTransport create() {
        return HttpClient5Transport.create();
    }
}
