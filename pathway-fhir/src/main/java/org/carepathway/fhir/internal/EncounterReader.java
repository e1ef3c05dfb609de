package org.carepathway.fhir.internal;

import static org.carepathway.fhir.internal.ValueReader.codingOf;
import static org.carepathway.fhir.internal.ValueReader.extensionAt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.Instants.Bound;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.ProviderType;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads the Encounters: an inpatient stay is an admission and, once finished, a discharge, each between the hospital
 * and an Organization or the place a UK Core code stands for; an Encounter typed with a contact kind is a contact.
 * The legal status of the last inpatient stay is the patient's.
 */
final class EncounterReader {

    private static final Set<String> INPATIENT_CLASSES = Set.of("IMP", "ACUTE", "NONAC");

    /** An inpatient stay, for the legal status of the last one. */
    private record Stay(Found encounter, Instant start) {
    }

    private final Problems problems;
    private final ValueReader values;
    private final ProviderRegistry providers;
    private final PatientReader patient;
    /** The Encounter's transfers, discharge before admission, for Communication.about. */
    private final Map<Resource, List<String>> transfersOfEncounter = new IdentityHashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Stay> stays = new ArrayList<>();
    private final Map<String, String> transferLinks = new LinkedHashMap<>();

    EncounterReader(Problems problems, ValueReader values, ProviderRegistry providers, PatientReader patient) {
        this.problems = problems;
        this.values = values;
        this.providers = providers;
        this.patient = patient;
    }

    List<Transfer> transfers() {
        return transfers;
    }

    List<Contact> contacts() {
        return contacts;
    }

    Map<String, String> transferLinks() {
        return transferLinks;
    }

    /** The ids of the transfers an Encounter made, discharge first; null for a resource that made none. */
    List<String> transfersOf(Resource encounter) {
        return transfersOfEncounter.get(encounter);
    }

    /** An Encounter: an inpatient stay, a contact, or (outpatient, emergency, never happened) nothing of ours. */
    void read(Found found) {
        Encounter encounter = (Encounter) found.resource();
        String location = found.location();
        String encounterClass = encounter.getClass_().getCode();
        boolean inpatient = encounterClass != null && INPATIENT_CLASSES.contains(encounterClass);
        Optional<ContactKind> contactKind = Optional.ofNullable(values.single(encounter.getType(),
                Vocabulary.CONTACT_KIND, ContactKind.class, found.entry(), location + ".type"));
        if (!inpatient && contactKind.isEmpty()) {
            return; // an outpatient, emergency or virtual encounter: not a transfer in this model
        }
        Encounter.EncounterStatus status = values.status(encounter.getStatusElement(), found, location);
        if (status == null || status == Encounter.EncounterStatus.PLANNED
                || status == Encounter.EncounterStatus.CANCELLED || status == Encounter.EncounterStatus.ENTEREDINERROR) {
            return; // never happened (or status missing, reported)
        }
        patient.samePatient(encounter.getSubject(), found, location + ".subject");
        String key = found.key();
        if (key == null) {
            problems.add(found.entry(), location + ".id", "The Encounter has no id and no urn:uuid fullUrl; give it an"
                    + " id so that its transfers can be named.");
            return;
        }
        Instant start = Instants.read(encounter.getPeriod().getStartElement(), Bound.START, found.entry(),
                location + ".period.start", problems);
        Instant end = Instants.read(encounter.getPeriod().getEndElement(), Bound.END, found.entry(),
                location + ".period.end", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(found.entry(), location + ".period.end", "The Encounter ends (" + end + ") before it starts ("
                    + start + "); correct period.start or period.end.");
            return;
        }
        Optional<String> provider = providers.organizationReference(encounter.getServiceProvider(), found,
                location + ".serviceProvider");
        if (contactKind.isPresent() && !inpatient) {
            contact(encounter, key, contactKind.get(), provider, start, found, location);
            return;
        }
        stays.add(new Stay(found, start));
        if (provider.isEmpty()) {
            problems.addUnlessReported(found.entry(), location + ".serviceProvider",
                    "The inpatient Encounter names no serviceProvider"
                    + " Organization, so it is not known who admitted and discharged the patient; reference the"
                    + " hospital's Organization (or its ODS code).");
            return;
        }
        String hospital = provider.get();
        providers.infer(hospital, ProviderType.ACUTE_HOSPITAL, found, location + ".serviceProvider");
        List<String> made = new ArrayList<>();
        if (status == Encounter.EncounterStatus.FINISHED) {
            if (end == null) {
                if (!encounter.getPeriod().hasEnd()) {
                    problems.add(found.entry(), location + ".period.end", "The inpatient Encounter is finished but has"
                            + " no period.end, so the discharge cannot be dated; add period.end.");
                }
            } else {
                transfer(TransferKind.DISCHARGE, encounter, key, hospital, end, found, location).ifPresent(made::add);
            }
        }
        if (start != null) {
            transfer(TransferKind.ADMISSION, encounter, key, hospital, start, found, location).ifPresent(made::add);
        }
        transfersOfEncounter.put(encounter, made);
    }

