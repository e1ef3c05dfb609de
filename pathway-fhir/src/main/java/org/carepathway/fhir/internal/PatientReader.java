package org.carepathway.fhir.internal;

import static org.carepathway.fhir.internal.ValueReader.extensionAt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.fhir.internal.BundleIndex.Logical;
import org.carepathway.fhir.internal.BundleIndex.Resolved;
import org.carepathway.fhir.internal.BundleIndex.Target;
import org.carepathway.fhir.internal.Instants.Bound;
import org.carepathway.model.Need;
import org.carepathway.model.Patient;
import org.carepathway.model.ProviderType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads the Bundle's one Patient (NHS number, birth date, death, GP practice, needs and flags) and checks that the
 * other resources' subject or patient references are that Patient.
 */
final class PatientReader {

    private final BundleIndex index;
    private final Problems problems;
    private final ValueReader values;
    private final ProviderRegistry providers;
    private Found patientEntry;
    private String nhsNumber;

    PatientReader(BundleIndex index, Problems problems, ValueReader values, ProviderRegistry providers) {
        this.index = index;
        this.problems = problems;
        this.values = values;
        this.providers = providers;
    }

    /** The Patient's entry, once {@link #patient()} has found it; else null. */
    Found entry() {
        return patientEntry;
    }

    /** The patient, without legal status and consent, which other resources give; null when it cannot be read. */
    Patient patient() {
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
            if (!ValueReader.isCurrent(identifier) || !identifier.hasValue()) {
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
            values.ourCode(extension.getValue(), Vocabulary.NEED, Need.class, found.entry(),
                    extensionAt(location, Vocabulary.EXT_NEED)).ifPresent(need -> {
                        if (!needs.contains(need)) {
                            needs.add(need);
                        }
                    });
        }
        boolean section117 = Boolean.TRUE.equals(values.flag(patient, Vocabulary.EXT_SECTION_117_ELIGIBLE, found,
                location));
        boolean suicideRisk = Boolean.TRUE.equals(values.flag(patient, Vocabulary.EXT_SUICIDE_RISK, found, location));
        boolean lacksCapacity = Boolean.TRUE.equals(values.flag(patient, Vocabulary.EXT_LACKS_CAPACITY, found,
                location));
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
        Optional<LocalDate> date = ValueReader.fullDate(text);
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
            Optional<String> practice = providers.organizationReference(patient.getGeneralPractitioner().get(k),
                    found, at);
            if (practice.isEmpty()) {
                continue; // a Practitioner or PractitionerRole: the practice is what we need
            }
            providers.infer(practice.get(), ProviderType.GP_PRACTICE, found, at);
            ProviderType stated = providers.statedType(practice.get());
            if (stated != null && stated != ProviderType.GP_PRACTICE) {
                problems.add(found.entry(), at, "The generalPractitioner '" + practice.get() + "' is stated to be a "
                        + stated + ", not a GP_PRACTICE; reference the patient's GP practice.");
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
    void samePatient(Reference reference, Found from, String location) {
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
}
