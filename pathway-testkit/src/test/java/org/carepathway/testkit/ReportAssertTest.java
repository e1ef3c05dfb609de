package org.carepathway.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.CARE_HOME;
import static org.carepathway.model.TransferItem.MEDICATION_LIST;
import static org.carepathway.model.TransferItem.PERSONAL_PROFILE;
import static org.carepathway.model.TransferItem.TRANSFER_REASON;
import static org.carepathway.testkit.AlertIdentity.alert;
import static org.carepathway.testkit.PathwayAssertions.assertThat;

import org.carepathway.rules.Category;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.Severity;
import org.carepathway.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportAssertTest {
    /** Only HO-001 for t1, missing MEDICATION and BELONGINGS (the care home is the transfer's from, so no DQ-003). */
    private static final ValidationReport RED_BAG_INCOMPLETE = PathwayValidator.builder().build().validate(
            PathwayStory.aPatient()
                    .admittedFrom(CARE_HOME, "VN1").to(ACUTE_HOSPITAL, "RR8").at("2026-11-20T10:00:00Z")
                    .carrying(PERSONAL_PROFILE, TRANSFER_REASON, MEDICATION_LIST)
                    .build(),
            TestTime.instant("2026-11-21T09:00:00Z"));
    private static final ValidationReport CLEAN = PathwayValidator.builder().build()
            .validate(PathwayStory.aPatient().build(), TestTime.instant("2026-11-21T09:00:00Z"));

    @Test
    void should_pass_on_the_alert_the_report_holds() {
        // when / then
        assertThat(RED_BAG_INCOMPLETE).hasAlert("HO-001").forTransfer("t1").withSeverity(Severity.HIGH)
                .withCategory(Category.HANDOVER).withProvider("VN1").withMissing("MEDICATION", "BELONGINGS")
                .and().hasOnlyRules("HO-001").hasNoAlert("MED-001")
                .hasExactlyAlerts(alert("HO-001").forTransfer("t1"));
        assertThat(CLEAN).hasNoAlerts().hasExactlyAlerts();
    }

    @Test
    void should_list_the_raised_alerts_when_the_expected_one_is_missing() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE).hasAlert("MED-001"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected an alert MED-001, but the report (pathway pathway-1, as of "
                        + "2026-11-21T09:00:00Z) has 1 alert(s):\n  HIGH HO-001 transfer=t1 provider=VN1 "
                        + "evidence={missing=[MEDICATION, BELONGINGS]}");
    }

    @Test
    void should_fail_when_no_alert_is_about_that_transfer() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE).hasAlert("HO-001").forTransfer("t2"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected an alert HO-001 transfer=t2, but")
                .hasMessageContaining("HIGH HO-001 transfer=t1");
    }

    @Test
    void should_fail_on_a_different_severity_naming_the_actual_one() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE).hasAlert("HO-001").withSeverity(Severity.LOW))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected alert HO-001 transfer=t1 with severity LOW (it has HIGH)");
    }

    @Test
    void should_fail_on_different_evidence() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE).hasAlert("HO-001").withMissing("BELONGINGS"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("with evidence missing [BELONGINGS] (it has [MEDICATION, BELONGINGS])");
    }

    @Test
    void should_fail_no_alerts_listing_what_was_raised() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE).hasNoAlerts())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected no alerts, but")
                .hasMessageContaining("HO-001 transfer=t1");
    }

    @Test
    void should_fail_only_rules_when_another_rule_fired_or_one_did_not() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE).hasOnlyRules("HO-001", "MED-001"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected alerts of exactly the rules [HO-001, MED-001]");
        assertThatThrownBy(() -> assertThat(CLEAN).hasAlert("HO-001"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has no alerts");
    }

    @Test
    void should_show_what_is_missing_and_what_is_unexpected() {
        // when / then
        assertThatThrownBy(() -> assertThat(RED_BAG_INCOMPLETE)
                .hasExactlyAlerts(alert("HO-003").forTransfer("t1").forPlan("cp1")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected but not raised: [HO-003 transfer=t1 plan=cp1]")
                .hasMessageContaining("raised but not expected: [HO-001 transfer=t1]");
    }
}
