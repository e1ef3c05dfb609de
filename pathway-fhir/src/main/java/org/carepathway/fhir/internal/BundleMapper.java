package org.carepathway.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.carepathway.fhir.BundleReading;
import org.carepathway.fhir.ResourceLinks;
import org.carepathway.fhir.internal.BundleIndex.Dangling;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.BundleIndex.Logical;
import org.carepathway.fhir.internal.BundleIndex.Resolved;
import org.carepathway.fhir.internal.BundleIndex.Target;
import org.carepathway.fhir.internal.Instants.Bound;
import org.carepathway.model.CarePlan;
import org.carepathway.model.CarePlanSection;
import org.carepathway.model.CarePlanStatus;
import org.carepathway.model.CarePlanType;
import org.carepathway.model.Communication;
import org.carepathway.model.CommunicationType;
import org.carepathway.model.ConcernStatus;
import org.carepathway.model.ConsentToShare;
import org.carepathway.model.Contact;
import org.carepathway.model.ContactKind;
import org.carepathway.model.InputError;
import org.carepathway.model.Need;
import org.carepathway.model.Pathway;
import org.carepathway.model.Patient;
import org.carepathway.model.Provider;
import org.carepathway.model.ProviderType;
import org.carepathway.model.SafeguardingCategory;
import org.carepathway.model.SafeguardingConcern;
import org.carepathway.model.ReadResult;
import org.carepathway.model.Transfer;
import org.carepathway.model.TransferItem;
import org.carepathway.model.TransferKind;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps one R4 Bundle, of any type, to a pathway following UK Core and the module README's mapping table. Every
 * problem is an input error at a FHIRPath-like location; the records are built only when there is none, so the
 * result is the pathway or every error, never half of it. One instance reads one Bundle.
 */
public final class BundleMapper {

    private static final Set<String> INPATIENT_CLASSES = Set.of("IMP", "ACUTE", "NONAC");

    /** A provider as it is gathered from the Bundle, before it can be built. */
    private static final class Draft {
        final String id;
        String name;
        ProviderType statedType;
        final Set<ProviderType> inferredTypes = new LinkedHashSet<>();
        Boolean cqcRegistered;
        Integer openConcerns;
        String link;

        Draft(String id) {
            this.id = id;
        }
    }

    /** An inpatient stay, for the legal status of the last one. */
    private record Stay(Found encounter, Instant start) {
    }

    private final BundleIndex index;
    private final Problems problems = new Problems();
    private final Map<String, Draft> providers = new LinkedHashMap<>();
    private final Map<Resource, String> providerOfOrganization = new IdentityHashMap<>();
    /** The Encounter's transfers, discharge before admission, for Communication.about. */
    private final Map<Resource, List<String>> transfersOfEncounter = new IdentityHashMap<>();
    private final Map<Resource, String> planOfCarePlan = new IdentityHashMap<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<CarePlan> carePlans = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Communication> communications = new ArrayList<>();
    private final List<SafeguardingConcern> concerns = new ArrayList<>();
    private final List<Stay> stays = new ArrayList<>();
    private final Map<String, String> transferLinks = new LinkedHashMap<>();
    private final Map<String, String> planLinks = new LinkedHashMap<>();
    private final Map<String, String> concernLinks = new LinkedHashMap<>();
    private Found patientEntry;
    private String nhsNumber;

