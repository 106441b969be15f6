/**
 * Server-Sent Events wire parsing, shared by every transport: {@link dev.langgraph.client.internal.sse.SseDecoder}
 * turns byte chunks into raw events, handed to a {@link dev.langgraph.client.internal.sse.SseDecoder.Sink} without
 * copying their data. Internal: not part of the API.
 */
package dev.langgraph.client.internal.sse;
