package org.carepathway.fhir.internal;

import java.util.List;
import java.util.function.Consumer;
import org.carepathway.fhir.BundleReading;
import org.carepathway.fhir.ResourceLinks;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.InputError;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.ReadResult;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps one R4 Bundle, of any type, to a pathway following UK Core and the module README's mapping table. Every
 * problem is an input error at a FHIRPath-like location; the records are built only when there is none, so the
 * result is the pathway or every error, never half of it. One instance reads one Bundle.
 *
 * <p>The orchestrator: it runs one reader per resource kind, in this order, since later ones refer to what earlier
 * ones read: {@link ProviderRegistry} (Organizations), {@link PatientReader}, {@link EncounterReader} (transfers,
 * contacts, legal status), {@link CarePlanReader}, {@link ConsentReader}, {@link CommunicationReader} and
 * {@link SafeguardingFlagReader}; {@link ValueReader} reads the typed values they all share.
 */
public final class BundleMapper {

    private final BundleIndex index;
    private final Problems problems = new Problems();
    private final ValueReader values = new ValueReader(problems);
    private final ProviderRegistry providers;
    private final PatientReader patients;
    private final EncounterReader encounters;
    private final CarePlanReader carePlans;
    private final ConsentReader consents;
    private final CommunicationReader communications;
    private final SafeguardingFlagReader concerns;

    private BundleMapper(Bundle bundle) {
        this.index = new BundleIndex(bundle);
        this.providers = new ProviderRegistry(index, problems, values);
        this.patients = new PatientReader(index, problems, values, providers);
        this.encounters = new EncounterReader(problems, values, providers, patients);
        this.carePlans = new CarePlanReader(problems, values, providers, patients);
        this.consents = new ConsentReader(problems, values, patients);
        this.communications = new CommunicationReader(index, problems, values, providers, patients, encounters,
                carePlans);
        this.concerns = new SafeguardingFlagReader(problems, values, providers, patients);
    }

    /**
     * Reads the Bundle.
     *
     * @param bundle a parsed Bundle
     * @param parseErrors errors the parser met (invalid values), already located
     * @return the pathway and its links, or every input error
     */
    public static BundleReading map(Bundle bundle, List<InputError> parseErrors) {
        BundleMapper mapper = new BundleMapper(bundle);
        for (InputError error : parseErrors) {
            mapper.problems.add(Problems.BUNDLE, error.pointer(), error.message());
        }
        return mapper.read(bundle);
    }

    private BundleReading read(Bundle bundle) {
        each(Organization.class, providers::organization);
        Patient patient = patients.patient();
        each(Encounter.class, encounters::read);
        String legalStatus = encounters.legalStatus();
        each(CarePlan.class, carePlans::read);
        each(Consent.class, consents::read);
        ConsentToShare consent = consents.decision();
        each(Communication.class, communications::read);
        each(Flag.class, concerns::read);
        String pathwayId = pathwayId(bundle);
        if (!problems.isEmpty() || patient == null) {
            return rejected(pathwayId);
        }
        Pathway pathway;
        try {
            Patient withAll = new Patient(patient.nhsNumber(), patient.localId(), patient.birthDate(), patient.diedAt(),
                    patient.registeredGp(), patient.needs(), legalStatus, patient.section117Eligible(),
                    patient.suicideRisk(), patient.lacksCapacity(), consent);
            pathway = new Pathway(pathwayId, withAll, providers.providers(), carePlans.carePlans(),
                    encounters.transfers(), encounters.contacts(), communications.communications(),
                    concerns.concerns());
        } catch (IllegalArgumentException | NullPointerException e) {
            // every rule the records enforce is checked above with a location; this is the net under it
            problems.add(Problems.BUNDLE, "Bundle", "The Bundle does not make a valid pathway: " + e.getMessage());
            return rejected(pathwayId);
        }
        for (InputError error : pathway.integrityErrors()) {
            problems.add(Problems.BUNDLE, "Bundle", "The pathway read from the Bundle is inconsistent at "
                    + error.pointer() + ": " + error.message());
        }
        if (!problems.isEmpty()) {
            return rejected(pathwayId);
        }
        return new BundleReading(new ReadResult.Accepted(pathway), new ResourceLinks(patients.entry().link(),
                providers.links(), encounters.transferLinks(), carePlans.planLinks(), concerns.concernLinks()));
    }

    /** Reads each resource of the type, in Bundle order. */
    private void each(Class<? extends Resource> type, Consumer<Found> reader) {
        for (Found found : index.entries()) {
            if (type.isInstance(found.resource())) {
                reader.accept(found);
            }
        }
    }

    private BundleReading rejected(String pathwayId) {
        if (problems.isEmpty()) {
            problems.add(Problems.BUNDLE, "Bundle", "The Bundle holds no Patient resource; a pathway is one patient's"
                    + " journey, so add the Patient.");
        }
        return new BundleReading(new ReadResult.Rejected(pathwayId, problems.inDocumentOrder()), ResourceLinks.none());
    }

    /** Bundle.identifier.value, else Bundle.id, else the Patient's id: never the NHS number. */
    private String pathwayId(Bundle bundle) {
        if (bundle.hasIdentifier() && bundle.getIdentifier().hasValue()) {
            return bundle.getIdentifier().getValue();
        }
        String id = BundleIndex.ownId(bundle);
        if (id != null) {
            return id;
        }
        return patients.entry() == null ? null : patients.entry().key();
    }
}
