package org.carepathway.examples.cli;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Severity;

/** Counts over a run: inputs read, validated and rejected, and alerts per severity. */
final class Summary {
    private final Instant asOf;
    private int validated;
    private int rejected;
    private final Map<Severity, Integer> alerts = new EnumMap<>(Severity.class);
    private Severity highest;

    Summary(Instant asOf) {
        this.asOf = asOf;
        for (Severity severity : Severity.values()) {
            alerts.put(severity, 0);
        }
    }

    void add(Result result) {
        if (result.rejected()) {
            rejected++;
            return;
        }
        validated++;
        for (Alert alert : result.alerts()) {
            alerts.merge(alert.severity(), 1, Integer::sum);
            if (highest == null || alert.severity().isAtLeast(highest)) {
                highest = alert.severity();
            }
        }
    }

    Instant asOf() {
        return asOf;
    }

    int read() {
        return validated + rejected;
    }

    int validated() {
        return validated;
    }

    int rejected() {
        return rejected;
    }

    /** Alerts per severity, most urgent first, every severity present. */
    Map<Severity, Integer> alerts() {
        return alerts;
    }

    /** Whether some alert is at or above this severity. */
    boolean anyAtLeast(Severity severity) {
        return highest != null && highest.isAtLeast(severity);
    }
}