    /**
     * The discharge or admission of an inpatient stay: between the hospital and the destination (or origin)
     * Organization, else the place its NHS Data Dictionary code stands for.
     */
    private Optional<String> transfer(TransferKind kind, Encounter encounter, String key, String hospital, Instant at,
            Found found, String location) {
        boolean discharge = kind == TransferKind.DISCHARGE;
        Encounter.EncounterHospitalizationComponent stay = encounter.getHospitalization();
        String endLocation = location + (discharge ? ".hospitalization.destination" : ".hospitalization.origin");
        // a Location (or nothing) there leaves the code to say where
        String end = providers.organizationReference(discharge ? stay.getDestination() : stay.getOrigin(), found,
                endLocation).orElse(null);
        if (end == null) {
            endLocation = location + (discharge ? ".hospitalization.dischargeDisposition" : ".hospitalization.admitSource");
            Optional<String> place = discharge ? destination(stay.getDischargeDisposition(), key, found, endLocation)
                    : origin(stay.getAdmitSource(), key, found, endLocation);
            if (place.isEmpty()) {
                return Optional.empty();
            }
            end = place.get();
        }
        if (end.equals(hospital)) {
            problems.add(found.entry(), endLocation, (discharge ? "The discharge destination is" : "The admission"
                    + " comes from") + " the hospital itself ('" + hospital + "'); a transfer joins two providers (or"
                    + " a provider and the patient's home).");
            return Optional.empty();
        }
        String id = key + (discharge ? "/discharge" : "/admission");
        transfers.add(new Transfer(id, kind, discharge ? hospital : end, discharge ? end : hospital, at,
                items(encounter, discharge ? Vocabulary.EXT_DISCHARGE_ITEM : Vocabulary.EXT_ADMISSION_ITEM, found,
                        location)));
        transferLinks.put(id, found.link());
        return Optional.of(id);
    }

    /**
     * The provider a discharge disposition derives (an England code first, else an HL7 one); with neither, a
     * provider whose type is OTHER.
     */
    private Optional<String> destination(CodeableConcept disposition, String key, Found found, String location) {
        String id = key + "/destination";
        Optional<Coded> coded = placeCode(disposition, Vocabulary.UKCORE_DISCHARGE_DESTINATION,
                Places::dischargeDestination, found, location)
                .or(() -> placeCode(disposition, Vocabulary.HL7_DISCHARGE_DISPOSITION, Places::hl7DischargeDisposition,
                        found, location));
        if (coded.isEmpty() && !codingOf(disposition, Vocabulary.UKCORE_DISCHARGE_DESTINATION).isPresent()
                && !codingOf(disposition, Vocabulary.HL7_DISCHARGE_DISPOSITION).isPresent()) {
            String text = disposition == null ? null : disposition.getText();
            return Optional.of(providers.derivedProvider(id, text != null ? "Discharge destination: " + text
                    : "Discharge destination not recorded", ProviderType.OTHER));
        }
        if (coded.isPresent() && coded.get().meaning() instanceof Places.NotDischarged) {
            problems.add(found.entry(), coded.get().location(), "Discharge destination 98 says the spell is not"
                    + " finished, but the Encounter's status is finished; correct one of them.");
        }
        // an unknown code (reported), a death in hospital or 98: no transfer
        return coded.filter(c -> c.meaning() instanceof Places.Place).map(c -> providers.derivedProvider(id,
                c.name("Discharge destination"), ((Places.Place) c.meaning()).type()));
    }

    /** The provider a source of admission (England, else HL7) derives; none when it is unknown or not a place. */
    private Optional<String> origin(CodeableConcept admitSource, String key, Found found, String location) {
        return placeCode(admitSource, Vocabulary.UKCORE_SOURCE_OF_ADMISSION, Places::sourceOfAdmission, found, location)
                .or(() -> placeCode(admitSource, Vocabulary.HL7_ADMIT_SOURCE, Places::hl7AdmitSource, found, location))
                .filter(c -> c.meaning() instanceof Places.Place)
                .map(c -> providers.derivedProvider(key + "/origin", c.name("Source of admission"),
                        ((Places.Place) c.meaning()).type()));
    }

