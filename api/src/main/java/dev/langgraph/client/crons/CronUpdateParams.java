package dev.langgraph.client.crons;

import java.time.Instant;

/**
 * What to change on a cron. Only the fields that are set are sent; the others keep their value. The end time has
 * three states: unchanged (not set), a new time ({@link Builder#endTime}) or cleared ({@link Builder#clearEndTime},
 * sent as {@code "end_time": null}) so that the schedule never stops.
 */
public final class CronUpdateParams extends CronSettings {

    private final boolean clearEndTime;

    private CronUpdateParams(Builder b) {
        super(b);
        this.clearEndTime = b.clearEndTime;
    }

    /**
     * A builder that changes nothing yet.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the update removes the end time.
     *
     * @return true to send {@code "end_time": null}
     */
    public boolean clearEndTime() {
        return clearEndTime;
    }

    /** Builds {@link CronUpdateParams}. */
    public static final class Builder extends CronSettings.Builder<Builder> {
        private boolean clearEndTime;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Changes the schedule.
         *
         * @param schedule the new cron expression, or null to keep the current one
         * @return this builder
         * @throws IllegalArgumentException if the schedule is blank
         */
        public Builder schedule(String schedule) {
            if (schedule != null && schedule.isBlank()) {
                throw new IllegalArgumentException("schedule must not be blank");
            }
            this.schedule = schedule;
            return this;
        }

        /**
         * Moves the end of the schedule; null leaves it unchanged (use {@link #clearEndTime()} to remove it).
         *
         * @param endTime the new end time
         * @return this builder
         */
        @Override
        public Builder endTime(Instant endTime) {
            this.clearEndTime = false;
            return super.endTime(endTime);
        }

        /**
         * Removes the end time, so that the schedule never stops.
         *
         * @return this builder
         */
        public Builder clearEndTime() {
            this.endTime = null;
            this.clearEndTime = true;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public CronUpdateParams build() {
            return new CronUpdateParams(this);
        }
    }
}