    private BundleMapper(Bundle bundle) {
        this.index = new BundleIndex(bundle);
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
        for (Found found : index.entries()) {
            if (found.resource() instanceof Organization) {
                organization(found);
            }
        }
        Patient patient = patient();
        for (Found found : index.entries()) {
            if (found.resource() instanceof Encounter) {
                encounter(found);
            }
        }
        String legalStatus = legalStatus();
        for (Found found : index.entries()) {
            if (found.resource() instanceof org.hl7.fhir.r4.model.CarePlan) {
                carePlan(found);
            }
        }
        ConsentToShare consent = consent();
        for (Found found : index.entries()) {
            if (found.resource() instanceof org.hl7.fhir.r4.model.Communication) {
                communication(found);
            }
        }
        for (Found found : index.entries()) {
            if (found.resource() instanceof Flag) {
                safeguardingConcern(found);
            }
        }
        String pathwayId = pathwayId(bundle);
        if (!problems.isEmpty() || patient == null) {
            return rejected(pathwayId);
        }
        Pathway pathway;
        try {
            Patient withAll = new Patient(patient.nhsNumber(), patient.localId(), patient.birthDate(), patient.diedAt(),
                    patient.registeredGp(), patient.needs(), legalStatus, patient.section117Eligible(),
                    patient.suicideRisk(), patient.lacksCapacity(), consent);
            List<Provider> built = new ArrayList<>();
            for (Draft draft : providers.values()) {
                built.add(provider(draft));
            }
            pathway = new Pathway(pathwayId, withAll, built, carePlans, transfers, contacts, communications, concerns);
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
        Map<String, String> providerLinks = new LinkedHashMap<>();
        providers.values().stream().filter(d -> d.link != null).forEach(d -> providerLinks.put(d.id, d.link));
        return new BundleReading(new ReadResult.Accepted(pathway),
                new ResourceLinks(patientEntry.link(), providerLinks, transferLinks, planLinks, concernLinks));
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
        return patientEntry == null ? null : patientEntry.key();
    }

    // ------------------------------------------------------------------ providers

    /** Registers an Organization as a provider and returns the provider id. */
    private String organization(Found found) {
        Organization organization = (Organization) found.resource();
        String known = providerOfOrganization.get(organization);
        if (known != null) {
            return known;
        }
        String location = found.location();
        String ods = null;
        for (int j = 0; j < organization.getIdentifier().size(); j++) {
            Identifier identifier = organization.getIdentifier().get(j);
            if (isCurrent(identifier) && Vocabulary.ODS_ORGANIZATION_CODE.equals(identifier.getSystem())
                    && identifier.hasValue()) {
                if (ods == null) {
                    ods = identifier.getValue();
                } else if (!ods.equals(identifier.getValue())) {
                    problems.add(found.entry(), location + ".identifier[" + j + "].value", "The Organization has two ODS"
                            + " codes, '" + ods + "' and '" + identifier.getValue() + "'; keep the current one.");
                }
            }
        }
        String id = ods != null ? ods : found.key();
        if (id == null) {
            problems.add(found.entry(), location + ".id", "The Organization has neither an ODS code (identifier with"
                    + " system " + Vocabulary.ODS_ORGANIZATION_CODE + ") nor an id; give it one of them.");
            id = location; // keeps reading, so that later problems are found too; the pathway is rejected anyway
        }
        providerOfOrganization.put(organization, id);
        Draft draft = providers.computeIfAbsent(id, Draft::new);
        if (draft.name == null && organization.hasName()) {
            draft.name = organization.getName();
        }
        if (draft.link == null) {
            draft.link = found.link() != null ? found.link() : odsLink(ods);
        }
        ProviderType stated = single(organization.getType(), Vocabulary.PROVIDER_TYPE, ProviderType.class, found.entry(),
                location + ".type");
        Boolean cqc = flag(organization, Vocabulary.EXT_CQC_REGISTERED, found, location);
        Integer concerns = count(organization, found, location);
        draft.statedType = merge(draft.statedType, stated, draft.id, "provider type", found, location + ".type");
        draft.cqcRegistered = merge(draft.cqcRegistered, cqc, draft.id, "CQC registration", found,
                extensionAt(location, Vocabulary.EXT_CQC_REGISTERED));
        draft.openConcerns = merge(draft.openConcerns, concerns, draft.id, "count of open safeguarding concerns", found,
                extensionAt(location, Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS));
        return id;
    }

    private <T> T merge(T current, T given, String id, String what, Found found, String location) {
        if (current != null && given != null && !current.equals(given)) {
            problems.add(found.entry(), location, "Two Organizations for provider '" + id + "' disagree on its " + what
                    + " (" + current + " and " + given + "); make them agree.");
        }
        return current != null ? current : given;
    }

    private Integer count(Organization organization, Found found, String location) {
        Extension extension = organization.getExtensionByUrl(Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS);
        if (extension == null) {
            return null;
        }
        String at = extensionAt(location, Vocabulary.EXT_OPEN_SAFEGUARDING_CONCERNS);
        if (!(extension.getValue() instanceof IntegerType integer) || integer.getValue() == null) {
            problems.add(found.entry(), at, "The open safeguarding concerns extension needs a whole number"
                    + " (valueInteger or valueUnsignedInt).");
            return null;
        }
        if (integer.getValue() < 0) {
            problems.add(found.entry(), at, "The count of open safeguarding concerns must be 0 or more, was "
                    + integer.getValue() + ".");
            return null;
        }
        return integer.getValue();
    }

    private static String odsLink(String ods) {
        return ods == null ? null : "Organization?identifier=" + Vocabulary.ODS_ORGANIZATION_CODE + "|" + ods;
    }

    /** The provider an organisation reference leads to, or empty when it leads to something we do not use. */
    private Optional<String> organizationReference(Reference reference, Found from, String location) {
        Target target = index.resolve(reference, from);
        if (target instanceof Resolved resolved) {
            return resolved.found().resource() instanceof Organization
                    ? Optional.of(organization(resolved.found()))
                    : Optional.empty(); // a Location, Practitioner, ...: not ours to read
        }
        if (target instanceof Logical logical) {
            return logicalOrganization(logical, reference, from, location);
        }
        if (target instanceof Dangling dangling && (dangling.type() == null || dangling.type().equals("Organization"))) {
            problems.add(from.entry(), location, "The reference '" + dangling.reference() + "' leads to no resource in"
                    + " the Bundle and carries no identifier, so the organisation cannot be known; include the"
                    + " Organization in the Bundle or add its ODS code as the reference's identifier.");
        }
        return Optional.empty();
    }

    private Optional<String> logicalOrganization(Logical logical, Reference reference, Found from, String location) {
        Identifier identifier = logical.identifier();
        if (Vocabulary.ODS_ORGANIZATION_CODE.equals(identifier.getSystem())) {
            String ods = identifier.getValue();
            Draft draft = providers.computeIfAbsent(ods, Draft::new);
            if (draft.name == null && reference.hasDisplay()) {
                draft.name = reference.getDisplay();
            }
            if (draft.link == null) {
                draft.link = odsLink(ods);
            }
            return Optional.of(ods);
        }
        if (logical.type() != null && !logical.type().equals("Organization")) {
            return Optional.empty(); // a Practitioner by GMC number, say
        }
        for (Found found : index.entries()) {
            if (found.resource() instanceof Organization organization && organization.getIdentifier().stream()
                    .anyMatch(i -> Objects.equals(i.getSystem(), identifier.getSystem())
                            && Objects.equals(i.getValue(), identifier.getValue()))) {
                return Optional.of(organization(found));
            }
        }
        problems.add(from.entry(), location + ".identifier", "No Organization in the Bundle has the identifier '"
                + identifier.getValue() + "' of system '" + identifier.getSystem() + "', and only an ODS code ("
                + Vocabulary.ODS_ORGANIZATION_CODE + ") names an organisation on its own; use the ODS code or"
                + " include the Organization.");
        return Optional.empty();
    }

    /** A provider derived from a code (a discharge destination, a source of admission), per Encounter. */
    private String derivedProvider(String id, String name, ProviderType type) {
        Draft draft = providers.computeIfAbsent(id, Draft::new);
        draft.name = name;
        draft.statedType = type;
        return id;
    }

    private Provider provider(Draft draft) {
        ProviderType type = draft.statedType;
        if (type == null) {
            // inference only where UK Core content implies it; a conflict is reported in checkInferences()
            type = draft.inferredTypes.size() == 1 ? draft.inferredTypes.iterator().next() : ProviderType.OTHER;
        }
        return new Provider(draft.id, draft.name, type, draft.cqcRegistered,
                draft.openConcerns == null ? 0 : draft.openConcerns);
    }

    private void infer(String providerId, ProviderType type, Found found, String location) {
        Draft draft = providers.get(providerId);
        draft.inferredTypes.add(type);
        if (draft.statedType == null && draft.inferredTypes.size() > 1) {
            problems.add(found.entry(), location, "Provider '" + providerId + "' is used both as "
                    + describe(draft.inferredTypes) + ", so its type cannot be inferred; state it with a coding of "
                    + Vocabulary.PROVIDER_TYPE + " in Organization.type.");
        }
    }

    private static String describe(Set<ProviderType> types) {
        return types.stream().map(t -> t == ProviderType.GP_PRACTICE ? "a GP practice (generalPractitioner)"
                : "an acute hospital (serviceProvider of an inpatient Encounter)").reduce((a, b) -> a + " and " + b)
                .orElse("");
    }

    // ------------------------------------------------------------------ patient

    private Patient patient() {
        for (Found found : index.entries()) {
            if (found.resource() instanceof org.hl7.fhir.r4.model.Patient) {
                if (patientEntry == null) {
                    patientEntry = found;
                } else {
                    problems.add(found.entry(), found.location(), "The Bundle holds a second Patient; a pathway is one"
                            + " patient's journey, so send one Bundle per patient.");
                }
            }
        }
        if (patientEntry == null) {
            problems.add(Problems.BUNDLE, "Bundle.entry", "The Bundle holds no Patient resource; a pathway is one"
                    + " patient's journey, so add the Patient.");
            return null;
        }
        org.hl7.fhir.r4.model.Patient patient = (org.hl7.fhir.r4.model.Patient) patientEntry.resource();
        Found found = patientEntry;
        String location = found.location();
        String localId = null;
        for (int j = 0; j < patient.getIdentifier().size(); j++) {
            Identifier identifier = patient.getIdentifier().get(j);
            if (!isCurrent(identifier) || !identifier.hasValue()) {
                continue;
            }
            if (Vocabulary.NHS_NUMBER.equals(identifier.getSystem())) {
                nhsNumber(identifier.getValue(), found, location + ".identifier[" + j + "].value");
            } else if (localId == null) {
                localId = identifier.getValue();
            }
        }
        if (nhsNumber == null && localId == null) {
            localId = found.key();
            if (localId == null) {
                problems.add(found.entry(), location + ".identifier", "The Patient has no NHS number, no other"
                        + " identifier and no id; give it at least one.");
            }
        }
        LocalDate birthDate = birthDate(patient, found, location);
        Instant diedAt = null;
        if (patient.hasDeceasedDateTimeType()) {
            diedAt = Instants.read(patient.getDeceasedDateTimeType(), Bound.START, found.entry(),
                    location + ".deceasedDateTime", problems);
        } else if (patient.hasDeceasedBooleanType() && patient.getDeceasedBooleanType().booleanValue()) {
            problems.add(found.entry(), location + ".deceasedBoolean", "The Patient is marked deceased without a date;"
                    + " the follow-up rules need when, so send deceasedDateTime instead.");
        }
        String registeredGp = registeredGp(patient, found, location);
        List<Need> needs = new ArrayList<>();
        List<Extension> needExtensions = patient.getExtensionsByUrl(Vocabulary.EXT_NEED);
        for (Extension extension : needExtensions) {
            ourCode(extension.getValue(), Vocabulary.NEED, Need.class, found.entry(),
                    extensionAt(location, Vocabulary.EXT_NEED)).ifPresent(need -> {
                        if (!needs.contains(need)) {
                            needs.add(need);
                        }
                    });
        }
        boolean section117 = Boolean.TRUE.equals(flag(patient, Vocabulary.EXT_SECTION_117_ELIGIBLE, found, location));
        boolean suicideRisk = Boolean.TRUE.equals(flag(patient, Vocabulary.EXT_SUICIDE_RISK, found, location));
        boolean lacksCapacity = Boolean.TRUE.equals(flag(patient, Vocabulary.EXT_LACKS_CAPACITY, found, location));
        if (birthDate == null || (nhsNumber == null && localId == null)) {
            return null;
        }
        return new Patient(nhsNumber, localId, birthDate, diedAt, registeredGp, needs, null, section117, suicideRisk,
                lacksCapacity, null);
    }

    private void nhsNumber(String value, Found found, String location) {
        String malformation = nhsNumberMalformation(value);
        if (malformation != null) {
            // never repeat the number: it identifies a person
            problems.add(found.entry(), location, "The NHS number must be exactly 10 digits 0-9 without spaces, but "
                    + malformation + ".");
        } else if (nhsNumber == null) {
            nhsNumber = value;
        } else if (!nhsNumber.equals(value)) {
            problems.add(found.entry(), location, "The Patient has two different NHS numbers; keep the current one"
                    + " (mark the other with use 'old').");
        }
    }

    private static String nhsNumberMalformation(String value) {
        if (value.length() != 10) {
            return "it has " + value.length() + (value.length() == 1 ? " character" : " characters");
        }
        for (int i = 0; i < 10; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return "character " + (i + 1) + " is not a digit";
            }
        }
        return null;
    }

