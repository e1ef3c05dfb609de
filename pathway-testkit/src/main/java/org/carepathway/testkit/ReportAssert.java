package org.carepathway.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.carepathway.rules.Alert;
import org.carepathway.rules.ValidationReport;

/** AssertJ assertions on a {@link ValidationReport}; start with {@link PathwayAssertions#assertThat}. */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {
    ReportAssert(ValidationReport report) {
        super(report, ReportAssert.class);
    }

    /**
     * Asserts that the report holds at least one alert of this rule, and narrows to them: follow with
     * {@link AlertAssert#forTransfer}, {@link AlertAssert#withSeverity} and the like.
     */
    public AlertAssert hasAlert(String ruleId) {
        isNotNull();
        List<Alert> alerts = actual.alertsFor(ruleId);
        if (alerts.isEmpty()) {
            failWithMessage("Expected an alert %s, but %s", ruleId, raised());
        }
        return new AlertAssert(this, ruleId, alerts);
    }

    /** Asserts that no alert of this rule was raised. */
    public ReportAssert hasNoAlert(String ruleId) {
        isNotNull();
        if (!actual.alertsFor(ruleId).isEmpty()) {
            failWithMessage("Expected no alert %s, but %s", ruleId, raised());
        }
        return this;
    }

    /** Asserts that the report holds no alert at all. */
    public ReportAssert hasNoAlerts() {
        isNotNull();
        if (actual.hasAlerts()) {
            failWithMessage("Expected no alerts, but %s", raised());
        }
        return this;
    }

    /** Asserts that exactly these rules raised alerts (each at least once, and no other rule). */
    public ReportAssert hasOnlyRules(String... ruleIds) {
        isNotNull();
        Set<String> expected = new TreeSet<>(Arrays.asList(ruleIds));
        Set<String> actualRules = actual.alerts().stream().map(Alert::ruleId).collect(Collectors.toCollection(TreeSet::new));
        if (!expected.equals(actualRules)) {
            failWithMessage("Expected alerts of exactly the rules %s, but %s", expected, raised());
        }
        return this;
    }

    /**
     * Asserts that the report holds exactly alerts with these identities, in any order: each one raised and nothing
     * else. With no identities, the same as {@link #hasNoAlerts()}.
     */
    public ReportAssert hasExactlyAlerts(AlertIdentity... identities) {
        return hasExactlyAlerts(Arrays.asList(identities));
    }

    /** As {@link #hasExactlyAlerts(AlertIdentity...)}. */
    public ReportAssert hasExactlyAlerts(List<AlertIdentity> identities) {
        isNotNull();
        Set<AlertIdentity> expected = new LinkedHashSet<>(identities);
        Set<AlertIdentity> actualIds = new LinkedHashSet<>();
        actual.alerts().forEach(a -> actualIds.add(AlertIdentity.of(a)));
        List<AlertIdentity> missing = new ArrayList<>(expected);
        missing.removeAll(actualIds);
        List<AlertIdentity> unexpected = new ArrayList<>(actualIds);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            failWithMessage("Expected exactly the alerts %s%n  expected but not raised: %s%n  raised but not expected: %s%n"
                    + "but %s", expected, missing, unexpected, raised());
        }
        return this;
    }

    /** "the report (pathway p, as of t) has: ..." with one line per alert, for failure messages. */
    String raised() {
        String header = "the report (pathway " + actual.pathwayId() + ", as of " + actual.asOf() + ") has ";
        if (actual.alerts().isEmpty()) {
            return header + "no alerts";
        }
        return header + actual.alerts().size() + " alert(s):" + actual.alerts().stream()
                .map(ReportAssert::line).collect(Collectors.joining());
    }

    /** One alert in a failure message: severity, identity, provider and evidence. */
    static String line(Alert alert) {
        return "\n  " + alert.severity() + " " + AlertIdentity.of(alert)
                + (alert.providerId() == null ? "" : " provider=" + alert.providerId())
                + (alert.evidence().isEmpty() ? "" : " evidence=" + alert.evidence());
    }

    /** For {@link AlertAssert}: fails with the report's alerts appended. */
    void failExpecting(String expectation) {
        failWithMessage("Expected %s, but %s", expectation, raised());
    }
}
