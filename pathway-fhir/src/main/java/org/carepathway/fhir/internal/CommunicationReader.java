package org.carepathway.fhir.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.BundleIndex.Resolved;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads the completed Communications: one communication per receiving Organization, about the transfer of the
 * Encounter and the care plan it refers to. Run after the Encounters and CarePlans are read.
 */
final class CommunicationReader {

    private final BundleIndex index;
    private final Problems problems;
    private final ValueReader values;
    private final ProviderRegistry providers;
    private final PatientReader patient;
    private final EncounterReader encounters;
    private final CarePlanReader carePlans;
    private final List<Communication> communications = new ArrayList<>();

    CommunicationReader(BundleIndex index, Problems problems, ValueReader values, ProviderRegistry providers,
            PatientReader patient, EncounterReader encounters, CarePlanReader carePlans) {
        this.index = index;
        this.problems = problems;
        this.values = values;
        this.providers = providers;
        this.patient = patient;
        this.encounters = encounters;
        this.carePlans = carePlans;
    }

    List<Communication> communications() {
        return communications;
    }

    /** A Communication, read when completed: what was not sent reached no one. */
    void read(Found found) {
        org.hl7.fhir.r4.model.Communication message = (org.hl7.fhir.r4.model.Communication) found.resource();
        String location = found.location();
        var status = values.status(message.getStatusElement(), found, location);
        if (status != org.hl7.fhir.r4.model.Communication.CommunicationStatus.COMPLETED) {
            return; // not sent (yet): nothing reached anyone
        }
        patient.samePatient(message.getSubject(), found, location + ".subject");
        CommunicationType type = values.single(message.getCategory(), Vocabulary.COMMUNICATION_TYPE,
                CommunicationType.class, found.entry(), location + ".category");
        Optional<String> from = providers.organizationReference(message.getSender(), found, location + ".sender");
        if (from.isEmpty()) {
            problems.add(found.entry(), location + ".sender", "The Communication names no sending Organization;"
                    + " reference it (or its ODS code) as sender.");
        }
        List<String> to = new ArrayList<>();
        for (int k = 0; k < message.getRecipient().size(); k++) {
            providers.organizationReference(message.getRecipient().get(k), found, location + ".recipient[" + k + "]")
                    .ifPresent(to::add);
        }
        if (to.isEmpty()) {
            problems.add(found.entry(), location + ".recipient", "The Communication names no receiving Organization;"
                    + " reference it (or its ODS code) as recipient.");
        }
        Instant sentAt = values.requiredStart(message.getSentElement(), found, location + ".sent",
                "The completed Communication has no sent time; add it.");
        String about = null;
        String carePlan = null;
        for (Reference reference : message.getAbout()) {
            if (index.resolve(reference, found) instanceof Resolved resolved) {
                List<String> made = encounters.transfersOf(resolved.found().resource());
                if (about == null && made != null && !made.isEmpty()) {
                    about = made.get(0);
                }
                if (carePlan == null) {
                    carePlan = carePlans.planOf(resolved.found().resource());
                }
            }
        }
        if (from.isEmpty() || to.isEmpty() || sentAt == null) {
            return;
        }
        String key = found.key();
        for (int k = 0; k < to.size(); k++) {
            String id = key == null ? null : to.size() == 1 ? key : key + "/" + k;
            communications.add(new Communication(id, type == null ? CommunicationType.OTHER : type, from.get(),
                    to.get(k), sentAt, about, carePlan));
        }
    }
}
