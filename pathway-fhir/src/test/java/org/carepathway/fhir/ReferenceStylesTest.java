package org.carepathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carepathway.fhir.ReadUkCoreExamplesTest.accepted;

import java.util.ArrayList;
import java.util.List;
import org.carepathway.fhir.internal.Vocabulary;
import org.carepathway.model.Pathway;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.Transfer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Every way a vendor's Bundle refers to the hospital that discharged the patient. */
class ReferenceStylesTest {

    private static Pathway readWithServiceProvider(UkCore.FullUrls fullUrls, Reference serviceProvider,
            boolean withHospital) {
        Encounter encounter = UkCore.encounter();
        encounter.setServiceProvider(serviceProvider);
        List<Resource> resources = new ArrayList<>(List.of(UkCore.patient(), encounter));
        if (withHospital) {
            resources.add(UkCore.hospital());
        }
        return accepted(UkCore.read(UkCore.bundle(Bundle.BundleType.COLLECTION, fullUrls, resources)));
    }

    private static String dischargedBy(Pathway pathway) {
        return pathway.transfers().stream().map(Transfer::from).findFirst().orElseThrow();
    }

    @Test
    void should_resolve_a_urn_uuid_reference() {
        // given
        Bundle probe = UkCore.bundle(Bundle.BundleType.COLLECTION, UkCore.FullUrls.URN_UUID, List.of(UkCore.hospital()));
        Reference reference = new Reference(probe.getEntryFirstRep().getFullUrl());

        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.URN_UUID, reference, true);

        // then
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_resolve_a_relative_reference() {
        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.ABSOLUTE,
                new Reference("Organization/" + UkCore.HOSPITAL), true);

        // then
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_resolve_an_absolute_reference_to_another_base_by_its_type_and_id() {
        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.URN_UUID,
                new Reference("https://other.example.org/fhir/Organization/" + UkCore.HOSPITAL), true);

        // then
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_resolve_a_versioned_reference() {
        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.ABSOLUTE,
                new Reference("https://fhir.example.org/R4/Organization/" + UkCore.HOSPITAL + "/_history/3"), true);

        // then
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_resolve_a_contained_organisation() {
        // given
        Encounter encounter = UkCore.encounter();
        Organization contained = UkCore.hospital();
        contained.setId("hospital");
        encounter.addContained(contained);
        encounter.setServiceProvider(new Reference("#hospital"));

        // when
        Pathway pathway = accepted(UkCore.read(UkCore.collection(List.of(UkCore.patient(), encounter))));

        // then
        assertThat(pathway.provider("RR8").orElseThrow().name()).isEqualTo("LEEDS TEACHING HOSPITALS NHS TRUST");
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_make_a_provider_of_an_organisation_known_only_by_its_ods_code() {
        // given
        Reference byOdsCode = new Reference().setDisplay("LEEDS TEACHING HOSPITALS NHS TRUST")
                .setIdentifier(new Identifier().setSystem(Vocabulary.ODS_ORGANIZATION_CODE).setValue("RR8"));

        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.URN_UUID, byOdsCode, false);

        // then: the type is inferred, the CQC registration stays unknown
        assertThat(pathway.provider("RR8")).contains(
                new Provider("RR8", "LEEDS TEACHING HOSPITALS NHS TRUST", ProviderType.ACUTE_HOSPITAL, null, 0));
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_match_a_logical_reference_to_the_organisation_in_the_bundle_with_that_identifier() {
        // given
        Reference byOdsCode = new Reference()
                .setIdentifier(new Identifier().setSystem(Vocabulary.ODS_ORGANIZATION_CODE).setValue("RR8"));

        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.NONE, byOdsCode, true);

        // then
        assertThat(pathway.providers()).extracting(Provider::id).containsOnlyOnce("RR8");
        assertThat(pathway.provider("RR8").orElseThrow().name()).isEqualTo("LEEDS TEACHING HOSPITALS NHS TRUST");
    }

    @Test
    void should_use_the_identifier_of_a_literal_reference_that_leads_outside_the_bundle() {
        // given
        Reference reference = new Reference("Organization/not-in-bundle")
                .setIdentifier(new Identifier().setSystem(Vocabulary.ODS_ORGANIZATION_CODE).setValue("RR8"));

        // when
        Pathway pathway = readWithServiceProvider(UkCore.FullUrls.URN_UUID, reference, false);

        // then
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_ignore_references_to_practitioners_and_locations_outside_the_bundle() {
        // given: the example Encounter refers to a Practitioner and a Location that are not in the Bundle
        Encounter encounter = UkCore.encounter();
        encounter.getHospitalization().setDestination(new Reference("Location/" + UkCore.LOCATION));

        // when
        Pathway pathway = accepted(UkCore.read(UkCore.collection(List.of(UkCore.patient(), UkCore.hospital(),
                encounter))));

        // then: a Location destination is not an organisation; the discharge disposition says where
        assertThat(pathway.transfers()).extracting(Transfer::to).containsExactly(MappingTest.DESTINATION);
    }

    @Test
    void should_resolve_a_relative_reference_to_a_transaction_entry_known_by_its_request_url() {
        // given: the hospital without an id of its own, PUT as Organization/ID with a urn:uuid fullUrl
        Organization hospital = UkCore.hospital();
        Bundle bundle = UkCore.bundle(Bundle.BundleType.TRANSACTION, UkCore.FullUrls.URN_UUID,
                List.of(UkCore.patient(), hospital, UkCore.encounter()));
        hospital.setIdElement(null);

        // when
        Pathway pathway = accepted(UkCore.read(bundle));

        // then
        assertThat(dischargedBy(pathway)).isEqualTo("RR8");
    }

    @Test
    void should_take_the_provider_id_of_a_transaction_entry_without_id_or_ods_code_from_its_request_url() {
        // given: the hospital with neither an id of its own nor an ODS code, PUT as Organization/ID
        Organization hospital = UkCore.hospital();
        Bundle bundle = UkCore.bundle(Bundle.BundleType.TRANSACTION, UkCore.FullUrls.URN_UUID,
                List.of(UkCore.patient(), hospital, UkCore.encounter()));
        hospital.setIdElement(null);
        hospital.getIdentifier().clear();

        // when
        Pathway pathway = accepted(UkCore.read(bundle));

        // then: the id the PUT gives it
        assertThat(dischargedBy(pathway)).isEqualTo(UkCore.HOSPITAL);
    }
}
