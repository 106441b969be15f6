/**
 * The transport SPI: the small port that HTTP adapters implement ({@link dev.langgraph.client.transport.HttpTransport})
 * and the provider interface through which the SDK finds them with {@link java.util.ServiceLoader}.
 */
package dev.langgraph.client.transport;
