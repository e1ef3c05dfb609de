package org.carepathway.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.ListAssert;

/**
 * Checks on the alerts of one rule in a report, for the rule tests. Each check asserts at once and names the rule
 * in its failure message, so that a chain reads as the expected alert:
 *
 * <pre>{@code
 * expectAlert(report, "HO-001").severity(HIGH).category(HANDOVER)
 *         .transfer("t1").plan(null).concern(null).provider("CH1")
 *         .onlyMissing("BELONGINGS").hasMessage();
 * }</pre>
 */
final class AlertExpectations {
    private AlertExpectations() {
    }

    /** Asserts that the report holds exactly one alert of {@code ruleId}, and returns checks on it. */
    static AlertCheck expectAlert(ValidationReport report, String ruleId) {
        List<Alert> alerts = report.alertsFor(ruleId);
        assertThat(alerts).as("alerts of %s", ruleId).hasSize(1);
        return new AlertCheck(ruleId, alerts.get(0));
    }

    /** Asserts that the report holds no alert of {@code ruleId}. */
    static void expectNoAlert(ValidationReport report, String ruleId) {
        assertThat(report.alertsFor(ruleId)).as("alerts of %s", ruleId).isEmpty();
    }

    /** The alerts of {@code ruleId}, in report order, for checks on several of them. */
    static ListAssert<Alert> alertsOf(ValidationReport report, String ruleId) {
        return assertThat(report.alertsFor(ruleId)).as("alerts of %s", ruleId);
    }

    /** {@code [id]} if {@code raised}, else {@code []}: the ids a rule that may or may not fire should report. */
    static List<String> onlyIf(boolean raised, String id) {
        return raised ? List.of(id) : List.of();
    }

    /** Asserts that {@code ruleId} raised exactly one alert if {@code raised}, else none. */
    static void expectAlertIf(boolean raised, ValidationReport report, String ruleId) {
        alertsOf(report, ruleId).hasSize(raised ? 1 : 0);
    }

    /** Checks on one alert; every method asserts at once. */
    static final class AlertCheck {
        private final String ruleId;
        private final Alert alert;

        private AlertCheck(String ruleId, Alert alert) {
            this.ruleId = ruleId;
            this.alert = alert;
        }

        AlertCheck severity(Severity expected) {
            return isEqual("severity", alert.severity(), expected);
        }

        AlertCheck category(Category expected) {
            return isEqual("category", alert.category(), expected);
        }

        /** The transfer concerned; null for none. */
        AlertCheck transfer(String expected) {
            return isEqual("transferId", alert.transferId(), expected);
        }

        /** The care plan concerned; null for none. */
        AlertCheck plan(String expected) {
            return isEqual("carePlanId", alert.carePlanId(), expected);
        }

        /** The safeguarding concern concerned; null for none. */
        AlertCheck concern(String expected) {
            return isEqual("concernId", alert.concernId(), expected);
        }

        /** The provider expected to act; null for none. */
        AlertCheck provider(String expected) {
            return isEqual("providerId", alert.providerId(), expected);
        }

        /** Evidence {@code missing} is exactly {@code expected}, in that order; other evidence is not looked at. */
        AlertCheck missing(List<String> expected) {
            return isEqual("evidence.missing", alert.evidence().get("missing"), expected);
        }

        AlertCheck noEvidence() {
            assertThat(alert.evidence()).as("%s evidence", ruleId).isEmpty();
            return this;
        }

        /** Evidence {@code missing} is exactly {@code expected}, in that order; other evidence is not looked at. */
        AlertCheck missing(String... expected) {
            return missing(List.of(expected));
        }

        /** The only evidence is {@code missing}, and it is exactly {@code expected}, in that order. */
        AlertCheck onlyMissing(String... expected) {
            assertThat(alert.evidence()).as("%s evidence", ruleId).containsOnlyKeys("missing");
            return missing(expected);
        }

        AlertCheck hasMessage() {
            assertThat(alert.message()).as("%s message", ruleId).isNotBlank();
            return this;
        }

        /** The message is not blank and names every one of {@code ids} (the subjects it is about). */
        AlertCheck messageNames(String... ids) {
            hasMessage();
            for (String id : ids) {
                assertThat(alert.message()).as("%s message naming %s", ruleId, id).contains(id);
            }
            return this;
        }

        private AlertCheck isEqual(String field, Object actual, Object expected) {
            assertThat(actual).as("%s %s", ruleId, field).isEqualTo(expected);
            return this;
        }
    }
}
