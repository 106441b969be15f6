package dev.langgraph.transport.vertx;

import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.HttpTransportProvider;

/**
 * Lets the SDK find {@link VertxTransport} through {@link java.util.ServiceLoader}: having this module on the
 * class path or module path is enough.
 */
public final class VertxTransportProvider implements HttpTransportProvider {

    /**
     * The priority of this provider: below the HttpClient 5 transport's, so that with both present the SDK keeps
     * its default unless told otherwise.
     */
    public static final int PRIORITY = 50;

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public VertxTransportProvider() {
    }

    /**
     * The name of the transports this provider creates.
     *
     * @return {@code "vertx"}
     */
    @Override
    public String name() {
        return VertxTransport.NAME;
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
     * Creates a transport with the default settings on the JVM's shared Vert.x instance, as
     * {@link VertxTransport#create()}.
     *
     * @return a new transport, owned and closed by the caller
     */
    @Override
    public HttpTransport create() {
        return VertxTransport.create();
    }
}