    /** A code of an NHS Data Dictionary place code system, with what it means and where it is. */
    private record Coded(Coding coding, Places.Meaning meaning, String location) {
        String name(String what) {
            return coding.hasDisplay() ? coding.getDisplay() : what + " " + coding.getCode();
        }
    }

    /**
     * The meaning of the concept's coding of the code system; empty when there is none, or after reporting a code
     * the code system does not have.
     */
    private Optional<Coded> placeCode(CodeableConcept concept, String system,
            java.util.function.Function<String, Optional<Places.Meaning>> table, Found found, String location) {
        Optional<Coding> coding = codingOf(concept, system);
        if (coding.isEmpty()) {
            return Optional.empty();
        }
        String code = coding.get().getCode();
        String at = location + ".coding[" + concept.getCoding().indexOf(coding.get()) + "].code";
        Optional<Places.Meaning> meaning = table.apply(code);
        if (meaning.isEmpty()) {
            problems.add(found.entry(), at, "'" + code + "' is not a code of " + system + "; use one of its codes.");
            return Optional.empty();
        }
        return Optional.of(new Coded(coding.get(), meaning.get(), at));
    }

    private List<TransferItem> items(Encounter encounter, String url, Found found, String location) {
        List<TransferItem> items = new ArrayList<>();
        for (Extension extension : encounter.getExtensionsByUrl(url)) {
            values.ourCode(extension.getValue(), Vocabulary.TRANSFER_ITEM, TransferItem.class, found.entry(),
                    extensionAt(location, url)).filter(item -> !items.contains(item)).ifPresent(items::add);
        }
        return items;
    }

    private void contact(Encounter encounter, String key, ContactKind kind, Optional<String> provider, Instant start,
            Found found, String location) {
        if (provider.isEmpty()) {
            problems.addUnlessReported(found.entry(), location + ".serviceProvider",
                    "The contact Encounter names no serviceProvider"
                    + " Organization; reference the provider that made the contact.");
            return;
        }
        if (start == null) {
            if (!encounter.getPeriod().hasStart()) {
                problems.add(found.entry(), location + ".period.start", "The contact Encounter has no period.start;"
                        + " add when the contact happened.");
            }
            return;
        }
        contacts.add(new Contact(key, provider.get(), start, kind));
    }

    /** Legal status of the current or last inpatient stay: its most restrictive England classification. */
    String legalStatus() {
        Stay last = null;
        for (Stay stay : stays) {
            if (last == null || (stay.start() != null && (last.start() == null || !stay.start().isBefore(last.start())))) {
                last = stay;
            }
        }
        if (last == null) {
            return null;
        }
        Encounter encounter = (Encounter) last.encounter().resource();
        String location = extensionAt(last.encounter().location(), Vocabulary.UKCORE_LEGAL_STATUS);
        String chosen = null;
        int chosenRank = -1;
        for (Extension legalStatus : encounter.getExtensionsByUrl(Vocabulary.UKCORE_LEGAL_STATUS)) {
            Extension classification = legalStatus.getExtensionByUrl("legalStatusClassification");
            String at = location + ".extension('legalStatusClassification').value";
            if (classification == null || !(classification.getValue() instanceof CodeableConcept concept)) {
                problems.add(last.encounter().entry(), at, "The legal status extension has no legalStatusClassification"
                        + " CodeableConcept; add the England classification code.");
                continue;
            }
            Optional<Coding> england = codingOf(concept, Vocabulary.UKCORE_LEGAL_STATUS_ENGLAND);
            if (england.isEmpty()) {
                String systems = concept.getCoding().stream().map(Coding::getSystem).filter(Objects::nonNull)
                        .reduce((a, b) -> a + ", " + b).orElse("no code system");
                problems.add(last.encounter().entry(), at, "The legal status is coded in " + systems + "; carepathway"
                        + " reads the England classification (" + Vocabulary.UKCORE_LEGAL_STATUS_ENGLAND + "), which"
                        + " the section 117 rules depend on; add a coding from it.");
                continue;
            }
            String code = england.get().getCode();
            Optional<Integer> rank = LegalStatuses.restrictiveness(code);
            if (rank.isEmpty()) {
                problems.add(last.encounter().entry(), at, "'" + code + "' is not a code of "
                        + Vocabulary.UKCORE_LEGAL_STATUS_ENGLAND + " (two digits such as 03 for section 3).");
                continue;
            }
            if (rank.get() > chosenRank) {
                chosen = code;
                chosenRank = rank.get();
            }
        }
        return chosen;
    }
}
