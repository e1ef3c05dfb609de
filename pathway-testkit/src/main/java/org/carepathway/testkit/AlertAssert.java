package org.carepathway.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Category;
import org.carepathway.rules.Severity;

/**
 * Assertions on the alerts of one rule in a report, reached through {@link ReportAssert#hasAlert(String)}.
 * {@code forTransfer}, {@code forPlan} and {@code forConcern} narrow to the alerts about that subject (and fail when
 * there is none); the {@code with...} checks then hold for every alert left.
 */
public final class AlertAssert {
    private final ReportAssert report;
    private final String description;
    private final List<Alert> alerts;

    AlertAssert(ReportAssert report, String description, List<Alert> alerts) {
        this.report = report;
        this.description = description;
        this.alerts = List.copyOf(alerts);
    }

    /** Narrows to the alerts about this transfer. */
    public AlertAssert forTransfer(String transferId) {
        return narrow("transfer=" + transferId, a -> Objects.equals(a.transferId(), transferId));
    }

    /** Narrows to the alerts about this care plan. */
    public AlertAssert forPlan(String carePlanId) {
        return narrow("plan=" + carePlanId, a -> Objects.equals(a.carePlanId(), carePlanId));
    }

    /** Narrows to the alerts about this safeguarding concern. */
    public AlertAssert forConcern(String concernId) {
        return narrow("concern=" + concernId, a -> Objects.equals(a.concernId(), concernId));
    }

    /** Asserts the severity. */
    public AlertAssert withSeverity(Severity severity) {
        return every("severity", Alert::severity, severity);
    }

    /** Asserts the category. */
    public AlertAssert withCategory(Category category) {
        return every("category", Alert::category, category);
    }

    /** Asserts the provider expected to act. */
    public AlertAssert withProvider(String providerId) {
        return every("provider", Alert::providerId, providerId);
    }

    /** Asserts one piece of evidence; a list of enum constants compares by their names. */
    public AlertAssert withEvidence(String key, Object value) {
        Object expected = value instanceof List<?> list ? names(list) : value;
        return every("evidence " + key, a -> a.evidence().get(key), expected);
    }

    /** Asserts the {@code missing} evidence, in order: {@code withMissing(MEDICATION, BELONGINGS)}. */
    public AlertAssert withMissing(Object... missing) {
        return withEvidence("missing", Arrays.asList(missing));
    }

    /** Back to the whole report, to go on with other alerts. */
    public ReportAssert and() {
        return report;
    }

    private AlertAssert narrow(String subject, Predicate<Alert> about) {
        List<Alert> left = alerts.stream().filter(about).toList();
        String narrowed = description + " " + subject;
        if (left.isEmpty()) {
            report.failExpecting("an alert " + narrowed);
        }
        return new AlertAssert(report, narrowed, left);
    }

    private AlertAssert every(String field, Function<Alert, Object> read, Object expected) {
        for (Alert alert : alerts) {
            Object actual = read.apply(alert);
            if (!Objects.equals(actual, expected)) {
                report.failExpecting("alert " + AlertIdentity.of(alert) + " with " + field + " " + expected
                        + " (it has " + actual + ")");
            }
        }
        return this;
    }

    private static List<Object> names(List<?> values) {
        List<Object> names = new ArrayList<>();
        for (Object value : values) {
            names.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return names;
    }
}
