package org.carepathway.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * The real UK Core example resources in {@code src/test/resources/ukcore}, parsed afresh for every call so that a
 * test may change its copy, and assembled into Bundles.
 */
final class UkCore {
    static final FhirPathways FHIR = FhirPathways.create();
    static final FhirContext CONTEXT = FHIR.context();

    static final String PATIENT = "UKCore-Patient-RichardSmith-Example";
    static final String HOSPITAL = "UKCore-Organization-LeedsTeachingHospital-Example";
    static final String GP = "UKCore-Organization-WhiteRoseMedicalCentre-Example";
    static final String CONSENT = "UKCore-Consent-ForInformationAccess-Example";
    static final String ENCOUNTER = "UKCore-Encounter-InpatientEncounter-Example";
    static final String CARE_PLAN = "UKCore-CarePlan-WellnessPlan-Example";
    static final String LEGAL_STATUS = "Extension-UKCore-LegalStatus-Example";
    static final String LOCATION = "UKCore-Location-HospitalSJUH-Example";

    private UkCore() {
    }

    static <T extends Resource> T example(String name, Class<T> type) {
        try (InputStream in = UkCore.class.getResourceAsStream("/ukcore/" + name + ".xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return type.cast(CONTEXT.newXmlParser().parseResource(xml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Patient patient() {
        return example(PATIENT, Patient.class);
    }

    static Organization hospital() {
        return example(HOSPITAL, Organization.class);
    }

    static Organization gpPractice() {
        return example(GP, Organization.class);
    }

    static Consent consent() {
        return example(CONSENT, Consent.class);
    }

    static Encounter encounter() {
        return example(ENCOUNTER, Encounter.class);
    }

    /** The examples of the "done when": Patient, both Organizations, Consent and inpatient Encounter. */
    static List<Resource> doneWhenExamples() {
        return new ArrayList<>(List.of(patient(), hospital(), gpPractice(), consent(), encounter()));
    }

    /** How an entry's fullUrl is written. */
    enum FullUrls {
        /** {@code urn:uuid:} derived from the resource id; references stay {@code Type/id}. */
        URN_UUID,
        /** {@code https://fhir.example.org/R4/Type/id}, a server base. */
        ABSOLUTE,
        /** No fullUrl at all (allowed in a collection). */
        NONE
    }

    static Bundle bundle(Bundle.BundleType type, FullUrls fullUrls, List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(type);
        bundle.setId("bundle-" + type.toCode());
        for (Resource resource : resources) {
            Bundle.BundleEntryComponent entry = bundle.addEntry().setResource(resource);
            String typeAndId = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            switch (fullUrls) {
                case URN_UUID -> entry.setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(
                        typeAndId.getBytes(StandardCharsets.UTF_8)));
                case ABSOLUTE -> entry.setFullUrl("https://fhir.example.org/R4/" + typeAndId);
                case NONE -> { }
            }
            if (type == Bundle.BundleType.TRANSACTION || type == Bundle.BundleType.BATCH) {
                entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(typeAndId);
            }
            if (type == Bundle.BundleType.SEARCHSET) {
                entry.getSearch().setMode(resource instanceof Patient ? Bundle.SearchEntryMode.MATCH
                        : Bundle.SearchEntryMode.INCLUDE);
            }
        }
        return bundle;
    }

    static Bundle collection(List<? extends Resource> resources) {
        return bundle(Bundle.BundleType.COLLECTION, FullUrls.URN_UUID, resources);
    }

    static String json(Bundle bundle) {
        return CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    static String xml(Bundle bundle) {
        return CONTEXT.newXmlParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    static BundleReading read(Bundle bundle) {
        return FHIR.read(json(bundle));
    }
}
