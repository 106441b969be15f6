package dev.langgraph.client.transport;

/**
 * Creates a transport. Adapters register an implementation for {@link java.util.ServiceLoader} so that adding
 * their dependency is enough for the SDK to find them.
 */
public interface HttpTransportProvider {

    /**
     * The short name of the transports this provider creates, such as {@code "httpclient5"}.
     *
     * @return the name
     */
    String name();

    /**
     * When several providers are found, the one with the highest priority wins.
     *
     * @return the priority
     */
    int priority();

    /**
     * Creates a new transport that the calling client will own and close.
     *
     * @return a new transport
     */
    HttpTransport create();
}