    private LocalDate birthDate(org.hl7.fhir.r4.model.Patient patient, Found found, String location) {
        DateType birthDate = patient.getBirthDateElement();
        String text = birthDate == null ? null : birthDate.getValueAsString();
        if (text == null || text.isEmpty()) {
            problems.add(found.entry(), location + ".birthDate", "The Patient has no birthDate; carepathway needs it"
                    + " (YYYY-MM-DD) to tell adults from children.");
            return null;
        }
        Optional<LocalDate> date = fullDate(text);
        if (date.isEmpty()) {
            problems.add(found.entry(), location + ".birthDate", "The birthDate '" + text + "' is not a full date;"
                    + " carepathway needs YYYY-MM-DD to tell adults from children.");
        }
        return date.orElse(null);
    }

    private String registeredGp(org.hl7.fhir.r4.model.Patient patient, Found found, String location) {
        String gp = null;
        for (int k = 0; k < patient.getGeneralPractitioner().size(); k++) {
            String at = location + ".generalPractitioner[" + k + "]";
            Optional<String> practice = organizationReference(patient.getGeneralPractitioner().get(k), found, at);
            if (practice.isEmpty()) {
                continue; // a Practitioner or PractitionerRole: the practice is what we need
            }
            infer(practice.get(), ProviderType.GP_PRACTICE, found, at);
            Draft draft = providers.get(practice.get());
            if (draft.statedType != null && draft.statedType != ProviderType.GP_PRACTICE) {
                problems.add(found.entry(), at, "The generalPractitioner '" + practice.get() + "' is stated to be a "
                        + draft.statedType + ", not a GP_PRACTICE; reference the patient's GP practice.");
            }
            if (gp == null) {
                gp = practice.get();
            } else if (!gp.equals(practice.get())) {
                problems.add(found.entry(), at, "The Patient has two GP practices, '" + gp + "' and '" + practice.get()
                        + "'; a patient is registered with one.");
            }
        }
        return gp;
    }

