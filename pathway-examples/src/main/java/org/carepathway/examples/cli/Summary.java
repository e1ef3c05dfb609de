package org.carepathway.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Severity;

/**
 * Counts over a run: inputs read, validated and rejected, and alerts per severity. Counters only, so a run of ten
 * million pathways needs no more memory than a run of one.
 */
final class Summary {
    private final Instant asOf;
    private long validated;
    private long rejected;
    private final Map<Severity, Long> alerts = new EnumMap<>(Severity.class);
    private Severity highest;

    Summary(Instant asOf) {
        this.asOf = asOf;
        for (Severity severity : Severity.values()) {
            alerts.put(severity, 0L);
        }
    }

    void add(Result result) {
        if (result.rejected()) {
            rejected++;
            return;
        }
        validated++;
        for (Alert alert : result.alerts()) {
            alerts.merge(alert.severity(), 1L, Long::sum);
            if (highest == null || alert.severity().isAtLeast(highest)) {
                highest = alert.severity();
            }
        }
    }

    Instant asOf() {
        return asOf;
    }

    /** Every input: {@code validated + rejected}. */
    long read() {
        return validated + rejected;
    }

    long validated() {
        return validated;
    }

    long rejected() {
        return rejected;
    }

    /** Alerts per severity, most urgent first, every severity present. */
    Map<Severity, Long> alerts() {
        return alerts;
    }

    /** Whether some alert is at or above this severity. */
    boolean anyAtLeast(Severity severity) {
        return highest != null && highest.isAtLeast(severity);
    }

    /** Like {@code 3 read, 2 validated, 1 rejected; alerts: 1 CRITICAL, 2 HIGH, 0 MEDIUM, 0 LOW; as of ...}. */
    String line() {
        List<String> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(alerts.get(severity) + " " + severity);
        }
        return read() + " read, " + validated + " validated, " + rejected + " rejected; alerts: "
                + String.join(", ", severities) + "; as of " + asOf;
    }

    /** The summary line with the time taken, for standard error (standard output stays the same run to run). */
    String timedLine(Throughput throughput) {
        return line() + "; " + throughput;
    }
}
