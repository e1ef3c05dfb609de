package org.carepathway.fhir.internal;

import static org.carepathway.model.ProviderType.ACUTE_HOSPITAL;
import static org.carepathway.model.ProviderType.CARE_HOME;
import static org.carepathway.model.ProviderType.HOSPICE;
import static org.carepathway.model.ProviderType.MENTAL_HEALTH_HOSPITAL;
import static org.carepathway.model.ProviderType.NURSING_HOME;
import static org.carepathway.model.ProviderType.OTHER;
import static org.carepathway.model.ProviderType.OWN_HOME;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.carepathway.model.ProviderType;

/**
 * Where a patient went or came from, by the NHS Data Dictionary codes UK Core carries: the kind of provider a
 * code of Discharge Destination (England) or Source of Admission (England) stands for. The module README lists
 * every code with its reason.
 */
final class Places {
    private Places() {
    }

    /** What a code means for the transfer it would make. */
    sealed interface Meaning permits Place, NoTransfer, NotDischarged {
    }

    /** The patient went to, or came from, a place of this type. */
    record Place(ProviderType type) implements Meaning {
    }

    /** No transfer: the patient died (79), was born in hospital, or the source is not known or not applicable. */
    record NoTransfer(String why) implements Meaning {
    }

    /** Discharge destination 98: the spell is not finished, which contradicts a finished Encounter. */
    record NotDischarged() implements Meaning {
    }

    private static final Map<String, Meaning> DISCHARGE_DESTINATION = new HashMap<>();
    private static final Map<String, Meaning> SOURCE_OF_ADMISSION = new HashMap<>();
    private static final Map<String, Meaning> HL7_DISCHARGE_DISPOSITION = new HashMap<>();
    private static final Map<String, Meaning> HL7_ADMIT_SOURCE = new HashMap<>();

    static {
        // UKCore-DischargeDestinationEngland 1.0.1, all 21 codes
        put(DISCHARGE_DESTINATION, OWN_HOME, "19", "29");
        put(DISCHARGE_DESTINATION, MENTAL_HEALTH_HOSPITAL, "30", "48", "49", "50", "53", "84");
        put(DISCHARGE_DESTINATION, ACUTE_HOSPITAL, "51", "52", "87");
        put(DISCHARGE_DESTINATION, CARE_HOME, "54", "65", "85");
        put(DISCHARGE_DESTINATION, HOSPICE, "88");
        // court, penal establishment or police station, local authority foster care, and "not known"
        put(DISCHARGE_DESTINATION, OTHER, "37", "38", "66", "99");
        DISCHARGE_DESTINATION.put("79", new NoTransfer("the patient died"));
        DISCHARGE_DESTINATION.put("98", new NotDischarged());

        // UKCore-SourceOfAdmissionEngland 1.0.1, all 18 codes
        put(SOURCE_OF_ADMISSION, OWN_HOME, "19", "29");
        put(SOURCE_OF_ADMISSION, MENTAL_HEALTH_HOSPITAL, "49", "53");
        put(SOURCE_OF_ADMISSION, ACUTE_HOSPITAL, "51", "52", "87");
        put(SOURCE_OF_ADMISSION, CARE_HOME, "54", "65", "85");
        put(SOURCE_OF_ADMISSION, HOSPICE, "88");
        put(SOURCE_OF_ADMISSION, OTHER, "39", "66");
        SOURCE_OF_ADMISSION.put("79", new NoTransfer("the baby was born in or on the way to hospital"));
        SOURCE_OF_ADMISSION.put("98", new NoTransfer("the source of admission is not applicable"));
        SOURCE_OF_ADMISSION.put("99", new NoTransfer("the source of admission is not known"));

        // the international codes FHIR R4 binds by example, for Bundles from outside England; all 11 codes
        put(HL7_DISCHARGE_DISPOSITION, OWN_HOME, "home", "alt-home");
        put(HL7_DISCHARGE_DISPOSITION, HOSPICE, "hosp");
        put(HL7_DISCHARGE_DISPOSITION, CARE_HOME, "long");
        put(HL7_DISCHARGE_DISPOSITION, NURSING_HOME, "snf");
        put(HL7_DISCHARGE_DISPOSITION, MENTAL_HEALTH_HOSPITAL, "psy");
        put(HL7_DISCHARGE_DISPOSITION, OTHER, "other-hcf", "rehab", "aadvice", "oth");
        HL7_DISCHARGE_DISPOSITION.put("exp", new NoTransfer("the patient died"));
        // all 10 codes; where they say only who referred, not where the patient came from, no admission
        put(HL7_ADMIT_SOURCE, ACUTE_HOSPITAL, "hosp-trans");
        put(HL7_ADMIT_SOURCE, NURSING_HOME, "nursing");
        put(HL7_ADMIT_SOURCE, MENTAL_HEALTH_HOSPITAL, "psych");
        put(HL7_ADMIT_SOURCE, OTHER, "rehab");
        for (String code : new String[] {"emd", "outp", "born", "gp", "mp", "other"}) {
            HL7_ADMIT_SOURCE.put(code, new NoTransfer("the admit source does not say where the patient came from"));
        }
    }

    private static void put(Map<String, Meaning> table, ProviderType type, String... codes) {
        for (String code : codes) {
            table.put(code, new Place(type));
        }
    }

    /** The meaning of an HL7 discharge-disposition code; empty for a code the code system does not have. */
    static Optional<Meaning> hl7DischargeDisposition(String code) {
        return Optional.ofNullable(HL7_DISCHARGE_DISPOSITION.get(code));
    }

    /** The meaning of an HL7 admit-source code; empty for a code the code system does not have. */
    static Optional<Meaning> hl7AdmitSource(String code) {
        return Optional.ofNullable(HL7_ADMIT_SOURCE.get(code));
    }

    /** The meaning of a Discharge Destination (England) code; empty for a code the code system does not have. */
    static Optional<Meaning> dischargeDestination(String code) {
        return Optional.ofNullable(DISCHARGE_DESTINATION.get(code));
    }

    /** The meaning of a Source of Admission (England) code; empty for a code the code system does not have. */
    static Optional<Meaning> sourceOfAdmission(String code) {
        return Optional.ofNullable(SOURCE_OF_ADMISSION.get(code));
    }
}
