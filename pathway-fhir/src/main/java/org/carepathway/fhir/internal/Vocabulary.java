package org.carepathway.fhir.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The canonical URLs this module reads and writes: the NHS and UK Core ones, and carepathway's own extensions and
 * code systems for what UK Core has no place for. Each is listed in the module README's mapping table.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_ORGANIZATION_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String UKCORE_LEGAL_STATUS = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-LegalStatus";
    public static final String UKCORE_LEGAL_STATUS_ENGLAND =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-LegalStatusClassificationEngland";
    public static final String UKCORE_DISCHARGE_DESTINATION =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-DischargeDestinationEngland";
    public static final String UKCORE_SOURCE_OF_ADMISSION =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-SourceOfAdmissionEngland";
    public static final String HL7_DISCHARGE_DISPOSITION = "http://terminology.hl7.org/CodeSystem/discharge-disposition";
    public static final String HL7_ADMIT_SOURCE = "http://terminology.hl7.org/CodeSystem/admit-source";
    public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

    /** The root of every carepathway URL. */
    public static final String BASE = "https://carepathway.org/fhir/";

    // our code systems: the code is the name of the model enum constant, exactly as SPEC section 1 writes it
    public static final String PROVIDER_TYPE = BASE + "CodeSystem/provider-type";
    public static final String NEED = BASE + "CodeSystem/need";
    public static final String TRANSFER_ITEM = BASE + "CodeSystem/transfer-item";
    public static final String CARE_PLAN_TYPE = BASE + "CodeSystem/care-plan-type";
    public static final String CARE_PLAN_SECTION = BASE + "CodeSystem/care-plan-section";
    public static final String CONTACT_KIND = BASE + "CodeSystem/contact-kind";
    public static final String COMMUNICATION_TYPE = BASE + "CodeSystem/communication-type";
    public static final String SAFEGUARDING_CATEGORY = BASE + "CodeSystem/safeguarding-category";
    public static final String RULE = BASE + "CodeSystem/rule";

    // our extensions
    public static final String EXT_CQC_REGISTERED = BASE + "StructureDefinition/cqc-registered";
    public static final String EXT_OPEN_SAFEGUARDING_CONCERNS = BASE + "StructureDefinition/open-safeguarding-concerns";
    public static final String EXT_NEED = BASE + "StructureDefinition/need";
    public static final String EXT_SECTION_117_ELIGIBLE = BASE + "StructureDefinition/section-117-eligible";
    public static final String EXT_SUICIDE_RISK = BASE + "StructureDefinition/suicide-risk";
    public static final String EXT_LACKS_CAPACITY = BASE + "StructureDefinition/lacks-capacity";
    public static final String EXT_BEST_INTERESTS = BASE + "StructureDefinition/best-interests-decision";
    public static final String EXT_ADMISSION_ITEM = BASE + "StructureDefinition/admission-item";
    public static final String EXT_DISCHARGE_ITEM = BASE + "StructureDefinition/discharge-item";
    public static final String EXT_REVIEW_DUE = BASE + "StructureDefinition/review-due";
    public static final String EXT_CARE_COORDINATOR = BASE + "StructureDefinition/care-coordinator";
    public static final String EXT_CARE_PLAN_SECTION = BASE + "StructureDefinition/care-plan-section";
    public static final String EXT_SHARED_WITH = BASE + "StructureDefinition/shared-with";
    public static final String EXT_CONCERN_ABOUT = BASE + "StructureDefinition/concern-about";
    public static final String EXT_REFERRED_TO_LOCAL_AUTHORITY = BASE + "StructureDefinition/referred-to-local-authority";
    public static final String EXT_CQC_NOTIFIED = BASE + "StructureDefinition/cqc-notified";
    public static final String EXT_ALERT_SEVERITY = BASE + "StructureDefinition/alert-severity";
    public static final String EXT_ALERT_GUIDANCE = BASE + "StructureDefinition/alert-guidance";
    public static final String EXT_INPUT_SOURCE = BASE + "StructureDefinition/input-source";
    public static final String EXT_PATHWAY_ID = BASE + "StructureDefinition/pathway-id";

    // identifier systems for what has no FHIR resource of its own (pathways read from JSON)
    public static final String ID_ALERT = BASE + "Id/alert";
    public static final String ID_PATHWAY_PREFIX = BASE + "Id/";

    /** The enum constant a code of one of our code systems names, if any; codes are upper case, exactly. */
    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The codes of an enum, for messages ("one of A, B, C"). */
    public static String codesOf(Class<? extends Enum<?>> type) {
        StringBuilder codes = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            if (codes.length() > 0) {
                codes.append(", ");
            }
            codes.append(constant.name());
        }
        return codes.toString();
    }

    /** The last segment of a code system URL, for messages ("provider-type"). */
    public static String shortName(String system) {
        return system.substring(system.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
