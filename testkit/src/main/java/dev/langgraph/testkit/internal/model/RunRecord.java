package dev.langgraph.testkit.internal.model;

import dev.langgraph.testkit.internal.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A stored run with its live parts (event log, cancel signal, completion). Plain fields are guarded by the
 * {@link Db} lock.
 */
public final class RunRecord {

    /** The run id. */
    public final String runId;
    /** Its thread (a temporary one for stateless runs). */
    public final String threadId;
    /** The resolved assistant. */
    public final String assistantId;
    /** The assistant's graph. */
    public final String graphId;
    /** Creation (scheduled start) time. */
    public final Instant createdAt;
    /** The clock's instant from which it may start ({@code after_seconds} later than its creation). */
    public final Instant startAt;
    /** When it started running, {@code null} before. */
    public Instant startedAt;
    /** Last status change. */
    public Instant updatedAt;
    /** {@code pending}, {@code running}, {@code success}, {@code error}, {@code timeout} or {@code interrupted}. */
    public String status = "pending";
    /** The run's metadata (request metadata plus {@code assistant_id}). */
    public final Map<String, Object> metadata;
    /** The run's kwargs (input, command, config, context, stream_mode, ...). */
    public final Map<String, Object> kwargs;
    /** The effective multitask strategy. */
    public final String multitaskStrategy;
    /** Whether it is a stateless run. */
    public final boolean temporary;
    /** Whether its temporary thread is deleted when it ends ({@code on_completion=delete}). */
    public final boolean deleteThreadWhenDone;
    /** The requested stream modes. */
    public final List<String> streamModes;
    /** Whether subgraph events are streamed. */
    public final boolean streamSubgraphs;
    /** Whether the event log may be replayed with {@code Last-Event-ID}. */
    public final boolean resumable;
    /** The event log. */
    public final RunEvents events = new RunEvents();
    /** The cancel signal. */
    public final RunControl control = new RunControl();
    /** Completes when the run reached a terminal state (or was deleted). */
    public final CompletableFuture<Void> done = new CompletableFuture<>();
    /** The data of the last root {@code values} event, for wait/join. */
    public volatile Object lastValues;
    /** The data of the {@code error} event, for wait/join. */
    public volatile Map<String, Object> error;

    /**
     * Creates a pending run.
     *
     * @param runId the id
     * @param threadId the thread
     * @param assistantId the assistant
     * @param graphId the graph
     * @param createdAt the creation time
     * @param startAt the clock's instant from which it may start
     * @param metadata the metadata
     * @param kwargs the kwargs
     * @param multitaskStrategy the strategy
     * @param temporary whether stateless
     * @param deleteThreadWhenDone whether the temporary thread goes when done
     * @param streamModes the modes
     * @param streamSubgraphs whether subgraph events stream
     * @param resumable whether the log is replayable
     */
    public RunRecord(String runId, String threadId, String assistantId, String graphId, Instant createdAt,
            Instant startAt, Map<String, Object> metadata, Map<String, Object> kwargs, String multitaskStrategy,
            boolean temporary, boolean deleteThreadWhenDone, List<String> streamModes, boolean streamSubgraphs,
            boolean resumable) {
        this.runId = runId;
        this.threadId = threadId;
        this.assistantId = assistantId;
        this.graphId = graphId;
        this.createdAt = createdAt;
        this.startAt = startAt;
        this.updatedAt = createdAt;
        this.metadata = metadata;
        this.kwargs = kwargs;
        this.multitaskStrategy = multitaskStrategy;
        this.temporary = temporary;
        this.deleteThreadWhenDone = deleteThreadWhenDone;
        this.streamModes = List.copyOf(streamModes);
        this.streamSubgraphs = streamSubgraphs;
        this.resumable = resumable;
    }

    /**
     * Tells whether the run is pending or running.
     *
     * @return whether it is in flight
     */
    public boolean inFlight() {
        return "pending".equals(status) || "running".equals(status);
    }

    /**
     * Renders the API's {@code Run}.
     *
     * @return a fresh JSON map
     */
    public Map<String, Object> toJson() {
        return Json.obj("run_id", runId, "thread_id", threadId, "assistant_id", assistantId,
                "created_at", ServerClock.format(createdAt), "updated_at", ServerClock.format(updatedAt),
                "status", status, "metadata", Json.copy(metadata), "kwargs", Json.copy(kwargs),
                "multitask_strategy", multitaskStrategy);
    }
}
