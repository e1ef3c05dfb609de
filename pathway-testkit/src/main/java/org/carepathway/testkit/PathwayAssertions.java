package org.carepathway.testkit;

import org.carepathway.rules.ValidationReport;

/**
 * The entry point of the AssertJ assertions on validation reports:
 *
 * <pre>{@code
 * import static org.carepathway.testkit.PathwayAssertions.assertThat;
 *
 * assertThat(report).hasAlert("HO-001").forTransfer("t1").withSeverity(Severity.HIGH);
 * assertThat(report).hasOnlyRules("HO-001", "MED-001");
 * assertThat(report).hasNoAlerts();
 * }</pre>
 *
 * <p>A failing assertion lists the alerts the report actually holds (rule id and subject ids), so the failure
 * explains itself.
 */
public final class PathwayAssertions {
    private PathwayAssertions() {
    }

    /** Assertions on a validation report. */
    public static ReportAssert assertThat(ValidationReport report) {
        return new ReportAssert(report);
    }
}
