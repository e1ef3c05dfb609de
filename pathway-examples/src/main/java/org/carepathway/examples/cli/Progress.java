package org.carepathway.examples.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error while a batch runs: records so far, records/s and, when the size of the
 * input is known, the share of it read and an estimate of the time left. It rewrites one line with {@code \r}, at
 * most every {@link #INTERVAL}, and ends it with a newline; standard output never sees it.
 */
final class Progress {
    /** Redraws are cheap but a terminal is not: a few a second is enough for a person. */
    static final Duration INTERVAL = Duration.ofMillis(250);

    private static final Progress NONE = new Progress(null, -1, () -> 0);

    private final PrintStream stderr;
    private final long totalBytes;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastWidth;

    /**
     * @param stderr where the line is drawn, or null to draw nothing
     * @param totalBytes the size of the whole input, or -1 when unknown (standard input)
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime}; tests pass their own)
     */
    Progress(PrintStream stderr, long totalBytes, LongSupplier nanoTime) {
        this.stderr = stderr;
        this.totalBytes = totalBytes;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** Progress that draws nothing. */
    static Progress none() {
        return NONE;
    }

    /** Called after each record; draws when the last drawing is at least {@link #INTERVAL} old. */
    void update(long records, long bytesRead) {
        if (stderr == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (lastDrawn != Long.MIN_VALUE && now - lastDrawn < INTERVAL.toNanos()) {
            return;
        }
        lastDrawn = now;
        draw(line(records, bytesRead, now));
    }

    /** Draws the final state and ends the line, so that the summary starts on a line of its own. */
    void finish(long records, long bytesRead) {
        if (stderr == null) {
            return;
        }
        draw(line(records, bytesRead, nanoTime.getAsLong()));
        stderr.print('\n');
        stderr.flush();
    }

    /** Like {@code 12,000 records, 2,100 records/s, 37% of 52.1 MB read, about 1m 05s left}. */
    String line(long records, long bytesRead, long now) {
        Duration elapsed = Duration.ofNanos(now - started);
        Throughput throughput = new Throughput(records, elapsed);
        StringBuilder line = new StringBuilder()
                .append(Numbers.records(records)).append(", ")
                .append(Numbers.grouped(Math.round(throughput.perSecond()))).append(" records/s");
        if (totalBytes > 0) {
            double done = Math.min(1.0, (double) bytesRead / totalBytes);
            line.append(String.format(Locale.ROOT, ", %d%% of %s read", (int) Math.floor(done * 100),
                    megabytes(totalBytes)));
            if (done > 0) {
                // the rest of the input at the rate of the bytes read so far
                long leftNanos = Math.round(elapsed.toNanos() * (1 - done) / done);
                line.append(", about ").append(clock(Duration.ofNanos(leftNanos))).append(" left");
            }
        }
        return line.toString();
    }

    private void draw(String line) {
        // spaces wipe what is left of a longer previous line
        int pad = Math.max(0, lastWidth - line.length());
        stderr.print("\r" + line + " ".repeat(pad));
        stderr.flush();
        lastWidth = line.length();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String clock(Duration d) {
        long seconds = d.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
}
