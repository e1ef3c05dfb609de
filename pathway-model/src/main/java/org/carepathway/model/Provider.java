package org.carepathway.model;

import static org.carepathway.model.Values.required;
import static org.carepathway.model.Values.requiredId;

/**
 * An organisation on the pathway, or the patient's own home.
 *
 * @param id ODS code where there is one
 * @param name display name
 * @param type the kind of provider
 * @param cqcRegistered whether registered with the CQC; null when not known (never read as "not registered")
 * @param openSafeguardingConcerns open concerns about this provider on the local authority's register, all
 *     patients together
 */
public record Provider(String id, String name, ProviderType type, Boolean cqcRegistered, int openSafeguardingConcerns) {

    public Provider {
        requiredId(id, "provider.id");
        required(type, "provider.type");
        if (!isValidConcernCount(openSafeguardingConcerns)) {
            throw new IllegalArgumentException("provider.openSafeguardingConcerns must be >= 0, was " + openSafeguardingConcerns);
        }
    }

    /** SPEC section 1: {@code openSafeguardingConcerns} is a count, never negative. */
    static boolean isValidConcernCount(long count) {
        return count >= 0;
    }
}
