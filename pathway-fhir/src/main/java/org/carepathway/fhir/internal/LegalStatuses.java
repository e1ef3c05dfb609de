package org.carepathway.fhir.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes of UK Core Legal Status Classification England (the NHS Data Dictionary Mental Health Act legal status
 * classification that SPEC section 1's {@code legalStatus} holds) and how restrictive each is, so that the most
 * restrictive status of a stay can be chosen when the stay records several (on admission and on discharge).
 */
final class LegalStatuses {
    private LegalStatuses() {
    }

    /** Detention under sections 3, 37, 45A, 47 and 48: the S117 set of SPEC section 3, the most restrictive. */
    private static final Set<String> SECTION_117 = Set.of("03", "09", "10", "15", "16", "17", "18", "37", "38");
    /** Every other detention, and guardianship. */
    private static final Set<String> OTHER_DETENTION = Set.of("02", "04", "05", "06", "07", "08", "12", "13", "14",
            "19", "20", "31", "32", "35", "36");

    private static final Map<String, Integer> RANK = rank();

    private static Map<String, Integer> rank() {
        Map<String, Integer> rank = new java.util.HashMap<>();
        SECTION_117.forEach(code -> rank.put(code, 3));
        OTHER_DETENTION.forEach(code -> rank.put(code, 2));
        rank.put("01", 1); // informal
        rank.put("98", 0); // not applicable
        rank.put("99", 0); // not known
        return Map.copyOf(rank);
    }

    /** How restrictive the code is (higher is more), or empty when the England code system has no such code. */
    static Optional<Integer> restrictiveness(String code) {
        return Optional.ofNullable(code == null ? null : RANK.get(code));
    }
}
