package org.carepathway.fhir.internal;

import org.carepathway.fhir.internal.BundleIndex.Found;
import org.carepathway.model.ConsentToShare;
import org.hl7.fhir.r4.model.Consent;

/** Reads the patient's consent to share from the active patient-privacy Consents; others are not ours. */
final class ConsentReader {

    private final Problems problems;
    private final ValueReader values;
    private final PatientReader patient;
    private ConsentToShare decision;

    ConsentReader(Problems problems, ValueReader values, PatientReader patient) {
        this.problems = problems;
        this.values = values;
        this.patient = patient;
    }

    /** The decision of the active patient-privacy Consents read; null when there is none. */
    ConsentToShare decision() {
        return decision;
    }

    /** An active patient-privacy Consent: deny is REFUSED, a best-interests decision BEST_INTERESTS, else GIVEN. */
    void read(Found found) {
        Consent consent = (Consent) found.resource();
        boolean privacy = consent.getScope().getCoding().stream().anyMatch(c -> "patient-privacy".equals(c.getCode())
                && (c.getSystem() == null || Vocabulary.CONSENT_SCOPE.equals(c.getSystem())));
        Consent.ConsentState state = values.status(consent.getStatusElement(), found, found.location());
        if (!privacy || state != Consent.ConsentState.ACTIVE) {
            return; // treatment or research consent, or not in force
        }
        patient.samePatient(consent.getPatient(), found, found.location() + ".patient");
        ConsentToShare given;
        if (Boolean.TRUE.equals(values.flag(consent, Vocabulary.EXT_BEST_INTERESTS, found, found.location()))) {
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
}
