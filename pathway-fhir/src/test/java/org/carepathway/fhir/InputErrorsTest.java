package org.carepathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.carepathway.fhir.internal.Vocabulary;
import org.carepathway.model.InputError;
import org.carepathway.model.ReadResult;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Every kind of input error: where it is (a FHIRPath-like location) and what it says. */
class InputErrorsTest {

    private static List<InputError> errors(String text) {
        ReadResult result = UkCore.FHIR.read(text).result();
        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        return result.errors();
    }

    private static List<InputError> errors(Resource... resources) {
        return errors(UkCore.json(UkCore.collection(List.of(resources))));
    }

    @Test
    void should_reject_malformed_json_with_the_parser_message() {
        // when
        List<InputError> errors = errors("{\"resourceType\": \"Bundle\", \"type\": }");

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEmpty();
            assertThat(e.message()).startsWith("The document is not valid FHIR JSON: ").doesNotContain("HAPI-");
        });
    }

    @Test
    void should_reject_malformed_xml_with_the_parser_message() {
        // when
        List<InputError> errors = errors("<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>");

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEmpty();
            assertThat(e.message()).startsWith("The document is not valid FHIR XML: ");
        });
    }

    @Test
    void should_reject_a_resource_that_is_not_a_bundle() {
        // when
        List<InputError> errors = errors(UkCore.json(UkCore.collection(List.of())).replace("Bundle", "Patient"));

        // then
        assertThat(errors).containsExactly(new InputError("", "The document is a FHIR Patient, not a Bundle;"
                + " carepathway reads a Bundle holding the Patient and the resources of their journey."));
    }

    @Test
    void should_reject_text_that_is_neither_json_nor_xml() {
        // when
        List<InputError> errors = errors("Bundle: Richard Smith");

        // then
        assertThat(errors).extracting(InputError::pointer).containsExactly("");
    }

    @Test
    void should_reject_a_bundle_without_a_patient_or_with_two() {
        // when
        List<InputError> none = errors(UkCore.hospital());
        Patient other = UkCore.patient();
        other.setId("someone-else");
        List<InputError> two = errors(UkCore.patient(), other);

        // then
        assertThat(none).extracting(InputError::pointer).containsExactly("Bundle.entry");
        assertThat(two).extracting(InputError::pointer).containsExactly("Bundle.entry[1].resource");
        assertThat(two.get(0).message()).contains("second Patient");
    }

    @Test
    void should_reject_an_encounter_that_ends_before_it_starts() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getPeriod().setEndElement(new DateTimeType("2019-12-09T13:00:00+00:00"));

        // when
        List<InputError> errors = errors(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(errors).containsExactly(new InputError("Bundle.entry[2].resource.period.end", "The Encounter ends"
                + " (2019-12-09T13:00:00Z) before it starts (2019-12-10T13:00:00Z); correct period.start or period.end."));
    }

    @Test
    void should_reject_an_unknown_code_of_our_code_systems() {
        // given
        Organization hospital = UkCore.hospital();
        hospital.addType(new CodeableConcept(new Coding(Vocabulary.PROVIDER_TYPE, "CASTLE", null)));

        // when
        List<InputError> errors = errors(UkCore.patient(), hospital);

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("Bundle.entry[1].resource.type[0].coding[0].code");
            assertThat(e.message()).startsWith("'CASTLE' is not a code of " + Vocabulary.PROVIDER_TYPE)
                    .contains("ACUTE_HOSPITAL");
        });
    }

    @Test
    void should_reject_a_reference_to_a_missing_organisation_without_identifier() {
        // given: the example Encounter without its Organization in the Bundle
        // when
        List<InputError> errors = errors(UkCore.patient(), UkCore.encounter());

        // then: one fault, one error (not also "names no serviceProvider")
        assertThat(errors).extracting(InputError::pointer).containsExactly("Bundle.entry[1].resource.serviceProvider");
        assertThat(errors.get(0).message()).contains("'Organization/" + UkCore.HOSPITAL + "' leads to no resource");
    }

    @Test
    void should_reject_an_invalid_fhir_code_without_crashing() {
        // given
        String json = UkCore.json(UkCore.collection(List.of(UkCore.patient(), UkCore.hospital(), UkCore.encounter())))
                .replace("\"finished\"", "\"finshed\"");

        // when
        List<InputError> errors = errors(json);

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("Bundle");
            assertThat(e.message()).contains("'status'", "'finshed'").doesNotContain("HAPI-");
        });
    }

    @Test
    void should_reject_a_malformed_nhs_number_without_repeating_it() {
        // given
        Patient patient = UkCore.patient();
        patient.getIdentifierFirstRep().setValue("991 200 3888");

        // when
        List<InputError> errors = errors(patient);

        // then
        assertThat(errors).containsExactly(new InputError("Bundle.entry[0].resource.identifier[0].value",
                "The NHS number must be exactly 10 digits 0-9 without spaces, but it has 12 characters."));
    }

    @Test
    void should_reject_the_welsh_legal_status_of_the_uk_core_example() {
        // given: the example's extension as it is, coded in the Welsh classification
        Encounter encounter = UkCore.encounter();
        encounter.addExtension(UkCore.example(UkCore.LEGAL_STATUS, Encounter.class)
                .getExtensionByUrl(Vocabulary.UKCORE_LEGAL_STATUS));

        // when
        List<InputError> errors = errors(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("Bundle.entry[2].resource.extension('" + Vocabulary.UKCORE_LEGAL_STATUS
                    + "').extension('legalStatusClassification').value");
            assertThat(e.message()).contains("UKCore-LegalStatusClassificationWales",
                    Vocabulary.UKCORE_LEGAL_STATUS_ENGLAND);
        });
    }

    @Test
    void should_list_every_problem_of_the_uk_core_care_plan_example() {
        // given: written by a Practitioner, and ending a month before it was created
        org.hl7.fhir.r4.model.CarePlan plan = UkCore.example(UkCore.CARE_PLAN, org.hl7.fhir.r4.model.CarePlan.class);

        // when
        List<InputError> errors = errors(UkCore.patient(), plan);

        // then
        assertThat(errors).extracting(InputError::pointer).containsExactly(
                "Bundle.entry[1].resource.author", "Bundle.entry[1].resource.period.end");
        assertThat(errors.get(1).message()).isEqualTo("The CarePlan ends (2020-01-02T00:00:00Z) before it was"
                + " created (2020-02-01T00:00:00Z); correct period.end or created.");
    }

    @Test
    void should_reject_an_unknown_discharge_destination_code() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().getDischargeDisposition().getCodingFirstRep().setCode("77");

        // when
        List<InputError> errors = errors(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(errors).extracting(InputError::pointer)
                .containsExactly("Bundle.entry[2].resource.hospitalization.dischargeDisposition.coding[0].code");
        assertThat(errors.get(0).message()).startsWith("'77' is not a code of " + Vocabulary.UKCORE_DISCHARGE_DESTINATION);
    }

    @Test
    void should_reject_times_without_an_offset_and_partial_dates() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getPeriod().getEndElement().setValueAsString("2019-12-11T13:00:00");
        Patient patient = UkCore.patient();
        patient.getBirthDateElement().setValueAsString("1970-09");

        // when
        List<InputError> errors = errors(
                UkCore.json(UkCore.collection(List.of(patient, UkCore.hospital(), encounter))));

        // then: in document order
        assertThat(errors).extracting(InputError::pointer).containsExactly(
                "Bundle.entry[0].resource.birthDate", "Bundle.entry[2].resource.period.end");
        assertThat(errors.get(1).message()).contains("not a date-time with an offset");
    }

    @Test
    void should_reject_a_finished_stay_without_an_end_and_a_discharge_to_itself() {
        // given
        Encounter unended = UkCore.encounter();
        unended.getPeriod().setEnd(null);
        Encounter toItself = UkCore.encounter();
        toItself.setId("to-itself");
        toItself.getHospitalization().setDestination(new Reference("Organization/" + UkCore.HOSPITAL));

        // when
        List<InputError> errors = errors(UkCore.patient(), UkCore.hospital(), unended, toItself);

        // then
        assertThat(errors).extracting(InputError::pointer).containsExactly("Bundle.entry[2].resource.period.end",
                "Bundle.entry[3].resource.hospitalization.destination");
    }

    @Test
    void should_reject_references_to_another_patient_and_two_gp_practices() {
        // given
        Patient patient = UkCore.patient();
        patient.addGeneralPractitioner(new Reference("Organization/" + UkCore.GP));
        patient.addGeneralPractitioner(new Reference("Organization/" + UkCore.HOSPITAL));
        Encounter encounter = UkCore.encounter();
        encounter.setSubject(new Reference().setIdentifier(
                new org.hl7.fhir.r4.model.Identifier().setSystem(Vocabulary.NHS_NUMBER).setValue("9000000009")));
        List<Resource> resources = new ArrayList<>(List.of(patient, UkCore.gpPractice(), UkCore.hospital(), encounter));

        // when
        List<InputError> errors = errors(resources.toArray(Resource[]::new));

        // then
        assertThat(errors).extracting(InputError::pointer).contains("Bundle.entry[0].resource.generalPractitioner[1]",
                "Bundle.entry[3].resource.subject");
    }

    @Test
    void should_reject_an_impossible_birth_date_and_skip_an_encounter_without_a_class() {
        // given
        String json = UkCore.json(UkCore.collection(List.of(UkCore.patient(), UkCore.hospital(), UkCore.encounter())))
                .replace("\"1970-09-11\"", "\"1970-02-30\"")
                .replace("\"code\": \"IMP\",", "");

        // when
        List<InputError> errors = errors(json);

        // then: HAPI reports the value, the mapping the field; the Encounter without a class is no stay, no crash
        assertThat(json).doesNotContain("IMP");
        assertThat(errors).extracting(InputError::pointer)
                .containsExactly("Bundle", "Bundle.entry[0].resource.birthDate");
    }

    @Test
    void should_reject_a_plan_without_a_creation_time_and_a_sent_communication_without_a_time() {
        // given
        org.hl7.fhir.r4.model.CarePlan plan = UkCore.example(UkCore.CARE_PLAN, org.hl7.fhir.r4.model.CarePlan.class);
        plan.setAuthor(new Reference("Organization/" + UkCore.HOSPITAL));
        plan.setPeriod(null);
        plan.setCreatedElement(null);
        org.hl7.fhir.r4.model.Communication letter = new org.hl7.fhir.r4.model.Communication()
                .setStatus(org.hl7.fhir.r4.model.Communication.CommunicationStatus.COMPLETED)
                .setSender(new Reference("Organization/" + UkCore.HOSPITAL));
        letter.addRecipient(new Reference("Organization/" + UkCore.GP));

        // when
        List<InputError> errors = errors(UkCore.patient(), UkCore.hospital(), UkCore.gpPractice(), plan, letter);

        // then
        assertThat(errors).containsExactly(
                new InputError("Bundle.entry[3].resource.period.start",
                        "The CarePlan has neither created nor period.start; add when it was created."),
                new InputError("Bundle.entry[4].resource.sent",
                        "The completed Communication has no sent time; add it."));
    }

    @Test
    void should_reject_a_member_named_twice_in_one_object_at_its_location() {
        // given: a Bundle that says two things at once; HAPI alone would keep the last
        String bundle = "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\":"
                + " {\"resourceType\": \"Patient\", \"id\": \"p1\", \"birthDate\": \"1950-01-01\","
                + " \"birthDate\": \"1960-01-01\"}}], \"type\": \"collection\"}";

        // when
        List<InputError> errors = errors(bundle);

        // then
        assertThat(errors).contains(
                new InputError("Bundle.entry[0].resource.birthDate", "The member 'birthDate' appears more than once in"
                        + " the same object; keep only one of them."),
                new InputError("Bundle.type", "The member 'type' appears more than once in the same object; keep only"
                        + " one of them."));
    }
}
