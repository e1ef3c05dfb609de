package org.carepathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.fhir.ReadUkCoreExamplesTest.accepted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carepathway.fhir.internal.Vocabulary;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per row of the mapping table in the module README, on the UK Core examples changed in code. */
class MappingTest {
    static final String DISCHARGE = UkCore.ENCOUNTER + "/discharge";
    static final String DESTINATION = UkCore.ENCOUNTER + "/destination";

    static Organization careHome() {
        Organization home = new Organization().setName("ROSE LODGE CARE HOME");
        home.setId("rose-lodge");
        home.addIdentifier().setSystem(Vocabulary.ODS_ORGANIZATION_CODE).setValue("VN123");
        return home;
    }

    static Coding ours(String system, String code) {
        return new Coding(system, code, null);
    }

    static Pathway read(Resource... resources) {
        return accepted(UkCore.read(UkCore.collection(List.of(resources))));
    }

    // ------------------------------------------------------------------ patient

    @Test
    void should_read_local_id_death_needs_and_flags_from_the_patient() {
        // given
        Patient patient = UkCore.patient();
        patient.getIdentifierFirstRep().setUse(Identifier.IdentifierUse.OLD);
        patient.addIdentifier().setSystem("https://trust.example.org/mrn").setValue("MRN-1");
        patient.setDeceased(new DateTimeType("2019-12-20T08:00:00+00:00"));
        patient.addExtension(Vocabulary.EXT_NEED, ours(Vocabulary.NEED, "MENTAL_HEALTH"));
        patient.addExtension(Vocabulary.EXT_NEED, ours(Vocabulary.NEED, "PERSONAL_CARE"));
        patient.addExtension(Vocabulary.EXT_SECTION_117_ELIGIBLE, new BooleanType(true));
        patient.addExtension(Vocabulary.EXT_SUICIDE_RISK, new BooleanType(true));
        patient.addExtension(Vocabulary.EXT_LACKS_CAPACITY, new BooleanType(false));

        // when
        Pathway pathway = read(patient, UkCore.hospital(), UkCore.encounter());

        // then: an NHS number marked old is not read
        assertThat(pathway.patient().nhsNumber()).isNull();
        assertThat(pathway.patient().localId()).isEqualTo("MRN-1");
        assertThat(pathway.patient().diedAt()).isEqualTo(Instant.parse("2019-12-20T08:00:00Z"));
        assertThat(pathway.patient().needs()).containsExactly(Need.MENTAL_HEALTH, Need.PERSONAL_CARE);
        assertThat(pathway.patient().section117Eligible()).isTrue();
        assertThat(pathway.patient().suicideRisk()).isTrue();
        assertThat(pathway.patient().lacksCapacity()).isFalse();
        assertThat(pathway.patient().consentToShare()).isNull();
    }

    @Test
    void should_use_the_patient_id_as_local_id_when_there_is_no_identifier() {
        // given
        Patient patient = UkCore.patient();
        patient.getIdentifier().clear();

        // when
        Pathway pathway = read(patient, UkCore.hospital(), UkCore.encounter());

        // then
        assertThat(pathway.patient().nhsNumber()).isNull();
        assertThat(pathway.patient().localId()).isEqualTo(UkCore.PATIENT);
    }

    // ------------------------------------------------------------------ organisations

    @Test
    void should_read_provider_type_cqc_registration_and_concerns_from_our_extensions() {
        // given
        Organization home = careHome();
        home.addType(new CodeableConcept(ours(Vocabulary.PROVIDER_TYPE, "NURSING_HOME")));
        home.addExtension(Vocabulary.EXT_CQC_REGISTERED, new BooleanType(true));
        home.addExtension(Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS, new IntegerType(3));
        Organization noOds = new Organization().setName("NO ODS CODE");
        noOds.setId("org-without-ods");

        // when
        Pathway pathway = read(UkCore.patient(), home, noOds);

        // then: what a bundle does not say stays unknown
        assertThat(pathway.providers()).containsExactly(
                new Provider("VN123", "ROSE LODGE CARE HOME", ProviderType.NURSING_HOME, true, 3),
                new Provider("org-without-ods", "NO ODS CODE", ProviderType.OTHER, null, 0));
    }

