package org.carepathway.fhir.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/**
 * FHIR {@code dateTime} to {@link Instant}, read from the text as written (HAPI would fill a missing time zone
 * with the JVM's, which differs from machine to machine). A time needs an offset, as SPEC section 1 asks of
 * every instant. A date without a time is a whole day in UTC: the start of a period begins at its first instant,
 * and the end of a period, which FHIR makes inclusive, lasts until the start of the next day. A year or a month
 * alone is too vague to place an event and is an input error.
 */
final class Instants {
    private Instants() {
    }

    /** Which end of a day a date without a time stands for. */
    enum Bound { START, END }

    /** The instant, or null after reporting why it cannot be read; null also when the element has no value. */
    static Instant read(BaseDateTimeType value, Bound bound, int entry, String location, Problems problems) {
        if (value == null || value.getValueAsString() == null || value.getValueAsString().isEmpty()) {
            return null;
        }
        String text = value.getValueAsString();
        if (text.length() == 10 && !text.contains("T")) {
            try {
                LocalDate date = LocalDate.parse(text);
                LocalDate day = bound == Bound.START ? date : date.plusDays(1);
                return day.atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException e) {
                problems.add(entry, location, "'" + text + "' is not a valid date; write YYYY-MM-DD.");
                return null;
            }
        }
        if (!text.contains("T")) {
            problems.add(entry, location, "'" + text + "' gives only a year or a month; carepathway needs at least the"
                    + " day (YYYY-MM-DD), better the time with an offset (2026-11-20T10:00:00Z).");
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            problems.add(entry, location, "'" + text + "' is not a date-time with an offset; write it like"
                    + " 2026-11-20T10:00:00Z or 2026-11-20T10:00:00+01:00.");
            return null;
        }
    }
}
