package dev.langgraph.client.crons;

import dev.langgraph.client.common.MultitaskStrategy;

/**
 * What to send to create a cron. Only the schedule is required; unset fields are not sent.
 *
 * <pre>{@code
 * CronParams params = CronParams.builder("0 9 * * 1-5")
 *         .input(Map.of("messages", List.of()))
 *         .timezone(ZoneId.of("Europe/Paris"))
 *         .build();
 * }</pre>
 */
public final class CronParams extends CronSettings {

    private final MultitaskStrategy multitaskStrategy;

    private CronParams(Builder b) {
        super(b);
        this.multitaskStrategy = b.multitaskStrategy;
    }

    /**
     * A builder for a cron on this schedule.
     *
     * @param schedule the cron expression, such as {@code 0 9 * * 1-5}; UTC unless a time zone is set
     * @return a new builder
     */
    public static Builder builder(String schedule) {
        return new Builder(schedule);
    }

    /**
     * What to do when a scheduled run finds its thread busy.
     *
     * @return the strategy, or null for the server's default
     */
    public MultitaskStrategy multitaskStrategy() {
        return multitaskStrategy;
    }

    /** Builds {@link CronParams}. */
    public static final class Builder extends CronSettings.Builder<Builder> {
        private MultitaskStrategy multitaskStrategy;

        private Builder(String schedule) {
            this.schedule = schedule;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets what to do when a scheduled run finds its thread busy.
         *
         * @param multitaskStrategy the strategy
         * @return this builder
         */
        public Builder multitaskStrategy(MultitaskStrategy multitaskStrategy) {
            this.multitaskStrategy = multitaskStrategy;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws IllegalArgumentException if the schedule is null or blank
         */
        public CronParams build() {
            if (schedule == null || schedule.isBlank()) {
                throw new IllegalArgumentException("schedule must not be null or blank");
            }
            return new CronParams(this);
        }
    }
}
