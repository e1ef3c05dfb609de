package org.carepathway.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The alerts for one pathway, as of one instant. Alerts are de-duplicated by identity and ordered by severity
 * (most urgent first), then ruleId, transferId, carePlanId, concernId (absent before present).
 *
 * @param pathwayId the validated pathway's id
 * @param asOf the instant the pathway was validated as of
 * @param alerts the alerts, in report order
 */
public record ValidationReport(String pathwayId, Instant asOf, List<Alert> alerts) {
    public ValidationReport {
        Objects.requireNonNull(pathwayId, "pathwayId");
        Objects.requireNonNull(asOf, "asOf");
        alerts = List.copyOf(alerts);
    }

    /** Whether any rule raised an alert. */
    public boolean hasAlerts() {
        return !alerts.isEmpty();
    }

    /** The most urgent severity among the alerts, if any. */
    public Optional<Severity> highestSeverity() {
        return alerts.isEmpty() ? Optional.empty() : Optional.of(alerts.get(0).severity());
    }

    /** The alerts raised by this rule, in report order. */
    public List<Alert> alertsFor(String ruleId) {
        return alerts.stream().filter(a -> a.ruleId().equals(ruleId)).toList();
    }
}
