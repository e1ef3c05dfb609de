package org.carepathway.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.carepathway.rules.Alert;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class RunnableExamplesTest {

    @Test
    void should_raise_red_bag_alerts_in_ValidateOneHandover() {
        // when
        ValidationReport report = ValidateOneHandover.validate();

        // then
        assertThat(report.pathwayId()).isEqualTo("PWY-2026-0417");
        assertThat(report.asOf()).isEqualTo(ExamplePathways.AS_OF);
        assertThat(report.alerts())
                .extracting(Alert::ruleId, Alert::transferId, Alert::providerId)
                .containsExactly(tuple("HO-001", "adm-1", "VLN2D"), tuple("HO-002", "dis-1", "RR801"));
        assertThat(report.alertsFor("HO-001").get(0).evidence())
                .containsEntry("missing", java.util.List.of("MEDICATION", "BELONGINGS"));
        assertThat(report.alertsFor("HO-002").get(0).evidence())
                .containsEntry("missing", java.util.List.of("MEDICATION"));
    }

    @Test
    void should_raise_LOCAL_001_in_WriteACustomRule() {
        // when
        ValidationReport report = WriteACustomRule.validate();

        // then
        assertThat(report.alerts())
                .extracting(Alert::ruleId, Alert::transferId, Alert::carePlanId, Alert::providerId)
                .containsExactly(tuple("LOCAL-001", "dis-1", null, "RR813"));
        assertThat(WriteACustomRule.validator().catalogue())
                .filteredOn(rule -> !rule.builtIn())
                .extracting(RuleDescriptor::id)
                .containsExactly("LOCAL-001");
    }

    @Test
    void should_print_alerts_from_the_mains() {
        // given
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // when
            ValidateOneHandover.main(new String[0]);
            WriteACustomRule.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        // then
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("HIGH HO-001 (transfer adm-1, for VLN2D)")
                .contains("HIGH HO-002 (transfer dis-1, for RR801)")
                .contains("custom rule LOCAL-001 HIGH CARE_PLAN")
                .contains("HIGH LOCAL-001 (transfer dis-1, for RR813)");
    }
}