    /** Checks that a subject or patient reference is the Bundle's Patient. */
    private void samePatient(Reference reference, Found from, String location) {
        if (patientEntry == null || reference == null || reference.isEmpty()) {
            return;
        }
        Target target = index.resolve(reference, from);
        boolean same;
        if (target instanceof Resolved resolved) {
            same = resolved.found().resource() == patientEntry.resource();
        } else if (target instanceof Logical logical) {
            Identifier identifier = logical.identifier();
            same = Vocabulary.NHS_NUMBER.equals(identifier.getSystem())
                    ? identifier.getValue().equals(nhsNumber)
                    : ((org.hl7.fhir.r4.model.Patient) patientEntry.resource()).getIdentifier().stream()
                            .anyMatch(i -> Objects.equals(i.getSystem(), identifier.getSystem())
                                    && Objects.equals(i.getValue(), identifier.getValue()));
        } else {
            // a literal reference to outside the Bundle (a server's Patient/123) may well be this patient: only a
            // reference that demonstrably leads elsewhere is a contradiction
            same = true;
        }
        if (!same) {
            problems.add(from.entry(), location, "This refers to a patient other than the Bundle's Patient; a pathway is"
                    + " one patient's journey, so send one Bundle per patient.");
        }
    }

    // ------------------------------------------------------------------ encounters