    @Test
    void should_keep_a_stated_type_over_the_inferred_acute_hospital() {
        // given
        Organization hospital = UkCore.hospital();
        hospital.addType(new CodeableConcept(ours(Vocabulary.PROVIDER_TYPE, "MENTAL_HEALTH_HOSPITAL")));

        // when
        Pathway pathway = read(UkCore.patient(), hospital, UkCore.encounter());

        // then
        assertThat(pathway.provider("RR8").orElseThrow().type()).isEqualTo(ProviderType.MENTAL_HEALTH_HOSPITAL);
    }

    // ------------------------------------------------------------------ encounters

    @ParameterizedTest(name = "discharge destination {0} -> {1}")
    @CsvSource({
        "19, OWN_HOME", "29, OWN_HOME",
        "54, CARE_HOME", "65, CARE_HOME", "85, CARE_HOME",
        "88, HOSPICE",
        "49, MENTAL_HEALTH_HOSPITAL", "50, MENTAL_HEALTH_HOSPITAL", "53, MENTAL_HEALTH_HOSPITAL",
        "84, MENTAL_HEALTH_HOSPITAL", "30, MENTAL_HEALTH_HOSPITAL", "48, MENTAL_HEALTH_HOSPITAL",
        "51, ACUTE_HOSPITAL", "52, ACUTE_HOSPITAL", "87, ACUTE_HOSPITAL",
        "37, OTHER", "38, OTHER", "66, OTHER", "99, OTHER"})
    void should_derive_the_destination_from_the_discharge_disposition(String code, ProviderType type) {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().getDischargeDisposition().getCodingFirstRep().setCode(code);

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(pathway.transfers()).extracting(Transfer::to).containsExactly(DESTINATION);
        assertThat(pathway.provider(DESTINATION).orElseThrow().type()).isEqualTo(type);
    }

