package dev.langgraph.client.crons;

import dev.langgraph.client.common.Config;
import dev.langgraph.client.common.Durability;
import dev.langgraph.client.common.OnCompletionBehavior;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.internal.Maps;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What creating ({@link CronParams}) and updating ({@link CronUpdateParams}) a cron have in common: the schedule
 * and the run payload each scheduled run is created from. A null value means "not set": its key is not sent.
 */
public abstract sealed class CronSettings permits CronParams, CronUpdateParams {

    /** The value of {@code interruptBefore}/{@code interruptAfter} that stops at every node (sent as {@code "*"}). */
    public static final List<String> ALL_NODES = List.of("*");

    private final String schedule;
    private final Object input;
    private final Map<String, Object> metadata;
    private final Config config;
    private final Map<String, Object> context;
    private final List<String> interruptBefore;
    private final List<String> interruptAfter;
    private final String webhook;
    private final Instant endTime;
    private final Boolean enabled;
    private final String timezone;
    private final List<StreamMode> streamMode;
    private final Boolean streamSubgraphs;
    private final Boolean streamResumable;
    private final Durability durability;
    private final OnCompletionBehavior onRunCompleted;

    CronSettings(Builder<?> b) {
        this.schedule = b.schedule;
        this.input = b.input;
        this.metadata = Maps.copy(b.metadata);
        this.config = b.config;
        this.context = Maps.copy(b.context);
        this.interruptBefore = Maps.copy(b.interruptBefore);
        this.interruptAfter = Maps.copy(b.interruptAfter);
        this.webhook = b.webhook;
        this.endTime = b.endTime;
        this.enabled = b.enabled;
        this.timezone = b.timezone;
        this.streamMode = Maps.copy(b.streamMode);
        this.streamSubgraphs = b.streamSubgraphs;
        this.streamResumable = b.streamResumable;
        this.durability = b.durability;
        this.onRunCompleted = b.onRunCompleted;
    }

    /**
     * The cron expression, such as {@code 0 9 * * 1-5}; the server checks its syntax.
     *
     * @return the schedule, or null when not set (updates only)
     */
    public String schedule() {
        return schedule;
    }

    /**
     * The graph input of each run.
     *
     * @return the input, or null
     */
    public Object input() {
        return input;
    }

    /**
     * The cron's metadata.
     *
     * @return the metadata, or null
     */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /**
     * The run configuration.
     *
     * @return the configuration, or null
     */
    public Config config() {
        return config;
    }

    /**
     * The static context of each run.
     *
     * @return the context, or null
     */
    public Map<String, Object> context() {
        return context;
    }

    /**
     * The nodes to interrupt before; {@link #ALL_NODES} means every node.
     *
     * @return the node names, or null
     */
    public List<String> interruptBefore() {
        return interruptBefore;
    }

    /**
     * The nodes to interrupt after; {@link #ALL_NODES} means every node.
     *
     * @return the node names, or null
     */
    public List<String> interruptAfter() {
        return interruptAfter;
    }

    /**
     * The URL called when each run finishes.
     *
     * @return the webhook, or null
     */
    public String webhook() {
        return webhook;
    }

    /**
     * When the schedule stops.
     *
     * @return the end time, or null when not set
     */
    public Instant endTime() {
        return endTime;
    }

    /**
     * Whether the cron is active.
     *
     * @return the flag, or null
     */
    public Boolean enabled() {
        return enabled;
    }

    /**
     * The time zone the schedule is read in (the server's default is UTC).
     *
     * @return the zone id, such as {@code Europe/Paris}, or null
     */
    public String timezone() {
        return timezone;
    }

    /**
     * The stream modes each run records.
     *
     * @return the modes, or null
     */
    public List<StreamMode> streamMode() {
        return streamMode;
    }

    /**
     * Whether each run also streams its subgraphs' events.
     *
     * @return the flag, or null
     */
    public Boolean streamSubgraphs() {
        return streamSubgraphs;
    }

    /**
     * Whether each run's stream can be resumed after a disconnect.
     *
     * @return the flag, or null
     */
    public Boolean streamResumable() {
        return streamResumable;
    }

    /**
     * When each run's checkpoints are persisted.
     *
     * @return the durability, or null
     */
    public Durability durability() {
        return durability;
    }

    /**
     * What happens to the new thread of each run once it completes (stateless crons only).
     *
     * @return the behaviour, or null
     */
    public OnCompletionBehavior onRunCompleted() {
        return onRunCompleted;
    }