    private void encounter(Found found) {
        Encounter encounter = (Encounter) found.resource();
        String location = found.location();
        String encounterClass = encounter.getClass_().getCode();
        boolean inpatient = encounterClass != null && INPATIENT_CLASSES.contains(encounterClass);
        Optional<ContactKind> contactKind = Optional.ofNullable(single(encounter.getType(), Vocabulary.CONTACT_KIND,
                ContactKind.class, found.entry(), location + ".type"));
        if (!inpatient && contactKind.isEmpty()) {
            return; // an outpatient, emergency or virtual encounter: not a transfer in this model
        }
        Encounter.EncounterStatus status = status(encounter.getStatusElement(), found, location);
        if (status == null || status == Encounter.EncounterStatus.PLANNED
                || status == Encounter.EncounterStatus.CANCELLED || status == Encounter.EncounterStatus.ENTEREDINERROR) {
            return; // never happened (or status missing, reported)
        }
        samePatient(encounter.getSubject(), found, location + ".subject");
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
        Optional<String> provider = organizationReference(encounter.getServiceProvider(), found,
                location + ".serviceProvider");
        if (contactKind.isPresent() && !inpatient) {
            contact(encounter, key, contactKind.get(), provider, start, found, location);
            return;
        }
        stays.add(new Stay(found, start));
        if (provider.isEmpty()) {
            problems.add(found.entry(), location + ".serviceProvider", "The inpatient Encounter names no serviceProvider"
                    + " Organization, so it is not known who admitted and discharged the patient; reference the"
                    + " hospital's Organization (or its ODS code).");
            return;
        }
        String hospital = provider.get();
        infer(hospital, ProviderType.ACUTE_HOSPITAL, found, location + ".serviceProvider");
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
        String end = organizationReference(discharge ? stay.getDestination() : stay.getOrigin(), found, endLocation)
                .orElse(null);
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
            return Optional.of(derivedProvider(id, text != null ? "Discharge destination: " + text
                    : "Discharge destination not recorded", ProviderType.OTHER));
        }
        if (coded.isPresent() && coded.get().meaning() instanceof Places.NotDischarged) {
            problems.add(found.entry(), coded.get().location(), "Discharge destination 98 says the spell is not"
                    + " finished, but the Encounter's status is finished; correct one of them.");
        }
        // an unknown code (reported), a death in hospital or 98: no transfer
        return coded.filter(c -> c.meaning() instanceof Places.Place).map(c -> derivedProvider(id,
                c.name("Discharge destination"), ((Places.Place) c.meaning()).type()));
    }

    /** The provider a source of admission (England, else HL7) derives; none when it is unknown or not a place. */
    private Optional<String> origin(CodeableConcept admitSource, String key, Found found, String location) {
        return placeCode(admitSource, Vocabulary.UKCORE_SOURCE_OF_ADMISSION, Places::sourceOfAdmission, found, location)
                .or(() -> placeCode(admitSource, Vocabulary.HL7_ADMIT_SOURCE, Places::hl7AdmitSource, found, location))
                .filter(c -> c.meaning() instanceof Places.Place)
                .map(c -> derivedProvider(key + "/origin", c.name("Source of admission"),
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
            ourCode(extension.getValue(), Vocabulary.TRANSFER_ITEM, TransferItem.class, found.entry(),
                    extensionAt(location, url)).filter(item -> !items.contains(item)).ifPresent(items::add);
        }
        return items;
    }

    private void contact(Encounter encounter, String key, ContactKind kind, Optional<String> provider, Instant start,
            Found found, String location) {
        if (provider.isEmpty()) {
            problems.add(found.entry(), location + ".serviceProvider", "The contact Encounter names no serviceProvider"
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
    private String legalStatus() {
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

    // ------------------------------------------------------------------ care plans, consent, communications

    private void carePlan(Found found) {
        org.hl7.fhir.r4.model.CarePlan plan = (org.hl7.fhir.r4.model.CarePlan) found.resource();
        String location = found.location();
        org.hl7.fhir.r4.model.CarePlan.CarePlanStatus fhirStatus = status(plan.getStatusElement(), found, location);
        if (fhirStatus == null || fhirStatus == org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ENTEREDINERROR) {
            return;
        }
        CarePlanStatus status = switch (fhirStatus) {
            case DRAFT -> CarePlanStatus.DRAFT;
            case ACTIVE, ONHOLD -> CarePlanStatus.ACTIVE;
            case COMPLETED -> CarePlanStatus.COMPLETED;
            case REVOKED -> CarePlanStatus.CANCELLED;
            default -> null;
        };
        if (status == null) {
            problems.add(found.entry(), location + ".status", "The CarePlan's status '" + fhirStatus.toCode()
                    + "' says nothing about whether it is in force; use draft, active, on-hold, completed or revoked.");
            return;
        }
        samePatient(plan.getSubject(), found, location + ".subject");
        String id = found.key();
        CarePlanType type = single(plan.getCategory(), Vocabulary.CARE_PLAN_TYPE, CarePlanType.class, found.entry(),
                location + ".category");
        Optional<String> owner = plan.hasAuthor()
                ? organizationReference(plan.getAuthor(), found, location + ".author") : Optional.empty();
        if (owner.isEmpty()) {
            problems.add(found.entry(), location + ".author", "The CarePlan names no Organization as its author, so its"
                    + " owner is not known; reference the owning Organization (or its ODS code) as author.");
        }
        Instant created = Instants.read(plan.getCreatedElement(), Bound.START, found.entry(), location + ".created",
                problems);
        if (created == null && !plan.hasCreated()) {
            created = requiredStart(plan.getPeriod().getStartElement(), found, location + ".period.start",
                    "The CarePlan has neither created nor period.start; add when it was created.");
        }
        Instant ended = Instants.read(plan.getPeriod().getEndElement(), Bound.END, found.entry(),
                location + ".period.end", problems);
        if (created != null && ended != null && !ended.isAfter(created)) {
            problems.add(found.entry(), location + ".period.end", "The CarePlan ends (" + ended + ") before it was"
                    + " created (" + created + "); correct period.end or created.");
            ended = null;
        }
        LocalDate reviewDue = reviewDue(plan, found, location);
        String coordinator = null;
        Extension coordinatorExtension = plan.getExtensionByUrl(Vocabulary.EXT_CARE_COORDINATOR);
        if (coordinatorExtension != null) {
            if (coordinatorExtension.getValue() instanceof StringType text) {
                coordinator = text.getValue();
            } else {
                problems.add(found.entry(), extensionAt(location, Vocabulary.EXT_CARE_COORDINATOR), "The care"
                        + " coordinator extension needs a valueString naming the coordinator.");
            }
        }
        List<CarePlanSection> sections = new ArrayList<>();
        for (Extension extension : plan.getExtensionsByUrl(Vocabulary.EXT_CARE_PLAN_SECTION)) {
            ourCode(extension.getValue(), Vocabulary.CARE_PLAN_SECTION, CarePlanSection.class, found.entry(),
                    extensionAt(location, Vocabulary.EXT_CARE_PLAN_SECTION))
                    .filter(s -> !sections.contains(s)).ifPresent(sections::add);
        }
        List<String> sharedWith = new ArrayList<>();
        for (Extension extension : plan.getExtensionsByUrl(Vocabulary.EXT_SHARED_WITH)) {
            String at = extensionAt(location, Vocabulary.EXT_SHARED_WITH);
            Optional<String> provider = extension.getValue() instanceof Reference reference
                    ? organizationReference(reference, found, at + ".value") : Optional.empty();
            if (provider.isEmpty()) {
                problems.add(found.entry(), at, "The shared-with extension needs a valueReference to an Organization"
                        + " (or its ODS code).");
            } else if (!sharedWith.contains(provider.get())) {
                sharedWith.add(provider.get());
            }
        }
        if (id == null) {
            problems.add(found.entry(), location + ".id", "The CarePlan has no id and no fullUrl; give it an id so that"
                    + " alerts can name it.");
        }
        if (id == null || owner.isEmpty() || created == null) {
            return;
        }
        if (planLinks.containsKey(id)) {
            problems.add(found.entry(), location + ".id", "Two CarePlans have the id '" + id + "'; ids must be unique.");
            return;
        }
        carePlans.add(new CarePlan(id, type == null ? CarePlanType.OTHER : type, status, owner.get(), created, ended,
                reviewDue, coordinator, sections, sharedWith));
        planLinks.put(id, found.link());
        planOfCarePlan.put(plan, id);
    }

    private LocalDate reviewDue(org.hl7.fhir.r4.model.CarePlan plan, Found found, String location) {
        Extension extension = plan.getExtensionByUrl(Vocabulary.EXT_REVIEW_DUE);
        if (extension == null) {
            return null;
        }
        Optional<LocalDate> date = extension.getValue() instanceof DateType value ? fullDate(value.getValueAsString())
                : Optional.empty();
        if (date.isPresent()) {
            return date.get();
        }
        problems.add(found.entry(), extensionAt(location, Vocabulary.EXT_REVIEW_DUE), "The review-due extension needs a"
                + " valueDate with a full date (YYYY-MM-DD).");
        return null;
    }

    /** The active patient-privacy Consent: deny is REFUSED, a best-interests decision BEST_INTERESTS, else GIVEN. */
    private ConsentToShare consent() {
        ConsentToShare decision = null;
        for (Found found : index.entries()) {
            if (!(found.resource() instanceof Consent consent)) {
                continue;
            }
            boolean privacy = consent.getScope().getCoding().stream().anyMatch(c -> "patient-privacy".equals(c.getCode())
                    && (c.getSystem() == null || Vocabulary.CONSENT_SCOPE.equals(c.getSystem())));
            Consent.ConsentState state = status(consent.getStatusElement(), found, found.location());
            if (!privacy || state != Consent.ConsentState.ACTIVE) {
                continue; // treatment or research consent, or not in force
            }
            samePatient(consent.getPatient(), found, found.location() + ".patient");
            ConsentToShare given;
            if (Boolean.TRUE.equals(flag(consent, Vocabulary.EXT_BEST_INTERESTS, found, found.location()))) {
                given = ConsentToShare.BEST_INTERESTS;
            } else if (consent.getProvision().getType() == Consent.ConsentProvisionType.DENY) {
                given = ConsentToShare.REFUSED;
            } else {
                given = ConsentToShare.GIVEN;
            }
            if (decision != null && decision != given) {
                problems.add(found.entry(), found.location(), "Two active patient-privacy Consents disagree (" + decision
                        + " and " + given + "); make the outdated one inactive.");
            }
            decision = decision == null ? given : decision;
        }
        return decision;
    }

    private void communication(Found found) {
        org.hl7.fhir.r4.model.Communication message = (org.hl7.fhir.r4.model.Communication) found.resource();
        String location = found.location();
        var status = status(message.getStatusElement(), found, location);
        if (status != org.hl7.fhir.r4.model.Communication.CommunicationStatus.COMPLETED) {
            return; // not sent (yet): nothing reached anyone
        }
        samePatient(message.getSubject(), found, location + ".subject");
        CommunicationType type = single(message.getCategory(), Vocabulary.COMMUNICATION_TYPE, CommunicationType.class,
                found.entry(), location + ".category");
        Optional<String> from = organizationReference(message.getSender(), found, location + ".sender");
        if (from.isEmpty()) {
            problems.add(found.entry(), location + ".sender", "The Communication names no sending Organization;"
                    + " reference it (or its ODS code) as sender.");
        }
        List<String> to = new ArrayList<>();
        for (int k = 0; k < message.getRecipient().size(); k++) {
            organizationReference(message.getRecipient().get(k), found, location + ".recipient[" + k + "]")
                    .ifPresent(to::add);
        }
        if (to.isEmpty()) {
            problems.add(found.entry(), location + ".recipient", "The Communication names no receiving Organization;"
                    + " reference it (or its ODS code) as recipient.");
        }
        Instant sentAt = requiredStart(message.getSentElement(), found, location + ".sent",
                "The completed Communication has no sent time; add it.");
        String about = null;
        String carePlan = null;
        for (Reference reference : message.getAbout()) {
            if (index.resolve(reference, found) instanceof Resolved resolved) {
                List<String> made = transfersOfEncounter.get(resolved.found().resource());
                if (about == null && made != null && !made.isEmpty()) {
                    about = made.get(0);
                }
                if (carePlan == null) {
                    carePlan = planOfCarePlan.get(resolved.found().resource());
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

    /** A Flag coded with our safeguarding-category code system; other Flags (an allergy, say) are not ours. */
    private void safeguardingConcern(Found found) {
        Flag flag = (Flag) found.resource();
        String location = found.location();
        SafeguardingCategory category = single(List.of(flag.getCode()), Vocabulary.SAFEGUARDING_CATEGORY,
                SafeguardingCategory.class, found.entry(), location + ".code");
        if (category == null) {
            return;
        }
        Flag.FlagStatus flagStatus = status(flag.getStatusElement(), found, location);
        if (flagStatus == null || flagStatus == Flag.FlagStatus.ENTEREDINERROR) {
            return;
        }
        samePatient(flag.getSubject(), found, location + ".subject");
        Optional<String> raisedBy = organizationReference(flag.getAuthor(), found, location + ".author");
        if (raisedBy.isEmpty()) {
            problems.add(found.entry(), location + ".author", "The safeguarding Flag names no Organization as its"
                    + " author, so it is not known who raised the concern; reference it (or its ODS code).");
        }
        Instant raisedAt = requiredStart(flag.getPeriod().getStartElement(), found, location + ".period.start",
                "The safeguarding Flag has no period.start; add when the concern was raised.");
        String about = null;
        Extension aboutExtension = flag.getExtensionByUrl(Vocabulary.EXT_CONCERN_ABOUT);
        if (aboutExtension != null) {
            String at = extensionAt(location, Vocabulary.EXT_CONCERN_ABOUT);
            about = aboutExtension.getValue() instanceof Reference reference
                    ? organizationReference(reference, found, at + ".value").orElse(null) : null;
            if (about == null) {
                problems.add(found.entry(), at, "The concern-about extension needs a valueReference to an"
                        + " Organization (or its ODS code).");
            }
        }
        Instant referred = dateTimeExtension(flag, Vocabulary.EXT_REFERRED_TO_LOCAL_AUTHORITY, found, location);
        Instant notified = dateTimeExtension(flag, Vocabulary.EXT_CQC_NOTIFIED, found, location);
        String id = found.key();
        if (id == null || raisedBy.isEmpty() || raisedAt == null) {
            return;
        }
        concerns.add(new SafeguardingConcern(id, category, raisedBy.get(), raisedAt, about,
                flagStatus == Flag.FlagStatus.ACTIVE ? ConcernStatus.OPEN : ConcernStatus.CLOSED, referred, notified));
        concernLinks.put(id, found.link());
    }

    /** An instant that must be there: read, or reported as missing (or as unreadable, by {@link Instants}). */
    private Instant requiredStart(org.hl7.fhir.r4.model.BaseDateTimeType value, Found found, String location,
            String whenMissing) {
        Instant instant = Instants.read(value, Bound.START, found.entry(), location, problems);
        if (instant == null && (value == null || value.isEmpty())) {
            problems.add(found.entry(), location, whenMissing);
        }
        return instant;
    }

    private Instant dateTimeExtension(DomainResource resource, String url, Found found, String location) {
        Extension extension = resource.getExtensionByUrl(url);
        if (extension == null) {
            return null;
        }
        String at = extensionAt(location, url);
        if (extension.getValue() instanceof org.hl7.fhir.r4.model.BaseDateTimeType value) {
            return Instants.read(value, Bound.START, found.entry(), at + ".value", problems);
        }
        problems.add(found.entry(), at, "The extension " + url + " needs a valueDateTime.");
        return null;
    }

    // ------------------------------------------------------------------ shared readers

    /** An enumeration's value; a value HAPI did not know is reported by the parser, a missing one here. */
    private <E extends Enum<E>> E status(Enumeration<E> element, Found found, String location) {
        if (element == null || element.getValueAsString() == null) {
            problems.add(found.entry(), location + ".status", "The " + found.resource().fhirType() + " has no status;"
                    + " add it.");
            return null;
        }
        return element.getValue();
    }

    private Boolean flag(DomainResource resource, String url, Found found, String location) {
        Extension extension = resource.getExtensionByUrl(url);
        if (extension == null) {
            return null;
        }
        if (extension.getValue() instanceof BooleanType flag && flag.getValue() != null) {
            return flag.getValue();
        }
        problems.add(found.entry(), extensionAt(location, url), "The extension " + url + " needs a valueBoolean.");
        return null;
    }

    /** The one code of our code system among the codings; unknown codes and two different codes are errors. */
    private <E extends Enum<E>> E single(List<CodeableConcept> concepts, String system, Class<E> type, int entry,
            String location) {
        E chosen = null;
        for (int c = 0; c < concepts.size(); c++) {
            List<Coding> codings = concepts.get(c).getCoding();
            for (int k = 0; k < codings.size(); k++) {
                Coding coding = codings.get(k);
                if (!system.equals(coding.getSystem())) {
                    continue;
                }
                String at = location + "[" + c + "].coding[" + k + "].code";
                Optional<E> code = known(coding.getCode(), system, type, entry, at);
                if (code.isPresent()) {
                    if (chosen != null && chosen != code.get()) {
                        problems.add(entry, at, "Two different " + Vocabulary.shortName(system) + " codes are given ("
                                + chosen + " and " + code.get() + "); keep one.");
                    }
                    chosen = chosen == null ? code.get() : chosen;
                }
            }
        }
        return chosen;
    }

    /** A code of our code system carried as an extension's valueCoding (or valueCodeableConcept). */
    private <E extends Enum<E>> Optional<E> ourCode(Type value, String system, Class<E> type, int entry,
            String location) {
        Coding coding = value instanceof Coding c ? c
                : value instanceof CodeableConcept concept ? codingOf(concept, system).orElse(null) : null;
        if (coding == null || !system.equals(coding.getSystem())) {
            problems.add(entry, location, "The extension needs a valueCoding with system " + system + ".");
            return Optional.empty();
        }
        return known(coding.getCode(), system, type, entry, location + ".value.code");
    }

    private <E extends Enum<E>> Optional<E> known(String code, String system, Class<E> type, int entry,
            String location) {
        Optional<E> constant = Vocabulary.constant(type, code);
        if (constant.isEmpty()) {
            problems.add(entry, location, "'" + code + "' is not a code of " + system + "; use one of "
                    + Vocabulary.codesOf(type) + ".");
        }
        return constant;
    }

    private static Optional<Coding> codingOf(CodeableConcept concept, String system) {
        if (concept == null) {
            return Optional.empty();
        }
        return concept.getCoding().stream().filter(c -> system.equals(c.getSystem()) && c.hasCode()).findFirst();
    }

    /** A YYYY-MM-DD date, valid in the calendar; empty for partial or impossible dates. */
    private static Optional<LocalDate> fullDate(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isCurrent(Identifier identifier) {
        return identifier.getUse() != Identifier.IdentifierUse.OLD;
    }

    private static String extensionAt(String location, String url) {
        return location + ".extension('" + url + "')";
    }
}
