/**
 * Streaming runs: {@link dev.langgraph.client.streaming.StreamPart}, the blocking
 * {@link dev.langgraph.client.streaming.RunStream} and the non-blocking
 * {@link dev.langgraph.client.streaming.AsyncRunStream}.
 */
package dev.langgraph.client.streaming;
