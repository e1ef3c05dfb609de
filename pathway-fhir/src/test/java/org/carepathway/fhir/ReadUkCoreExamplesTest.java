package org.carepathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Pathway;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.ReadResult;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferKind;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real UK Core examples, assembled into Bundles of every type, in JSON and XML. */
class ReadUkCoreExamplesTest {

    static Pathway accepted(BundleReading reading) {
        assertThat(reading.result().errors()).isEmpty();
        return ((ReadResult.Accepted) reading.result()).pathway();
    }

    @Test
    void should_read_the_patient_organisations_consent_and_inpatient_encounter() {
        // given
        Bundle bundle = UkCore.collection(UkCore.doneWhenExamples());

        // when
        Pathway pathway = accepted(UkCore.read(bundle));

        // then
        assertThat(pathway.id()).isEqualTo("bundle-collection");
        assertThat(pathway.patient().nhsNumber()).isEqualTo("9912003888");
        assertThat(pathway.patient().birthDate()).isEqualTo(LocalDate.of(1970, 9, 11));
        assertThat(pathway.patient().registeredGp()).isNull(); // the example Patient names no GP
        assertThat(pathway.patient().consentToShare()).isEqualTo(ConsentToShare.GIVEN);
        assertThat(pathway.patient().legalStatus()).isNull();
        assertThat(pathway.providers()).extracting(Provider::id, Provider::type, Provider::cqcRegistered).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RR8", ProviderType.ACUTE_HOSPITAL, null),
                org.assertj.core.groups.Tuple.tuple("GP5", ProviderType.OTHER, null),
                org.assertj.core.groups.Tuple.tuple(UkCore.ENCOUNTER + "/destination", ProviderType.OWN_HOME, null));
        assertThat(pathway.provider("RR8").orElseThrow().name()).isEqualTo("LEEDS TEACHING HOSPITALS NHS TRUST");
        assertThat(pathway.transfers()).containsExactly(new Transfer(UkCore.ENCOUNTER + "/discharge",
                TransferKind.DISCHARGE, "RR8", UkCore.ENCOUNTER + "/destination",
                Instant.parse("2019-12-11T13:00:00Z"), List.of()));
    }

    static Stream<Arguments> bundleTypesAndFormats() {
        return Stream.of(Bundle.BundleType.COLLECTION, Bundle.BundleType.TRANSACTION, Bundle.BundleType.DOCUMENT,
                        Bundle.BundleType.SEARCHSET, Bundle.BundleType.MESSAGE, Bundle.BundleType.BATCH)
                .flatMap(type -> Stream.of(UkCore.FullUrls.values())
                        .flatMap(urls -> Stream.of(Arguments.of(type, urls, true), Arguments.of(type, urls, false))));
    }

    @ParameterizedTest(name = "{0} with {1} full URLs, xml={2}")
    @MethodSource("bundleTypesAndFormats")
    void should_read_the_same_pathway_from_every_bundle_type_in_json_and_xml(Bundle.BundleType type,
            UkCore.FullUrls fullUrls, boolean xml) {
        // given
        Bundle bundle = UkCore.bundle(type, fullUrls, UkCore.doneWhenExamples());
        bundle.setId((String) null);
        Pathway expected = accepted(UkCore.read(UkCore.collection(UkCore.doneWhenExamples())));

        // when
        Pathway pathway = accepted(UkCore.FHIR.read(xml ? UkCore.xml(bundle) : UkCore.json(bundle)));

        // then: without a Bundle id the pathway is named after the Patient
        assertThat(pathway.id()).isEqualTo(UkCore.PATIENT);
        assertThat(pathway.patient()).isEqualTo(expected.patient());
        assertThat(pathway.providers()).isEqualTo(expected.providers());
        assertThat(pathway.transfers()).isEqualTo(expected.transfers());
    }

    @Test
    void should_infer_a_gp_practice_from_general_practitioner() {
        // given
        Patient patient = UkCore.patient();
        patient.addGeneralPractitioner(new Reference("Organization/" + UkCore.GP));
        List<Resource> resources = UkCore.doneWhenExamples();
        resources.set(0, patient);

        // when
        Pathway pathway = accepted(UkCore.read(UkCore.collection(resources)));

        // then
        assertThat(pathway.patient().registeredGp()).isEqualTo("GP5");
        assertThat(pathway.provider("GP5").orElseThrow().type()).isEqualTo(ProviderType.GP_PRACTICE);
    }

    @Test
    void should_read_from_several_threads_at_once_with_one_instance() throws Exception {
        // given
        String json = UkCore.json(UkCore.collection(UkCore.doneWhenExamples()));
        Pathway expected = accepted(UkCore.FHIR.read(json));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            // when
            List<java.util.concurrent.Future<BundleReading>> readings = pool.invokeAll(
                    java.util.Collections.nCopies(16, () -> UkCore.FHIR.read(json)));

            // then
            for (java.util.concurrent.Future<BundleReading> reading : readings) {
                assertThat(accepted(reading.get())).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_tell_a_bundle_from_a_pathway_by_its_content() {
        // then
        assertThat(FhirPathways.isFhirDocument("{\"type\": \"collection\", \"resourceType\": \"Bundle\"}")).isTrue();
        assertThat(FhirPathways.isFhirDocument("\uFEFF  <Bundle xmlns=\"http://hl7.org/fhir\"/>")).isTrue();
        assertThat(FhirPathways.isFhirDocument("{\"id\": \"p1\", \"patient\": {}, \"resourceType\": \"Bundle\"}"))
                .isFalse();
        // any FHIR resource goes to the FHIR reader, which says plainly that it is not a Bundle
        assertThat(FhirPathways.isFhirDocument("{\"resourceType\": \"Patient\"}")).isTrue();
        assertThat(FhirPathways.isFhirDocument("{\"id\": ")).isFalse();
        assertThat(FhirPathways.isFhirDocument("[]")).isFalse();
    }
}
