/**
 * Server-Sent Events wire parsing, shared by every transport: {@link dev.langgraph.client.internal.sse.SseDecoder}
 * turns byte chunks into raw {@link dev.langgraph.client.internal.sse.SseEvent}s. Internal: not part of the API.
 */
package dev.langgraph.client.internal.sse;
