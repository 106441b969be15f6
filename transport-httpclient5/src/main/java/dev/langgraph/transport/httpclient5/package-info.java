/**
 * The Apache HttpClient 5 transport of the LangGraph SDK.
 *
 * <p>{@link dev.langgraph.transport.httpclient5.HttpClient5Transport} implements the SDK's
 * {@link dev.langgraph.client.transport.HttpTransport} on HttpClient's asynchronous client, with streaming,
 * back-pressured response bodies. {@link dev.langgraph.transport.httpclient5.HttpClient5TransportProvider} lets
 * the SDK find it through {@link java.util.ServiceLoader}, so adding this module's dependency is enough.
 *
 * <p>Classes in {@code dev.langgraph.transport.httpclient5.internal} are not part of the public API and may
 * change without notice.
 */
package dev.langgraph.transport.httpclient5;
