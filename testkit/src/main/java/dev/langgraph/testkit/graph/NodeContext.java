package dev.langgraph.testkit.graph;

import java.time.Duration;
import java.util.Map;

/**
 * What a running {@link Node} sees: the state, the run's config, the stream writers, {@code interrupt()} and a
 * cancellable sleep. A context is valid only during the node's call and only on the thread that called it.
 */
public interface NodeContext {

    /**
     * Returns the state as the node sees it (a read-only snapshot taken when the superstep started).
     *
     * @return the state's keys and values
     */
    Map<String, Object> state();

    /**
     * Returns one state value.
     *
     * @param key the state key
     * @return the value, or {@code null} when unset
     */
    Object get(String key);

    /**
     * Returns the run's config ({@code configurable}, {@code metadata}, {@code tags}, ...), read-only.
     *
     * @return the config
     */
    Map<String, Object> config();

    /**
     * Returns one value of the run's {@code config.configurable}.
     *
     * @param key the key
     * @return the value, or {@code null} when unset
     */
    Object configurable(String key);

    /**
     * LangGraph's {@code interrupt(value)}: the first time, stops the node (its update is discarded), ends the run
     * and leaves the thread {@code interrupted} with {@code value} as the interrupt's value. When the run is resumed
     * with {@code {"command": {"resume": answer}}}, the node runs again from the start and this call returns
     * {@code answer}. A node may interrupt several times; each call consumes one resume value in order.
     *
     * @param value the interrupt's value, shown to the client (JSON-like)
     * @return the resume value, once the run is resumed
     * @throws RuntimeException a private signal that stops the node; do not catch it
     */
    Object interrupt(Object value);

    /**
     * Writes a {@code custom} stream event (LangGraph's {@code get_stream_writer()}).
     *
     * @param data the event's data (JSON-like)
     * @throws RuntimeException a private signal when the run was cancelled; do not catch it
     */
    void write(Object data);

    /**
     * Writes one token chunk of a chat model's answer as a {@code messages} event ({@code messages-tuple} stream
     * mode): {@code [chunk, metadata]}, the metadata filled in by the server. Build chunks with
     * {@link Messages#aiChunk(String, String)}.
     *
     * @param chunk the message chunk
     * @throws RuntimeException a private signal when the run was cancelled; do not catch it
     */
    void messageChunk(Map<String, Object> chunk);

    /**
     * Sleeps, returning early by stopping the node when the run is cancelled (as the peer's slow graph does).
     *
     * @param duration how long to sleep
     * @throws RuntimeException a private signal when the run is cancelled meanwhile; do not catch it
     */
    void sleep(Duration duration);

    /**
     * Tells whether the run was asked to stop (cancel, or a newer run with {@code multitask_strategy} interrupt or
     * rollback).
     *
     * @return {@code true} once cancellation was requested
     */
    boolean isCancelled();

    /**
     * Returns the name of the running node.
     *
     * @return the node name
     */
    String nodeName();

    /**
     * Returns the id of the run.
     *
     * @return the run id
     */
    String runId();

    /**
     * Returns the id of the thread the run executes on (a temporary thread for stateless runs).
     *
     * @return the thread id
     */
    String threadId();
}
