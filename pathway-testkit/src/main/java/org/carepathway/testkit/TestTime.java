package org.carepathway.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Fixed time for tests, so that no test depends on when it runs:
 *
 * <pre>{@code
 * PathwayValidator validator = PathwayValidator.builder().clock(TestTime.clockAt("2026-11-21T09:00:00Z")).build();
 * ValidationReport report = validator.validate(pathway, TestTime.instant("2026-11-21T09:00:00+01:00"));
 * }</pre>
 */
public final class TestTime {
    private TestTime() {
    }

    /**
     * An RFC 3339 date-time with an offset, as pathway JSON writes them ({@code 2026-11-20T10:00:00Z},
     * {@code 2026-11-20T10:00:00+01:00}).
     *
     * @throws IllegalArgumentException naming the text when it is not such a date-time (one without an offset
     *     included)
     */
    public static Instant instant(String dateTime) {
        Objects.requireNonNull(dateTime, "dateTime");
        try {
            return OffsetDateTime.parse(dateTime).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + dateTime + "' is not an RFC 3339 date-time with an offset"
                    + "\nMaybe 2026-11-20T10:00:00Z", e);
        }
    }

    /**
     * A date {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the text when it is not such a date
     */
    public static LocalDate date(String date) {
        Objects.requireNonNull(date, "date");
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + date + "' is not a date YYYY-MM-DD\nMaybe 1950-01-31", e);
        }
    }

    /** A clock that always reads this instant, in UTC. */
    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A clock that always reads this RFC 3339 date-time, in UTC. */
    public static Clock clockAt(String dateTime) {
        return clockAt(instant(dateTime));
    }
}
