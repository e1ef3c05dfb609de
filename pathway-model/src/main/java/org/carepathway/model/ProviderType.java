package org.carepathway.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of organisation at either end of a transfer. The sets of SPEC section 3 (HOSPITAL, CARE_HOMES,
 * PLACEMENTS, MEDICINE_HOLDERS) are exposed as predicates so that rules read like the catalogue.
 */
public enum ProviderType {
    ACUTE_HOSPITAL, MENTAL_HEALTH_HOSPITAL, COMMUNITY_HEALTH, COMMUNITY_MENTAL_HEALTH, GP_PRACTICE, CARE_HOME,
    NURSING_HOME, SUPPORTED_ACCOMMODATION, DOMICILIARY_CARE, HOSPICE, AMBULANCE_SERVICE, LOCAL_AUTHORITY,
    /** The patient's own home, listed as a provider entry so every transfer has two ends. */
    OWN_HOME,
    OTHER;

    private static final Set<ProviderType> HOSPITAL = EnumSet.of(ACUTE_HOSPITAL, MENTAL_HEALTH_HOSPITAL);
    private static final Set<ProviderType> CARE_HOMES = EnumSet.of(CARE_HOME, NURSING_HOME);
    private static final Set<ProviderType> PLACEMENTS = EnumSet.of(CARE_HOME, NURSING_HOME, SUPPORTED_ACCOMMODATION);
    private static final Set<ProviderType> MEDICINE_HOLDERS =
            EnumSet.of(ACUTE_HOSPITAL, MENTAL_HEALTH_HOSPITAL, CARE_HOME, NURSING_HOME, HOSPICE);

    /** HOSPITAL = {ACUTE_HOSPITAL, MENTAL_HEALTH_HOSPITAL}. */
    public boolean isHospital() {
        return HOSPITAL.contains(this);
    }

    /** CARE_HOMES = {CARE_HOME, NURSING_HOME}. */
    public boolean isCareHome() {
        return CARE_HOMES.contains(this);
    }

    /** PLACEMENTS = CARE_HOMES and SUPPORTED_ACCOMMODATION. */
    public boolean isPlacement() {
        return PLACEMENTS.contains(this);
    }

    /** MEDICINE_HOLDERS = HOSPITAL, CARE_HOMES and HOSPICE. */
    public boolean isMedicineHolder() {
        return MEDICINE_HOLDERS.contains(this);
    }
}
