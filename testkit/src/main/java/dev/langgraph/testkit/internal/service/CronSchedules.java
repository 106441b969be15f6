package dev.langgraph.testkit.internal.service;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.langgraph.testkit.internal.http.HttpError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Cron schedules: 5-field UNIX expressions parsed by cron-utils, evaluated in the cron's time zone. */
final class CronSchedules {

    private static final CronParser PARSER =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private CronSchedules() {
    }

    /**
     * Parses a schedule.
     *
     * @throws HttpError 422 with the Python server's message if it is not a valid 5-field cron expression
     */
    static synchronized ExecutionTime parse(String schedule) {
        try {
            Cron cron = PARSER.parse(schedule);
            return ExecutionTime.forCron(cron.validate());
        } catch (IllegalArgumentException e) {
            throw HttpError.unprocessable("Invalid cron schedule: '" + schedule + "'. Reason: Invalid cron"
                    + " schedule. Ensure the schedule uses the standard cron format (minute hour day_of_month month"
                    + " day_of_week). Example: '*/5 * * * *' for every 5 minutes.");
        }
    }

    /**
     * Parses a time zone.
     *
     * @param timezone an IANA name, or {@code null} for UTC
     * @throws HttpError 422 if unknown
     */
    static ZoneId zone(String timezone) {
        if (timezone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw HttpError.unprocessable("Invalid timezone: '" + timezone + "'");
        }
    }

    /** The first time the schedule fires strictly after {@code after}, or {@code null} if it never does. */
    static Instant next(String schedule, String timezone, Instant after) {
        return parse(schedule).nextExecution(after.atZone(zone(timezone))).map(t -> t.toInstant()).orElse(null);
    }
}
