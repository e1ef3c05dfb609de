package org.carepathway.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carepathway.fhir.FhirPathways;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's "done when": a Bundle assembled from the UK Core Patient, Organizations, Consent and inpatient
 * Encounter examples validates through the CLI with the same alerts as the hand-written JSON form of the same
 * pathway, and {@code --format fhir} parses back with HAPI.
 */
class FhirCliTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AS_OF = "2020-01-31T12:00:00Z";
    private static final String ENCOUNTER = "UKCore-Encounter-InpatientEncounter-Example";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("validate", "--as-of", AS_OF));
        all.addAll(List.of(args));
        int status = PathwayCli.run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static String resource(String name) {
        try (InputStream in = FhirCliTest.class.getResourceAsStream("/fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Resource example(String name) {
        return (Resource) FHIR.newXmlParser().parseResource(resource(name + ".xml"));
    }

    /** The five examples, as a Bundle of the given type with urn:uuid full URLs. */
    private static Bundle doneWhenBundle(Bundle.BundleType type, boolean patientHasGp) {
        Patient patient = (Patient) example("UKCore-Patient-RichardSmith-Example");
        if (patientHasGp) {
            patient.addGeneralPractitioner(new Reference("Organization/UKCore-Organization-WhiteRoseMedicalCentre-Example"));
        }
        Bundle bundle = new Bundle().setType(type);
        bundle.getIdentifier().setSystem("https://vendor.example.org/bundles").setValue("uk-core-inpatient-discharge");
        for (Resource resource : List.of(patient, example("UKCore-Organization-LeedsTeachingHospital-Example"),
                example("UKCore-Organization-WhiteRoseMedicalCentre-Example"),
                example("UKCore-Consent-ForInformationAccess-Example"), example(ENCOUNTER))) {
            String typeAndId = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            bundle.addEntry().setResource(resource).setFullUrl("urn:uuid:"
                    + UUID.nameUUIDFromBytes(typeAndId.getBytes(StandardCharsets.UTF_8)));
        }
        return bundle;
    }

    private Path write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private static List<JsonNode> alertsOfEachResult(Run run) throws IOException {
        List<JsonNode> alerts = new ArrayList<>();
        for (JsonNode result : JSON.readTree(run.out()).get("results")) {
            assertThat(result.get("errors")).as(result.toString()).isEmpty();
            alerts.add(result.get("alerts"));
        }
        return alerts;
    }

    @Test
    void should_raise_the_same_alerts_for_the_uk_core_bundle_as_for_its_json_form() throws IOException {
        // given
        Path bundle = write("bundle.json", FHIR.newJsonParser().encodeResourceToString(
                doneWhenBundle(Bundle.BundleType.COLLECTION, false)));
        Path xml = write("bundle.xml", FHIR.newXmlParser().encodeResourceToString(
                doneWhenBundle(Bundle.BundleType.TRANSACTION, false)));
        Path pathway = write("pathway.json", resource("uk-core-inpatient-discharge.pathway.json"));

        // when
        Run run = validate("--format", "json", bundle.toString(), xml.toString(), pathway.toString());

        // then
        assertThat(run.status()).isZero();
        List<JsonNode> alerts = alertsOfEachResult(run);
        assertThat(alerts.get(2)).extracting(a -> a.get("ruleId").asText()).containsExactly("IS-002", "MED-001");
        assertThat(alerts.get(0)).isEqualTo(alerts.get(2));
        assertThat(alerts.get(1)).isEqualTo(alerts.get(2));
        assertThat(JSON.readTree(run.out()).get("results").get(0).get("pathwayId").asText())
                .isEqualTo("uk-core-inpatient-discharge");
    }

    @Test
    void should_raise_the_same_alerts_when_the_patient_names_a_gp_practice() throws IOException {
        // given: a document Bundle on one NDJSON line, next to the JSON form
        String bundle = FHIR.newJsonParser().encodeResourceToString(doneWhenBundle(Bundle.BundleType.DOCUMENT, true));
        String pathway = JSON.readTree(resource("uk-core-inpatient-discharge-with-gp.pathway.json")).toString();
        Path lines = write("both.ndjson", bundle + "\n" + pathway + "\n");

        // when
        Run run = validate("--format", "json", lines.toString());

        // then: the discharge summary to the GP is overdue, and the GP is no longer missing
        List<JsonNode> alerts = alertsOfEachResult(run);
        assertThat(alerts.get(1)).extracting(a -> a.get("ruleId").asText()).containsExactly("MED-001", "FU-003");
        assertThat(alerts.get(0)).isEqualTo(alerts.get(1));
    }

    @Test
    void should_write_a_fhir_bundle_per_result_that_parses_back_with_hapi() throws IOException {
        // given
        Bundle source = doneWhenBundle(Bundle.BundleType.COLLECTION, false);
        Path bundle = write("bundle.json", FHIR.newJsonParser().encodeResourceToString(source));
        Path broken = write("broken.xml", "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>"
                + "<entry><resource><Patient><id value=\"p\"/></Patient></resource></entry></Bundle>");

        // when
        Run run = validate("--format", "fhir", bundle.toString(), broken.toString());

        // then: one Bundle per line, in input order; the summary on stderr; exit 2 for the rejected input
        assertThat(run.status()).isEqualTo(2);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        Bundle first = FHIR.newJsonParser().parseResource(Bundle.class, lines[0]);
        OperationOutcome outcome = (OperationOutcome) first.getEntry().get(0).getResource();
        assertThat(outcome.getExtensionByUrl(FhirPathways.INPUT_SOURCE_EXTENSION).getValue().primitiveValue())
                .isEqualTo(bundle.toString());
        assertThat(outcome.getIssue()).extracting(i -> i.getDetails().getCodingFirstRep().getCode())
                .containsExactly("IS-002", "MED-001");
        DetectedIssue medicines = (DetectedIssue) first.getEntry().get(2).getResource();
        assertThat(medicines.getImplicated()).extracting(Reference::getReference)
                .containsExactly(source.getEntry().get(4).getFullUrl(), source.getEntry().get(1).getFullUrl());
        Bundle second = FHIR.newJsonParser().parseResource(Bundle.class, lines[1]);
        OperationOutcome rejected = (OperationOutcome) second.getEntry().get(0).getResource();
        assertThat(rejected.getIssue()).extracting(i -> i.getExpression().get(0).getValue())
                .containsExactly("Bundle.entry[0].resource.birthDate");
        assertThat(JSON.readTree(run.err()).get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void should_show_the_fhir_location_of_each_error_in_text() throws IOException {
        // given
        Path broken = write("broken.json", "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}");

        // when
        Run run = validate(broken.toString());

        // then
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("ERROR     at \"Bundle.entry\": The Bundle holds no Patient resource");
    }

    @Test
    void should_leave_xml_files_in_directories_alone() throws IOException {
        // given
        write("pom.xml", "<project/>");
        write("pathway.json", resource("uk-core-inpatient-discharge.pathway.json"));

        // when
        Run run = validate("--format", "json", dir.toString());

        // then
        assertThat(JSON.readTree(run.out()).get("results")).hasSize(1);
    }
}
