package org.carepathway.examples.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * How many records a run got through in how long: the records/s that the summary and the progress line show.
 *
 * @param records records handed on so far
 * @param elapsed time since the run started
 */
record Throughput(long records, Duration elapsed) {
    /** Records per second; 0 before any time has passed. */
    double perSecond() {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : records * 1e9 / nanos;
    }

    /** Like {@code 12.3 s, 1,234 records/s}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f s, %s records/s", elapsed.toMillis() / 1000.0,
                Numbers.grouped(Math.round(perSecond())));
    }
}