    @Test
    void should_make_no_discharge_when_the_patient_died_in_hospital() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().getDischargeDisposition().getCodingFirstRep().setCode("79");

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(pathway.transfers()).isEmpty();
    }

    @Test
    void should_discharge_to_the_destination_organisation_with_the_items_that_travelled() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setDestination(new Reference("Organization/rose-lodge"));
        encounter.addExtension(Vocabulary.EXT_DISCHARGE_ITEM, ours(Vocabulary.TRANSFER_ITEM, "MEDICATION"));
        encounter.addExtension(Vocabulary.EXT_DISCHARGE_ITEM, ours(Vocabulary.TRANSFER_ITEM, "DISCHARGE_SUMMARY"));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), careHome(), encounter);

        // then
        assertThat(pathway.transfers()).containsExactly(new Transfer(DISCHARGE, TransferKind.DISCHARGE, "RR8", "VN123",
                Instant.parse("2019-12-11T13:00:00Z"),
                List.of(TransferItem.MEDICATION, TransferItem.DISCHARGE_SUMMARY)));
    }

    @Test
    void should_discharge_to_an_unrecorded_destination_when_nothing_says_where() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setDischargeDisposition(null);

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(pathway.provider(DESTINATION).orElseThrow())
                .isEqualTo(new Provider(DESTINATION, "Discharge destination not recorded", ProviderType.OTHER, null, 0));
    }

    @Test
    void should_admit_from_the_origin_organisation() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setOrigin(new Reference("Organization/rose-lodge"));
        encounter.addExtension(Vocabulary.EXT_ADMISSION_ITEM, ours(Vocabulary.TRANSFER_ITEM, "PERSONAL_PROFILE"));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), careHome(), encounter);

        // then
        assertThat(pathway.transfers()).contains(new Transfer(UkCore.ENCOUNTER + "/admission", TransferKind.ADMISSION,
                "VN123", "RR8", Instant.parse("2019-12-10T13:00:00Z"), List.of(TransferItem.PERSONAL_PROFILE)));
    }

    @ParameterizedTest(name = "source of admission {0} -> {1}")
    @CsvSource({"19, OWN_HOME", "54, CARE_HOME", "85, CARE_HOME", "88, HOSPICE", "53, MENTAL_HEALTH_HOSPITAL",
        "51, ACUTE_HOSPITAL", "39, OTHER"})
    void should_admit_from_a_place_derived_from_the_source_of_admission(String code, ProviderType type) {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setAdmitSource(new CodeableConcept(
                new Coding(Vocabulary.UKCORE_SOURCE_OF_ADMISSION, code, null)));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        Transfer admission = pathway.transfers().stream().filter(t -> t.kind() == TransferKind.ADMISSION)
                .findFirst().orElseThrow();
        assertThat(admission.from()).isEqualTo(UkCore.ENCOUNTER + "/origin");
        assertThat(pathway.provider(admission.from()).orElseThrow().type()).isEqualTo(type);
    }

    @Test
    void should_make_no_admission_when_the_source_is_not_known() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setAdmitSource(new CodeableConcept(
                new Coding(Vocabulary.UKCORE_SOURCE_OF_ADMISSION, "99", null)));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(pathway.transfers()).extracting(Transfer::kind).containsExactly(TransferKind.DISCHARGE);
    }

    @Test
    void should_make_only_an_admission_for_a_stay_in_progress() {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.setStatus(Encounter.EncounterStatus.INPROGRESS);
        encounter.getHospitalization().setOrigin(new Reference("Organization/rose-lodge"));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), careHome(), encounter);

        // then
        assertThat(pathway.transfers()).extracting(Transfer::kind).containsExactly(TransferKind.ADMISSION);
    }

    @Test
    void should_ignore_encounters_that_are_not_inpatient_stays_or_did_not_happen() {
        // given
        Encounter outpatient = UkCore.encounter();
        outpatient.getClass_().setCode("AMB");
        Encounter cancelled = UkCore.encounter();
        cancelled.setId("cancelled");
        cancelled.setStatus(Encounter.EncounterStatus.CANCELLED);

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), outpatient, cancelled);

        // then
        assertThat(pathway.transfers()).isEmpty();
    }

    @Test
    void should_read_a_contact_from_an_encounter_typed_with_a_contact_kind() {
        // given
        Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
                .setClass_(new Coding(Vocabulary.ACT_CODE, "HH", "home health"));
        visit.setId("visit-1");
        visit.addType(new CodeableConcept(ours(Vocabulary.CONTACT_KIND, "FOLLOW_UP")));
        visit.getPeriod().setStartElement(new DateTimeType("2019-12-12T10:00:00Z"));
        visit.setServiceProvider(new Reference("Organization/" + UkCore.GP));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.gpPractice(), visit);

        // then
        assertThat(pathway.contacts()).containsExactly(
                new Contact("visit-1", "GP5", Instant.parse("2019-12-12T10:00:00Z"), ContactKind.FOLLOW_UP));
    }

    @Test
    void should_read_the_most_restrictive_england_legal_status_of_the_last_stay() {
        // given: the example's extension, with an England coding for section 3 on discharge
        Encounter encounter = UkCore.encounter();
        Extension example = UkCore.example(UkCore.LEGAL_STATUS, Encounter.class)
                .getExtensionByUrl(Vocabulary.UKCORE_LEGAL_STATUS);
        Extension informal = example.copy();
        informal.getExtensionByUrl("legalStatusClassification").setValue(new CodeableConcept(
                new Coding(Vocabulary.UKCORE_LEGAL_STATUS_ENGLAND, "01", "Informal")));
        Extension section3 = example.copy();
        section3.getExtensionByUrl("legalStatusClassification").setValue(new CodeableConcept(
                new Coding(Vocabulary.UKCORE_LEGAL_STATUS_ENGLAND, "03", "Section 3")));
        encounter.addExtension(informal);
        encounter.addExtension(section3);
        Encounter earlier = UkCore.encounter();
        earlier.setId("earlier-stay");
        earlier.getPeriod().setStartElement(new DateTimeType("2018-01-01T10:00:00Z"))
                .setEndElement(new DateTimeType("2018-01-05T10:00:00Z"));
        earlier.addExtension(informal.copy());

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter, earlier);

        // then
        assertThat(pathway.patient().legalStatus()).isEqualTo("03");
    }

    // ------------------------------------------------------------------ care plans, consent, communications

    @Test
    void should_read_a_care_plan_with_our_extensions() {
        // given: the example plan, owned by the hospital and ending after it was created
        org.hl7.fhir.r4.model.CarePlan plan = UkCore.example(UkCore.CARE_PLAN, org.hl7.fhir.r4.model.CarePlan.class);
        plan.setAuthor(new Reference("Organization/" + UkCore.HOSPITAL));
        plan.getPeriod().setEndElement(new DateTimeType("2020-03-01"));
        plan.addCategory(new CodeableConcept(ours(Vocabulary.CARE_PLAN_TYPE, "LONG_TERM_CONDITION")));
        plan.addExtension(Vocabulary.EXT_REVIEW_DUE, new DateType("2020-02-15"));
        plan.addExtension(Vocabulary.EXT_CARE_COORDINATOR, new StringType("Paul Rastall"));
        plan.addExtension(Vocabulary.EXT_CARE_PLAN_SECTION, ours(Vocabulary.CARE_PLAN_SECTION, "OUTCOMES"));
        plan.addExtension(Vocabulary.EXT_SHARED_WITH, new Reference().setIdentifier(
                new Identifier().setSystem(Vocabulary.ODS_ORGANIZATION_CODE).setValue("GP5")));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), UkCore.gpPractice(), plan);

        // then: a date without a time starts at the start of the day (UTC); a period ends at the end of its last day
        assertThat(pathway.carePlans()).containsExactly(new CarePlan(UkCore.CARE_PLAN, CarePlanType.LONG_TERM_CONDITION,
                CarePlanStatus.ACTIVE, "RR8", Instant.parse("2020-02-01T00:00:00Z"),
                Instant.parse("2020-03-02T00:00:00Z"), LocalDate.of(2020, 2, 15), "Paul Rastall",
                List.of(CarePlanSection.OUTCOMES), List.of("GP5")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"draft, DRAFT", "active, ACTIVE", "on-hold, ACTIVE", "completed, COMPLETED", "revoked, CANCELLED"})
    void should_map_care_plan_statuses(String fhirStatus, CarePlanStatus status) {
        // given
        org.hl7.fhir.r4.model.CarePlan plan = UkCore.example(UkCore.CARE_PLAN, org.hl7.fhir.r4.model.CarePlan.class);
        plan.setAuthor(new Reference("Organization/" + UkCore.HOSPITAL));
        plan.setPeriod(null);
        plan.getStatusElement().setValueAsString(fhirStatus);

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), plan);

        // then: a plan without our type coding is OTHER
        assertThat(pathway.carePlans()).extracting(CarePlan::status, CarePlan::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(status, CarePlanType.OTHER));
    }

    @ParameterizedTest(name = "provision {0}, best interests {1} -> {2}")
    @CsvSource({"permit, false, GIVEN", "deny, false, REFUSED", "permit, true, BEST_INTERESTS"})
    void should_read_consent_to_share_from_an_active_privacy_consent(String provision, boolean bestInterests,
            ConsentToShare expected) {
        // given
        Consent consent = UkCore.consent();
        consent.getProvision().setType(Consent.ConsentProvisionType.fromCode(provision));
        if (bestInterests) {
            consent.addExtension(Vocabulary.EXT_BEST_INTERESTS, new BooleanType(true));
        }

        // when
        Pathway pathway = read(UkCore.patient(), consent);

        // then
        assertThat(pathway.patient().consentToShare()).isEqualTo(expected);
    }

    @Test
    void should_ignore_a_consent_that_is_not_active() {
        // given
        Consent consent = UkCore.consent();
        consent.setStatus(Consent.ConsentState.INACTIVE);

        // when
        Pathway pathway = read(UkCore.patient(), consent);

        // then
        assertThat(pathway.patient().consentToShare()).isNull();
    }

    @Test
    void should_read_a_sent_communication_about_the_discharge() {
        // given
        org.hl7.fhir.r4.model.Communication summary = new org.hl7.fhir.r4.model.Communication()
                .setStatus(org.hl7.fhir.r4.model.Communication.CommunicationStatus.COMPLETED)
                .setSender(new Reference("Organization/" + UkCore.HOSPITAL))
                .setSentElement(new DateTimeType("2019-12-11T15:00:00Z"));
        summary.setId("summary-1");
        summary.addCategory(new CodeableConcept(ours(Vocabulary.COMMUNICATION_TYPE, "DISCHARGE_SUMMARY")));
        summary.addRecipient(new Reference("Organization/" + UkCore.GP));
        summary.addAbout(new Reference("Encounter/" + UkCore.ENCOUNTER));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), UkCore.gpPractice(), UkCore.encounter(), summary);

        // then
        assertThat(pathway.communications()).containsExactly(new Communication("summary-1",
                CommunicationType.DISCHARGE_SUMMARY, "RR8", "GP5", Instant.parse("2019-12-11T15:00:00Z"), DISCHARGE,
                null));
    }

    @Test
    void should_read_a_safeguarding_concern_from_a_flag_coded_with_our_category_and_ignore_other_flags() {
        // given: the UK Core food allergy Flag, and a copy of it recoded as a safeguarding concern
        org.hl7.fhir.r4.model.Flag allergy = UkCore.example("UKCore-Flag-FoodAllergy-Example",
                org.hl7.fhir.r4.model.Flag.class);
        org.hl7.fhir.r4.model.Flag concern = allergy.copy();
        concern.setId("concern-1");
        concern.setCode(new CodeableConcept(ours(Vocabulary.SAFEGUARDING_CATEGORY, "NEGLECT")));
        concern.setAuthor(new Reference("Organization/" + UkCore.GP));
        concern.getPeriod().setStartElement(new DateTimeType("2019-12-12T09:00:00Z"));
        concern.addExtension(Vocabulary.EXT_CONCERN_ABOUT, new Reference("Organization/rose-lodge"));
        concern.addExtension(Vocabulary.EXT_REFERRED_TO_LOCAL_AUTHORITY, new DateTimeType("2019-12-12T15:00:00Z"));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.gpPractice(), careHome(), allergy, concern);

        // then
        assertThat(pathway.safeguardingConcerns()).containsExactly(new org.carepathway.model.SafeguardingConcern(
                "concern-1", org.carepathway.model.SafeguardingCategory.NEGLECT, "GP5",
                Instant.parse("2019-12-12T09:00:00Z"), "VN123", org.carepathway.model.ConcernStatus.OPEN,
                Instant.parse("2019-12-12T15:00:00Z"), null));
    }

    @ParameterizedTest(name = "HL7 discharge disposition {0} -> {1}")
    @CsvSource({"home, OWN_HOME", "alt-home, OWN_HOME", "hosp, HOSPICE", "long, CARE_HOME", "snf, NURSING_HOME",
        "psy, MENTAL_HEALTH_HOSPITAL", "other-hcf, OTHER", "rehab, OTHER", "aadvice, OTHER", "oth, OTHER"})
    void should_derive_the_destination_from_an_hl7_discharge_disposition(String code, ProviderType type) {
        // given: a Bundle from outside England
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setDischargeDisposition(new CodeableConcept(
                new Coding(Vocabulary.HL7_DISCHARGE_DISPOSITION, code, null)));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then
        assertThat(pathway.provider(DESTINATION).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "HL7 admit source {0} -> {1}")
    @CsvSource({"hosp-trans, ACUTE_HOSPITAL", "nursing, NURSING_HOME", "psych, MENTAL_HEALTH_HOSPITAL",
        "rehab, OTHER", "gp, ", "emd, "})
    void should_admit_from_a_place_derived_from_an_hl7_admit_source(String code, ProviderType type) {
        // given
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setAdmitSource(new CodeableConcept(
                new Coding(Vocabulary.HL7_ADMIT_SOURCE, code, null)));

        // when
        Pathway pathway = read(UkCore.patient(), UkCore.hospital(), encounter);

        // then: a referral source says who referred, not where the patient came from: no admission
        assertThat(pathway.provider(UkCore.ENCOUNTER + "/origin").map(Provider::type)).isEqualTo(
                java.util.Optional.ofNullable(type));
    }
}
