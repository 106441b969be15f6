/**
 * The Vert.x 5 transport of the LangGraph SDK, for applications that run on an event loop.
 *
 * <p>{@link dev.langgraph.transport.vertx.VertxTransport} implements the SDK's
 * {@link dev.langgraph.client.transport.HttpTransport} on the Vert.x HTTP client, with streaming, back-pressured
 * response bodies and no thread per stream. {@link dev.langgraph.transport.vertx.VertxTransportProvider} lets the
 * SDK find it through {@link java.util.ServiceLoader}, so adding this module's dependency is enough.
 *
 * <p>Classes in {@code dev.langgraph.transport.vertx.internal} are not part of the public API and may change
 * without notice.
 */
package dev.langgraph.transport.vertx;
