package org.carepathway.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.carepathway.fhir.FhirPathways;
import org.carepathway.rules.Alert;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class ValidateAFhirBundleTest {

    @Test
    void should_raise_the_medicines_list_and_discharge_summary_alerts_for_the_uk_core_bundle() {
        // when
        ValidateAFhirBundle.Validated validated = ValidateAFhirBundle.validate(FhirPathways.create());

        // then
        assertThat(validated.report().pathwayId()).isEqualTo("uk-core-inpatient-discharge");
        assertThat(validated.report().alerts()).extracting(Alert::ruleId, Alert::transferId, Alert::providerId)
                .containsExactly(
                        tuple("MED-001", "UKCore-Encounter-InpatientEncounter-Example/discharge", "RR8"),
                        tuple("FU-003", "UKCore-Encounter-InpatientEncounter-Example/discharge", "RR8"));
    }

    @Test
    void should_print_the_alerts_and_a_fhir_bundle() {
        // given
        FhirPathways fhir = FhirPathways.create();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when
        ValidateAFhirBundle.print(fhir, new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then
        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("HIGH MED-001: ");
        assertThat(lines[1]).startsWith("MEDIUM FU-003: ");
        assertThat(fhir.context().newJsonParser().parseResource(Bundle.class, lines[2]).getEntry()).hasSize(3);
    }
}
