package org.carepathway.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A fact in every rule session: the instant the pathway is validated as of, and the settings. Rules read time
 * only from here, never from the system clock.
 *
 * @param asOf the as-of instant
 * @param settings the windows and thresholds in force
 */
public record Evaluation(Instant asOf, Settings settings) {
    public Evaluation {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(settings, "settings");
    }

    /** A window that opened at t is closed when {@code asOf >= t + window}. */
    public boolean windowClosed(Instant t, Duration window) {
        return !asOf.isBefore(t.plus(window));
    }

    /** Whether something at {@code at} is on time for a window that opened at t: {@code t < at <= t + window}. */
    public static boolean onTime(Instant at, Instant t, Duration window) {
        return at.isAfter(t) && !at.isAfter(t.plus(window));
    }

    /** The UTC date of the as-of instant. */
    public LocalDate asOfDate() {
        return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }
}
