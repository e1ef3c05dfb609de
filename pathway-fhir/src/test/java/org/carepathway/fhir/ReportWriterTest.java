package org.carepathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.fhir.ReadUkCoreExamplesTest.accepted;

import java.time.Instant;
import java.util.List;
import org.carepathway.fhir.internal.Vocabulary;
import org.carepathway.model.InputError;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** Reports written as FHIR, and parsed back with HAPI. */
class ReportWriterTest {
    private static final Instant AS_OF = Instant.parse("2020-01-31T12:00:00Z");
    private static final PathwayValidator VALIDATOR = PathwayValidator.builder().build();

    @Test
    void should_write_an_operation_outcome_and_a_detected_issue_per_alert_that_parse_back() {
        // given
        Bundle source = UkCore.collection(UkCore.doneWhenExamples());
        BundleReading reading = UkCore.read(source);
        ValidationReport report = VALIDATOR.validate(accepted(reading), AS_OF);

        // when
        String json = UkCore.FHIR.toJson(UkCore.FHIR.report(report, reading.links()));
        Bundle parsed = (Bundle) UkCore.CONTEXT.newJsonParser().parseResource(json);

        // then
        assertThat(report.alerts()).extracting(a -> a.ruleId()).containsExactly("IS-002", "MED-001");
        assertThat(parsed.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        OperationOutcome outcome = (OperationOutcome) parsed.getEntry().get(0).getResource();
        assertThat(outcome.getIssue()).extracting(i -> i.getDetails().getCodingFirstRep().getCode(),
                i -> i.getSeverity(), i -> i.getCode()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IS-002", OperationOutcome.IssueSeverity.ERROR,
                        OperationOutcome.IssueType.BUSINESSRULE),
                org.assertj.core.groups.Tuple.tuple("MED-001", OperationOutcome.IssueSeverity.ERROR,
                        OperationOutcome.IssueType.BUSINESSRULE));
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getSystem()).isEqualTo(Vocabulary.RULE);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo(report.alerts().get(0).message());
        DetectedIssue medicines = (DetectedIssue) parsed.getEntry().get(2).getResource();
        String encounterUrl = source.getEntry().get(4).getFullUrl();
        String hospitalUrl = source.getEntry().get(1).getFullUrl();
        assertThat(medicines.getCode().getCodingFirstRep().getCode()).isEqualTo("MED-001");
        assertThat(medicines.getSeverity()).isEqualTo(DetectedIssue.DetectedIssueSeverity.HIGH);
        assertThat(medicines.getPatient().getReference()).isEqualTo(source.getEntry().get(0).getFullUrl());
        assertThat(medicines.getImplicated()).extracting(Reference::getReference)
                .containsExactly(encounterUrl, hospitalUrl);
        assertThat(medicines.getIdentifiedDateTimeType().getValueAsString()).isEqualTo("2020-01-31T12:00:00Z");
        assertThat(medicines.getExtensionByUrl(Vocabulary.EXT_ALERT_SEVERITY).getValue().primitiveValue())
                .isEqualTo("HIGH");
    }

    @Test
    void should_map_every_severity() {
        // then: OperationOutcome has no "critical"; the exact severity travels in an extension
        for (org.carepathway.rules.Severity severity : org.carepathway.rules.Severity.values()) {
            // given
            org.carepathway.rules.Alert alert = new org.carepathway.rules.Alert("X-001", severity,
                    org.carepathway.rules.Category.DATA_QUALITY, "t", "m", "g", null, null, null, null, null);
            ValidationReport report = new ValidationReport("p", AS_OF, List.of(alert));

            // when
            Bundle bundle = UkCore.FHIR.report(report, ResourceLinks.none());

            // then
            OperationOutcome.IssueSeverity expected = switch (severity) {
                case CRITICAL, HIGH -> OperationOutcome.IssueSeverity.ERROR;
                case MEDIUM -> OperationOutcome.IssueSeverity.WARNING;
                case LOW -> OperationOutcome.IssueSeverity.INFORMATION;
            };
            assertThat(((OperationOutcome) bundle.getEntryFirstRep().getResource()).getIssueFirstRep().getSeverity())
                    .isEqualTo(expected);
        }
    }

    @Test
    void should_refer_to_a_pathway_read_from_json_by_its_own_ids() {
        // given
        org.carepathway.rules.Alert alert = new org.carepathway.rules.Alert("HO-002",
                org.carepathway.rules.Severity.HIGH, org.carepathway.rules.Category.HANDOVER, "t", "m", "g", "t1",
                null, null, "RR8", java.util.Map.of("missing", List.of("MEDICATION", "BELONGINGS")));

        // when
        Bundle bundle = UkCore.FHIR.report(new ValidationReport("p1", AS_OF, List.of(alert)), ResourceLinks.none());

        // then
        DetectedIssue issue = (DetectedIssue) bundle.getEntry().get(1).getResource();
        assertThat(issue.getImplicated()).extracting(r -> r.getIdentifier().getSystem(), r -> r.getIdentifier().getValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Vocabulary.ID_PATHWAY_PREFIX + "transfer", "t1"),
                        org.assertj.core.groups.Tuple.tuple(Vocabulary.ID_PATHWAY_PREFIX + "provider", "RR8"));
        assertThat(issue.getEvidenceFirstRep().getCode()).extracting(c -> c.getText())
                .containsExactly("missing: MEDICATION", "missing: BELONGINGS");
        assertThat(issue.getIdentifierFirstRep().getValue()).isEqualTo("p1|HO-002|t1||"); // absent parts empty, never "null"
    }

    @Test
    void should_write_input_errors_with_their_locations_and_no_alerts_as_information() {
        // given
        List<InputError> errors = List.of(new InputError("Bundle.entry[2].resource.period.end", "ends before"),
                new InputError("/transfers/0/to", "not listed"));
        Pathway noAlerts = accepted(UkCore.read(UkCore.collection(List.of(UkCore.patient()))));

        // when
        Bundle rejected = UkCore.FHIR.rejection(null, errors);
        Bundle clean = UkCore.FHIR.report(VALIDATOR.validate(noAlerts, AS_OF), ResourceLinks.none());

        // then
        OperationOutcome outcome = (OperationOutcome) rejected.getEntryFirstRep().getResource();
        assertThat(outcome.getIssue()).extracting(i -> i.getSeverity(), i -> i.getDiagnostics()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OperationOutcome.IssueSeverity.ERROR, "ends before"),
                org.assertj.core.groups.Tuple.tuple(OperationOutcome.IssueSeverity.ERROR, "not listed"));
        assertThat(outcome.getIssue().get(0).getExpression().get(0).getValue())
                .isEqualTo("Bundle.entry[2].resource.period.end");
        assertThat(outcome.getIssue().get(1).getLocation().get(0).getValue()).isEqualTo("/transfers/0/to");
        assertThat(((OperationOutcome) clean.getEntryFirstRep().getResource()).getIssue())
                .extracting(i -> i.getSeverity()).containsExactly(OperationOutcome.IssueSeverity.INFORMATION);
        assertThat(clean.getEntry()).hasSize(1);
    }

    @Test
    void should_write_the_same_result_the_same_way() {
        // given
        BundleReading reading = UkCore.read(UkCore.collection(UkCore.doneWhenExamples()));
        ValidationReport report = VALIDATOR.validate(accepted(reading), AS_OF);

        // when
        String first = UkCore.FHIR.toJson(UkCore.FHIR.report(report, reading.links()));
        String second = UkCore.FHIR.toJson(UkCore.FHIR.report(report, reading.links()));

        // then
        assertThat(first).isEqualTo(second);
        assertThat(UkCore.CONTEXT.newXmlParser().parseResource(UkCore.FHIR.toXml(UkCore.FHIR.report(report,
                reading.links())))).isInstanceOf(Bundle.class);
    }

    @Test
    void should_implicate_the_flag_behind_a_safeguarding_alert() {
        // given: an open concern raised by the GP practice, never referred to the local authority
        org.hl7.fhir.r4.model.Patient patient = UkCore.patient();
        patient.addExtension(Vocabulary.EXT_NEED, new org.hl7.fhir.r4.model.Coding(Vocabulary.NEED, "DEMENTIA", null));
        org.hl7.fhir.r4.model.Flag concern = new org.hl7.fhir.r4.model.Flag()
                .setStatus(org.hl7.fhir.r4.model.Flag.FlagStatus.ACTIVE)
                .setCode(new org.hl7.fhir.r4.model.CodeableConcept(
                        new org.hl7.fhir.r4.model.Coding(Vocabulary.SAFEGUARDING_CATEGORY, "FINANCIAL", null)))
                .setAuthor(new Reference("Organization/" + UkCore.GP));
        concern.setId("concern-1");
        concern.getPeriod().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2020-01-02T09:00:00Z"));
        Bundle source = UkCore.collection(List.of(patient, UkCore.gpPractice(), concern));
        BundleReading reading = UkCore.read(source);

        // when
        Bundle bundle = UkCore.FHIR.report(VALIDATOR.validate(accepted(reading), AS_OF), reading.links());

        // then
        DetectedIssue issue = (DetectedIssue) bundle.getEntry().get(1).getResource();
        assertThat(issue.getCode().getCodingFirstRep().getCode()).isEqualTo("SG-001");
        assertThat(issue.getImplicated()).extracting(Reference::getReference)
                .containsExactly(source.getEntry().get(2).getFullUrl(), source.getEntry().get(1).getFullUrl());
    }

    @Test
    void should_reference_an_organisation_known_only_by_its_ods_code_by_identifier_not_by_a_conditional_url() {
        // given: a provider read from a logical reference (an ODS code, no Organization in the Bundle)
        org.carepathway.rules.Alert alert = new org.carepathway.rules.Alert("HO-002",
                org.carepathway.rules.Severity.HIGH, org.carepathway.rules.Category.HANDOVER, "t", "m", "g", "t1",
                null, null, "RR8", java.util.Map.of());
        ResourceLinks links = new ResourceLinks(null, java.util.Map.of("RR8",
                "Organization?identifier=" + Vocabulary.ODS_ORGANIZATION_CODE + "|RR8"), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of());

        // when
        Bundle bundle = UkCore.FHIR.report(new ValidationReport("p1", AS_OF, List.of(alert)), links);

        // then: a conditional reference means something only inside a transaction
        DetectedIssue issue = (DetectedIssue) bundle.getEntry().get(1).getResource();
        Reference provider = issue.getImplicated().get(1);
        assertThat(provider.hasReference()).isFalse();
        assertThat(provider.getType()).isEqualTo("Organization");
        assertThat(provider.getIdentifier().getSystem()).isEqualTo(Vocabulary.ODS_ORGANIZATION_CODE);
        assertThat(provider.getIdentifier().getValue()).isEqualTo("RR8");
    }
}
