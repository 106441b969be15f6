package dev.langgraph.client.runs;

import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.DisconnectMode;
import dev.langgraph.client.common.Durability;
import dev.langgraph.client.common.IfNotExists;
import dev.langgraph.client.common.LangSmithTracing;
import dev.langgraph.client.common.MultitaskStrategy;
import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.internal.Maps;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What to run: the arguments shared by {@link RunsClient#stream stream}, {@link RunsClient#create create},
 * {@link RunsClient#wait(String, String, RunParams) wait} and {@link RunsClient#createBatch createBatch}. Every
 * field is optional; a null field is not sent. Build with {@link #builder()}.
 *
 * <pre>{@code
 * RunParams params = RunParams.builder()
 *         .input(Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))))
 *         .streamMode(StreamMode.UPDATES, StreamMode.MESSAGES_TUPLE)
 *         .interruptBefore(List.of("tools"))
 *         .build();
 * }</pre>
 *
 * <p>Not every operation sends every field, as in the Python SDK: the stream fields ({@code streamMode},
 * {@code streamSubgraphs}, {@code streamResumable}) and {@code feedbackKeys} are ignored by {@code wait}, and
 * {@code onDisconnect} is ignored by {@code create} and {@code createBatch} (a background run has no connection).
 *
 * @param input the graph input: a map, or any object the JSON codec can write; null for none
 * @param command a command to resume, update the state or go to nodes (sent without its null fields); null for none
 * @param metadata metadata for the run, or null
 * @param config the run configuration, or null
 * @param context the static context for the graph, or null
 * @param checkpoint the checkpoint to start from, or null
 * @param checkpointId the id of the checkpoint to start from, or null
 * @param interruptBefore the nodes to stop before; {@link #ALL_NODES} for every node; null for none
 * @param interruptAfter the nodes to stop after; {@link #ALL_NODES} for every node; null for none
 * @param webhook a URL the server calls when the run ends, or null
 * @param multitaskStrategy what to do when the thread is busy, or null for the server's default (reject)
 * @param ifNotExists what to do when the thread does not exist, or null for the server's default (reject)
 * @param onCompletion whether to keep the temporary thread of a stateless run, or null
 * @param afterSeconds seconds to wait before starting the run, or null
 * @param langsmithTracing the LangSmith project and example to trace into (sent as {@code langsmith_tracer}),
 *     or null
 * @param durability when checkpoints are persisted, or null
 * @param streamMode the stream modes, or null for {@code values}
 * @param streamSubgraphs whether to stream subgraph events too
 * @param streamResumable whether the server keeps the whole event log, so that a broken stream can resume
 * @param feedbackKeys LangSmith feedback keys for the run, or null
 * @param onDisconnect what the server does with the run when the client disconnects, or null
 * @param onRunCreated called with the run's ids from the response's {@code Content-Location}; not sent; null for
 *     none
 */
public record RunParams(
        Object input,
        Command command,
        Map<String, Object> metadata,
        Config config,
        Map<String, Object> context,
        Checkpoint checkpoint,
        String checkpointId,
        List<String> interruptBefore,
        List<String> interruptAfter,
        String webhook,
        MultitaskStrategy multitaskStrategy,
        IfNotExists ifNotExists,
        OnCompletionBehavior onCompletion,
        Integer afterSeconds,
        LangSmithTracing langsmithTracing,
        Durability durability,
        List<StreamMode> streamMode,
        boolean streamSubgraphs,
        boolean streamResumable,
        List<String> feedbackKeys,
        DisconnectMode onDisconnect,
        Consumer<RunCreateMetadata> onRunCreated) {

    /** The value of {@code interruptBefore}/{@code interruptAfter} that stops at every node (sent as {@code "*"}). */
    public static final List<String> ALL_NODES = List.of("*");

    private static final RunParams DEFAULTS = builder().build();

    /**
     * Checks the arguments and copies the collections.
     *
     * @param input the graph input: a map, or any object the JSON codec can write; null for none
     * @param command a command to resume, update the state or go to nodes (sent without its null fields); null for none
     * @param metadata metadata for the run, or null
     * @param config the run configuration, or null
     * @param context the static context for the graph, or null
     * @param checkpoint the checkpoint to start from, or null
     * @param checkpointId the id of the checkpoint to start from, or null
     * @param interruptBefore the nodes to stop before; {@link #ALL_NODES} for every node; null for none
     * @param interruptAfter the nodes to stop after; {@link #ALL_NODES} for every node; null for none
     * @param webhook a URL the server calls when the run ends, or null
     * @param multitaskStrategy what to do when the thread is busy, or null for the server's default (reject)
     * @param ifNotExists what to do when the thread does not exist, or null for the server's default (reject)
     * @param onCompletion whether to keep the temporary thread of a stateless run, or null
     * @param afterSeconds seconds to wait before starting the run, or null
     * @param langsmithTracing the LangSmith project and example to trace into (sent as {@code langsmith_tracer}), or null
     * @param durability when checkpoints are persisted, or null
     * @param streamMode the stream modes, or null for {@code values}
     * @param streamSubgraphs whether to stream subgraph events too
     * @param streamResumable whether the server keeps the whole event log, so that a broken stream can resume
     * @param feedbackKeys LangSmith feedback keys for the run, or null
     * @param onDisconnect what the server does with the run when the client disconnects, or null
     * @param onRunCreated called with the run's ids from the response's {@code Content-Location}; not sent; null for none
     * @throws IllegalArgumentException if {@code afterSeconds} is negative, or {@code streamMode} is empty or holds
     *     null
     */
    public RunParams {
        if (afterSeconds != null && afterSeconds < 0) {
            throw new IllegalArgumentException("afterSeconds must not be negative: " + afterSeconds);
        }
        input = input instanceof Map<?, ?> m ? Maps.copy(castMap(m)) : input;
        metadata = Maps.copy(metadata);
        context = Maps.copy(context);
        interruptBefore = Maps.copy(interruptBefore);
        interruptAfter = Maps.copy(interruptAfter);
        streamMode = Maps.copy(streamMode);
        feedbackKeys = Maps.copy(feedbackKeys);
        if (streamMode != null && (streamMode.isEmpty() || streamMode.contains(null))) {
            throw new IllegalArgumentException("streamMode must name at least one mode and no null: " + streamMode);
        }
    }

    /**
     * No argument set: no input, stream mode {@code values}.
     *
     * @return the default parameters
     */
    public static RunParams defaults() {
        return DEFAULTS;
    }

    /**
     * A new builder.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these parameters.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** Builds {@link RunParams}. Setting a field to null unsets it. */
    public static final class Builder {
        private Object input;
        private Command command;
        private Map<String, Object> metadata;
        private Config config;
        private Map<String, Object> context;
        private Checkpoint checkpoint;
        private String checkpointId;
        private List<String> interruptBefore;
        private List<String> interruptAfter;
        private String webhook;
        private MultitaskStrategy multitaskStrategy;
        private IfNotExists ifNotExists;
        private OnCompletionBehavior onCompletion;
        private Integer afterSeconds;
        private LangSmithTracing langsmithTracing;
        private Durability durability;
        private List<StreamMode> streamMode;
        private boolean streamSubgraphs;
        private boolean streamResumable;
        private List<String> feedbackKeys;
        private DisconnectMode onDisconnect;
        private Consumer<RunCreateMetadata> onRunCreated;

        private Builder() {
        }

        private Builder(RunParams p) {
            input = p.input;
            command = p.command;
            metadata = p.metadata;
            config = p.config;
            context = p.context;
            checkpoint = p.checkpoint;
            checkpointId = p.checkpointId;
            interruptBefore = p.interruptBefore;
            interruptAfter = p.interruptAfter;
            webhook = p.webhook;
            multitaskStrategy = p.multitaskStrategy;
            ifNotExists = p.ifNotExists;
            onCompletion = p.onCompletion;
            afterSeconds = p.afterSeconds;
            langsmithTracing = p.langsmithTracing;
            durability = p.durability;
            streamMode = p.streamMode;
            streamSubgraphs = p.streamSubgraphs;
            streamResumable = p.streamResumable;
            feedbackKeys = p.feedbackKeys;
            onDisconnect = p.onDisconnect;
            onRunCreated = p.onRunCreated;
        }

        /**
         * Sets the graph input.
         *
         * @param input a map, or any object the JSON codec can write (such as a record of your state)
         * @return this builder
         */
        public Builder input(Object input) {
            this.input = input;
            return this;
        }

        /**
         * Sets a command: resume an interrupt, update the state, or go to nodes. The server accepts it together
         * with an input.
         *
         * @param command the command
         * @return this builder
         */
        public Builder command(Command command) {
            this.command = command;
            return this;
        }

        /**
         * Sets the run's metadata.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the run configuration.
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder config(Config config) {
            this.config = config;
            return this;
        }

        /**
         * Sets the static context for the graph.
         *
         * @param context the context
         * @return this builder
         */
        public Builder context(Map<String, Object> context) {
            this.context = context;
            return this;
        }

        /**
         * Sets the checkpoint to start from.
         *
         * @param checkpoint the checkpoint
         * @return this builder
         */
        public Builder checkpoint(Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
            return this;
        }

        /**
         * Sets the id of the checkpoint to start from.
         *
         * @param checkpointId the checkpoint id
         * @return this builder
         */
        public Builder checkpointId(String checkpointId) {
            this.checkpointId = checkpointId;
            return this;
        }

        /**
         * Stops before these nodes.
         *
         * @param nodes the node names
         * @return this builder
         */
        public Builder interruptBefore(List<String> nodes) {
            this.interruptBefore = nodes;
            return this;
        }

        /**
         * Stops before every node ({@code "*"}).
         *
         * @return this builder
         */
        public Builder interruptBeforeAll() {
            this.interruptBefore = ALL_NODES;
            return this;
        }

        /**
         * Stops after these nodes.
         *
         * @param nodes the node names
         * @return this builder
         */
        public Builder interruptAfter(List<String> nodes) {
            this.interruptAfter = nodes;
            return this;
        }

        /**
         * Stops after every node ({@code "*"}).
         *
         * @return this builder
         */
        public Builder interruptAfterAll() {
            this.interruptAfter = ALL_NODES;
            return this;
        }

        /**
         * Sets a URL the server calls when the run ends.
         *
         * @param webhook the URL
         * @return this builder
         */
        public Builder webhook(String webhook) {
            this.webhook = webhook;
            return this;
        }

        /**
         * Sets what to do when the thread is already running a task.
         *
         * @param multitaskStrategy the strategy
         * @return this builder
         */
        public Builder multitaskStrategy(MultitaskStrategy multitaskStrategy) {
            this.multitaskStrategy = multitaskStrategy;
            return this;
        }

        /**
         * Sets what to do when the thread does not exist.
         *
         * @param ifNotExists {@code create} to create it, {@code reject} to fail
         * @return this builder
         */
        public Builder ifNotExists(IfNotExists ifNotExists) {
            this.ifNotExists = ifNotExists;
            return this;
        }

        /**
         * Sets whether a stateless run's temporary thread is kept.
         *
         * @param onCompletion the behaviour
         * @return this builder
         */
        public Builder onCompletion(OnCompletionBehavior onCompletion) {
            this.onCompletion = onCompletion;
            return this;
        }

        /**
         * Delays the start of the run.
         *
         * @param afterSeconds the delay in seconds, not negative
         * @return this builder
         */
        public Builder afterSeconds(Integer afterSeconds) {
            this.afterSeconds = afterSeconds;
            return this;
        }

        /**
         * Sets the LangSmith project and example to trace into.
         *
         * @param langsmithTracing the tracing options
         * @return this builder
         */
        public Builder langsmithTracing(LangSmithTracing langsmithTracing) {
            this.langsmithTracing = langsmithTracing;
            return this;
        }

        /**
         * Sets when checkpoints are persisted.
         *
         * @param durability the durability
         * @return this builder
         */
        public Builder durability(Durability durability) {
            this.durability = durability;
            return this;
        }

        /**
         * Sets the stream modes. One mode is sent as a string, several as a list.
         *
         * @param modes one or more modes
         * @return this builder
         */
        public Builder streamMode(StreamMode... modes) {
            this.streamMode = modes == null ? null : Arrays.asList(modes);
            return this;
        }

        /**
         * Sets the stream modes.
         *
         * @param modes the modes, or null for the default ({@code values})
         * @return this builder
         */
        public Builder streamMode(List<StreamMode> modes) {
            this.streamMode = modes;
            return this;
        }

        /**
         * Streams subgraph events too, named {@code <mode>|<node>:<task>}.
         *
         * @param streamSubgraphs whether to stream subgraphs
         * @return this builder
         */
        public Builder streamSubgraphs(boolean streamSubgraphs) {
            this.streamSubgraphs = streamSubgraphs;
            return this;
        }

        /**
         * Makes the server keep the run's whole event log, so that a broken stream resumes where it stopped.
         *
         * @param streamResumable whether the stream is resumable
         * @return this builder
         */
        public Builder streamResumable(boolean streamResumable) {
            this.streamResumable = streamResumable;
            return this;
        }

        /**
         * Sets LangSmith feedback keys for the run.
         *
         * @param feedbackKeys the keys
         * @return this builder
         */
        public Builder feedbackKeys(List<String> feedbackKeys) {
            this.feedbackKeys = feedbackKeys;
            return this;
        }

        /**
         * Sets what the server does with the run when the client disconnects.
         *
         * @param onDisconnect the behaviour
         * @return this builder
         */
        public Builder onDisconnect(DisconnectMode onDisconnect) {
            this.onDisconnect = onDisconnect;
            return this;
        }

        /**
         * Sets a callback for the new run's ids, called once when the response head arrives.
         *
         * @param onRunCreated the callback
         * @return this builder
         */
        public Builder onRunCreated(Consumer<RunCreateMetadata> onRunCreated) {
            this.onRunCreated = onRunCreated;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if {@code afterSeconds} is negative or {@code streamMode} is empty
         */
        public RunParams build() {
            return new RunParams(input, command, metadata, config, context, checkpoint, checkpointId,
                    interruptBefore, interruptAfter, webhook, multitaskStrategy, ifNotExists, onCompletion,
                    afterSeconds, langsmithTracing, durability, streamMode, streamSubgraphs, streamResumable,
                    feedbackKeys, onDisconnect, onRunCreated);
        }
    }
}