    /**
     * Sets the fields shared by {@link CronParams.Builder} and {@link CronUpdateParams.Builder}. Setting a field to
     * null unsets it.
     *
     * @param <B> the concrete builder, returned by every setter
     */
    public abstract static sealed class Builder<B extends Builder<B>>
            permits CronParams.Builder, CronUpdateParams.Builder {
        String schedule;
        private Object input;
        private Map<String, Object> metadata;
        private Config config;
        private Map<String, Object> context;
        private List<String> interruptBefore;
        private List<String> interruptAfter;
        private String webhook;
        Instant endTime;
        private Boolean enabled;
        private String timezone;
        private List<StreamMode> streamMode;
        private Boolean streamSubgraphs;
        private Boolean streamResumable;
        private Durability durability;
        private OnCompletionBehavior onRunCompleted;

        Builder() {
        }

        abstract B self();

        /**
         * Sets the graph input of each run.
         *
         * @param input a JSON-serialisable value, usually a map
         * @return this builder
         */
        public B input(Object input) {
            this.input = input;
            return self();
        }

        /**
         * Sets the metadata.
         *
         * @param metadata the metadata
         * @return this builder
         */
        public B metadata(Map<String, ?> metadata) {
            this.metadata = Maps.copy(metadata);
            return self();
        }

        /**
         * Sets the run configuration.
         *
         * @param config the configuration
         * @return this builder
         */
        public B config(Config config) {
            this.config = config;
            return self();
        }

        /**
         * Sets the static context of each run.
         *
         * @param context the context
         * @return this builder
         */
        public B context(Map<String, ?> context) {
            this.context = Maps.copy(context);
            return self();
        }

        /**
         * Interrupts each run before these nodes.
         *
         * @param nodes the node names
         * @return this builder
         */
        public B interruptBefore(List<String> nodes) {
            this.interruptBefore = Maps.copy(nodes);
            return self();
        }

        /**
         * Interrupts each run before every node ({@code "*"}).
         *
         * @return this builder
         */
        public B interruptBeforeAll() {
            return interruptBefore(ALL_NODES);
        }

        /**
         * Interrupts each run after these nodes.
         *
         * @param nodes the node names
         * @return this builder
         */
        public B interruptAfter(List<String> nodes) {
            this.interruptAfter = Maps.copy(nodes);
            return self();
        }

        /**
         * Interrupts each run after every node ({@code "*"}).
         *
         * @return this builder
         */
        public B interruptAfterAll() {
            return interruptAfter(ALL_NODES);
        }

        /**
         * Sets the URL called when each run finishes.
         *
         * @param webhook the URL
         * @return this builder
         */
        public B webhook(String webhook) {
            this.webhook = webhook;
            return self();
        }

        /**
         * Stops the schedule at this time (sent in ISO-8601, such as {@code 2026-12-31T23:59:00Z}).
         *
         * @param endTime the end time
         * @return this builder
         */
        public B endTime(Instant endTime) {
            this.endTime = endTime;
            return self();
        }

        /**
         * Activates or pauses the cron.
         *
         * @param enabled whether the cron runs
         * @return this builder
         */
        public B enabled(Boolean enabled) {
            this.enabled = enabled;
            return self();
        }

        /**
         * Reads the schedule in this time zone.
         *
         * @param zoneId an IANA zone id such as {@code America/New_York}
         * @return this builder
         * @throws IllegalArgumentException if {@code zoneId} is not a valid zone id
         */
        public B timezone(String zoneId) {
            if (zoneId != null) {
                try {
                    ZoneId.of(zoneId);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("Invalid time zone: " + zoneId, e);
                }
            }
            this.timezone = zoneId;
            return self();
        }

        /**
         * Reads the schedule in this time zone.
         *
         * @param zone the zone; its id is sent
         * @return this builder
         */
        public B timezone(ZoneId zone) {
            this.timezone = zone == null ? null : zone.getId();
            return self();
        }

        /**
         * Sets the stream modes each run records.
         *
         * @param modes the modes
         * @return this builder
         */
        public B streamMode(List<StreamMode> modes) {
            this.streamMode = Maps.copy(modes);
            return self();
        }

        /**
         * Sets the stream modes each run records.
         *
         * @param modes the modes
         * @return this builder
         */
        public B streamMode(StreamMode... modes) {
            return streamMode(List.of(modes));
        }

        /**
         * Sets whether each run also streams its subgraphs' events.
         *
         * @param streamSubgraphs the flag
         * @return this builder
         */
        public B streamSubgraphs(Boolean streamSubgraphs) {
            this.streamSubgraphs = streamSubgraphs;
            return self();
        }

        /**
         * Sets whether each run's stream can be resumed after a disconnect.
         *
         * @param streamResumable the flag
         * @return this builder
         */
        public B streamResumable(Boolean streamResumable) {
            this.streamResumable = streamResumable;
            return self();
        }

        /**
         * Sets when each run's checkpoints are persisted.
         *
         * @param durability the durability
         * @return this builder
         */
        public B durability(Durability durability) {
            this.durability = durability;
            return self();
        }

        /**
         * Sets what happens to the new thread of each run once it completes. Only stateless crons (created with
         * {@link CronsClient#create}) have such threads.
         *
         * @param onRunCompleted the behaviour
         * @return this builder
         */
        public B onRunCompleted(OnCompletionBehavior onRunCompleted) {
            this.onRunCompleted = onRunCompleted;
            return self();
        }
    }
}
